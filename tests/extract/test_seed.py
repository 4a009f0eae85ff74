"""The seed article end to end (decode → clean → extract), scored against its gold record."""

import json

from testpaths import DEV, SEED


def test_seed_extraction_matches_gold(shared, scorer, extractor):
    from accords.export.evaljson import to_eval_record
    from accords.ingest.pipeline import iter_articles

    article = next(iter_articles([str(SEED)]))
    predicted = to_eval_record(extractor.extract(article))
    gold = next(
        json.loads(line)
        for line in (DEV / "gold.jsonl").open(encoding="utf-8")
        if json.loads(line)["id"] == predicted["id"]
    )
    result = scorer.score({gold["id"]: gold}, {predicted["id"]: predicted})
    assert result["mean_f1"] >= 0.9, result["fields"]
    assert predicted["dyads"] == [["HUN", "RUS"]]
    assert predicted["published"] is None
    held = [m for m in predicted["meetings"] if m["status"] == "held"]
    assert held and held[0]["date"] == "2024-09" and held[0]["place"] == "Budapest"
