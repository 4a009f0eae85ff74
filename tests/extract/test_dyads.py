from accords.extract.document import ArticleDoc
from accords.extract.dyads import find_dyads
from accords.model import Article


def dyads(extractor, text: str) -> list[tuple[str, str]]:
    article = Article(id="t", text=text)
    return [d.dyad for d in find_dyads(ArticleDoc.build(article, extractor.nlp(text)))]


def test_a_pair_written_together_is_enough(extractor):
    text = (
        "Senegal and Gambia have signed an agreement on fisheries in Banjul. "
        "The ministers said the accord would be reviewed each year."
    )
    assert dyads(extractor, text) == [("GMB", "SEN")]


def test_hyphenated_pair_names_the_dyad(extractor):
    text = (
        "The Chilean-Argentine Binational Commission met on Monday. "
        "Ministers reviewed the border crossings."
    )
    assert dyads(extractor, text) == [("ARG", "CHL")]


def test_a_third_state_named_once_in_passing_is_no_dyad(extractor):
    text = (
        "Kenya and Uganda signed a protocol on railway transport. The protocol follows "
        "talks between the Kenyan and Ugandan ministers, who also discussed prices in China."
    )
    assert dyads(extractor, text) == [("KEN", "UGA")]


def test_no_state_actor_no_dyad(extractor):
    text = "Brazil beat China 8-0 in a friendly in Recife; Brazil and China meet again next year."
    assert dyads(extractor, text) == []


def test_firms_described_by_demonyms_are_not_a_dyad(extractor):
    text = (
        "Dutch brewer Heineken and Brazilian bottler Ambev signed a memorandum on bottling. "
        "The firms will work with the Dutch and Brazilian governments, the chief executive said."
    )
    assert dyads(extractor, text) == []
