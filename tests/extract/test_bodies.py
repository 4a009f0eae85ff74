from accords.extract.bodies import canonical_bodies, find_bodies
from accords.extract.document import ArticleDoc
from accords.model import Article


def bodies(extractor, text: str) -> list[tuple[str, str]]:
    adoc = ArticleDoc.build(Article(id="t", text=text), extractor.nlp(text))
    return [(b.name, b.kind) for b in canonical_bodies(find_bodies(adoc))]


def test_country_prefix_of_several_words_is_dropped_and_variants_merge(extractor):
    text = (
        "The Papua New Guinea-Australia Joint Ministerial Committee met. "
        "The Australia-Papua New Guinea Joint Ministerial Committee will meet again."
    )
    assert bodies(extractor, text) == [("Joint Ministerial Committee", "committee")]


def test_lower_case_body_with_acronym(extractor):
    text = "Kenya and Uganda held a joint permanent commission (JPC) meeting in Kampala."
    assert bodies(extractor, text) == [("joint permanent commission", "commission")]


def test_bodies_of_one_state_are_not_bilateral(extractor):
    text = (
        "The Government of Chile National Council on Forests and the European Commission "
        "welcomed the Chile-Peru Bi-National Commission."
    )
    assert bodies(extractor, text) == [("Bi-National Commission", "commission")]


def test_session_and_role_prefixes_are_not_part_of_the_name(extractor):
    text = "The Vice Chairman of the Joint Economic Commission opened the Session of the Joint Economic Commission."
    assert bodies(extractor, text) == [("Joint Economic Commission", "commission")]
