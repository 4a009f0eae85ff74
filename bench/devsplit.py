"""The dev set split in two halves by country pair, fixed for good.

An article's key is its first gold dyad ("HUN-RUS"), or its id when the gold has none
(the traps). The half is the SHA-256 of the key modulo 2: half ``work`` (0) is the one
whose errors we read while changing rules; half ``check`` (1) is only ever scored. A
rule that helps ``work`` and not ``check`` fits the articles, it does not generalise.

    python bench/devsplit.py [--shared PATH] [--half work|check]   # prints the ids
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
HALVES = ("work", "check")


def key(record: dict) -> str:
    dyads = record.get("dyads") or []
    return "-".join(dyads[0]) if dyads else str(record["id"])


def half(record: dict) -> str:
    return HALVES[int(hashlib.sha256(key(record).encode()).hexdigest(), 16) % 2]


def halves(gold: Path) -> dict[str, set[str]]:
    """{"work": ids, "check": ids} for the gold records of ``gold``."""
    out: dict[str, set[str]] = {name: set() for name in HALVES}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out[half(record)].add(record["id"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--half", choices=HALVES, default="work")
    args = parser.parse_args()
    for article_id in sorted(halves(args.shared / "eval" / "dev" / "gold.jsonl")[args.half]):
        print(article_id)


if __name__ == "__main__":
    main()
