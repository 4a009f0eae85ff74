"""docs/architecture.md names modules that exist: a module renamed or moved without the map
following fails here."""

from __future__ import annotations

import re
from pathlib import Path

import accords

ROOT = Path(__file__).resolve().parents[1]
SRC = Path(accords.__file__).parent


def test_every_module_the_map_names_exists() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    files = {p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")}
    names = {Path(f).name for f in files}
    folders = {p.relative_to(SRC).as_posix() + "/" for p in SRC.rglob("*") if p.is_dir()}
    missing = []
    for mentioned in set(re.findall(r"`([a-z_/]+\.py)`", text)):
        mentioned = mentioned.removeprefix("src/accords/")
        if mentioned.startswith("tests/"):
            found = (ROOT / mentioned).is_file()
        else:
            found = mentioned in files if "/" in mentioned else mentioned in names
        if not found:
            missing.append(mentioned)
    for folder in set(re.findall(r"`([a-z_/]+/)`", text)):
        folder = folder.removeprefix("src/accords/")
        if folder and not any(f == folder or f.endswith("/" + folder) for f in folders):
            missing.append(folder)
    assert not missing, f"docs/architecture.md names what src/accords lacks: {sorted(missing)}"
