"""Paths the tests share: the checkout, and ../shared beside it (the evaluation set).

A module of its own (not conftest.py) because several folders have a conftest.py, and
``from conftest import …`` would find whichever one was imported first.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"
SEED = DEV / "articles" / "seed-hu-ru-moscow-talks.txt"
