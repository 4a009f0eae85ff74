"""Walking inputs: every path or directory entry that cannot be read (a symbolic link loop,
a broken symbolic link, a directory that cannot be listed, a file that cannot be read) is
rejected with its reason, the good files beside it are still read, and no layout of links
makes the walk run forever. Checked on real files, through the library and the CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from accords.errors import InputRejected
from accords.ingest.read import iter_documents
from accords.model import RawDocument

ACCORDS = str(Path(sys.executable).with_name("accords"))
TEXT = "Ghana and Togo signed a memorandum of understanding on customs cooperation in Accra.\n"
#: Run a command as root without the capabilities that let root read what chmod 000 denies.
NO_DAC = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
          "--bounding-set=-dac_override,-dac_read_search"]


def write(path: Path, text: str = TEXT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def walk(*paths: Path | str) -> tuple[list[str], dict[str, str]]:
    """The sources read, and the reason for each source rejected."""
    read: list[str] = []
    rejected: dict[str, str] = {}
    for item in iter_documents([str(p) for p in paths]):
        if isinstance(item, InputRejected):
            assert item.source not in rejected, f"{item.source} named twice"
            rejected[item.source] = item.reason
        else:
            assert isinstance(item, RawDocument)
            read.append(item.source)
    return read, rejected


def run_text(*paths: Path | str, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*(prefix or []), ACCORDS, "text", *map(str, paths)],
                          capture_output=True, text=True, timeout=120, check=False)


def rejected_lines(stderr: str) -> dict[str, str]:
    lines = [line for line in stderr.splitlines() if line.startswith("rejected ")]
    return dict(line.removeprefix("rejected ").split(": ", 1) for line in lines)


def denying_prefix() -> list[str]:
    """How to run a command so that chmod 000 denies it: as is for a normal user; as root,
    under setpriv without CAP_DAC_OVERRIDE (skipped when that is not possible here)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root, and no setpriv to drop CAP_DAC_OVERRIDE")
    probe = subprocess.run([*NO_DAC, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot drop CAP_DAC_OVERRIDE here: {probe.stderr.decode().strip()}")
    return NO_DAC


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """A directory of good files beside a loop of links, a broken link and a link back up."""
    root = tmp_path / "in"
    write(root / "good.txt")
    write(root / "sub" / "deep.txt")
    os.symlink("loop-b.txt", root / "loop-a.txt")
    os.symlink("loop-a.txt", root / "loop-b.txt")
    os.symlink("gone.txt", root / "dangling.txt")
    os.symlink("..", root / "sub" / "up")
    return root


def test_loops_and_broken_links_in_a_directory_are_named(messy: Path):
    read, rejected = walk(messy)
    assert read == [str(messy / "good.txt"), str(messy / "sub" / "deep.txt")]
    assert rejected == {
        str(messy / "dangling.txt"): "broken symbolic link to gone.txt",
        str(messy / "loop-a.txt"): "symbolic link loop",
        str(messy / "loop-b.txt"): "symbolic link loop",
        str(messy / "sub" / "up"): f"symbolic link loop (leads back to {messy})",
    }


def test_a_loop_or_broken_link_named_alone_says_so(messy: Path, tmp_path: Path):
    read, rejected = walk(messy / "loop-a.txt", messy / "dangling.txt",
                          tmp_path / "missing.txt", messy / "good.txt")
    assert read == [str(messy / "good.txt")]
    assert rejected == {
        str(messy / "loop-a.txt"): "symbolic link loop",
        str(messy / "dangling.txt"): "broken symbolic link to gone.txt",
        str(tmp_path / "missing.txt"): "no such file or directory",
    }


def test_directory_links_are_followed_but_never_forever(tmp_path: Path):
    root = tmp_path / "in"
    outside = tmp_path / "outside"
    write(root / "a" / "one.txt")
    write(outside / "two.txt")
    os.symlink(outside, root / "a" / "out")      # followed: outside the walk
    os.symlink(outside, root / "b-out")          # the same directory again: walked once
    os.symlink(root / "a", root / "c-alias")     # inside the walk: read under its own name
    os.symlink(root, outside / "back")           # from outside back to the root: a loop
    os.symlink(outside, outside / "self")        # a directory linking to itself
    read, rejected = walk(root)
    assert read == [str(root / "a" / "one.txt"), str(root / "a" / "out" / "two.txt")]
    assert rejected == {
        str(root / "a" / "out" / "back"): f"symbolic link loop (leads back to {root})",
        str(root / "a" / "out" / "self"): f"symbolic link loop (leads back to {root / 'a' / 'out'})",
    }


def test_broken_links_the_walk_would_not_read_are_left_alone(tmp_path: Path):
    root = tmp_path / "in"
    write(root / "good.txt")
    os.symlink("nowhere", root / "notes.md")
    os.symlink("nowhere", root / ".hidden.txt")
    assert walk(root) == ([str(root / "good.txt")], {})


def test_an_unreadable_file_in_a_directory_is_named(tmp_path: Path):
    """/proc/self/mem cannot be read from its start, even by root."""
    root = tmp_path / "in"
    write(root / "good.txt")
    os.symlink("/proc/self/mem", root / "mem.txt")
    read, rejected = walk(root)
    assert read == [str(root / "good.txt")]
    assert rejected[str(root / "mem.txt")].startswith("cannot be read")


def test_a_pipe_with_a_text_name_is_not_read(tmp_path: Path):
    root = tmp_path / "in"
    write(root / "good.txt")
    os.mkfifo(root / "pipe.txt")
    assert walk(root) == ([str(root / "good.txt")], {str(root / "pipe.txt"): "not a regular file"})


@pytest.fixture
def locked(tmp_path: Path):
    """A directory that cannot be listed and a file that cannot be read, beside good files."""
    root = tmp_path / "in"
    write(root / "good.txt")
    write(root / "closed" / "inside.txt")
    secret = write(root / "open" / "secret.txt")
    write(root / "open" / "fine.txt")
    (root / "closed").chmod(0)
    secret.chmod(0)
    yield root
    (root / "closed").chmod(0o755)
    secret.chmod(0o644)


def test_unlistable_directories_and_unreadable_files_are_named_by_the_cli(locked: Path):
    result = run_text(locked, prefix=denying_prefix())
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert rejected_lines(result.stderr) == {
        str(locked / "closed"): "permission denied",
        str(locked / "open" / "secret.txt"): "permission denied",
    }
    assert result.stdout.count(TEXT.strip()) == 2  # good.txt and open/fine.txt


def test_unlistable_directories_and_unreadable_files_are_named_by_the_library(locked: Path):
    """The walker itself, in a child process that chmod 000 denies."""
    script = (
        "import sys\n"
        "from accords.errors import InputRejected\n"
        "from accords.ingest.read import iter_documents\n"
        "for item in iter_documents(sys.argv[1:]):\n"
        "    print(f'rejected {item.source}: {item.reason}' if isinstance(item, InputRejected)"
        " else f'read {item.source}')\n"
    )
    result = subprocess.run([*denying_prefix(), sys.executable, "-c", script, str(locked)],
                            capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.splitlines() == [
        f"rejected {locked / 'closed'}: permission denied",
        f"read {locked / 'good.txt'}",
        f"read {locked / 'open' / 'fine.txt'}",
        f"rejected {locked / 'open' / 'secret.txt'}: permission denied",
    ]


def test_the_cli_names_each_bad_entry_and_prints_the_good_ones(messy: Path, tmp_path: Path):
    result = run_text(messy, messy / "loop-a.txt")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    rejected = rejected_lines(result.stderr)
    assert rejected[str(messy / "dangling.txt")] == "broken symbolic link to gone.txt"
    assert rejected[str(messy / "loop-b.txt")] == "symbolic link loop"
    assert rejected[str(messy / "sub" / "up")] == f"symbolic link loop (leads back to {messy})"
    assert result.stderr.count(f"rejected {messy / 'loop-a.txt'}: symbolic link loop") == 2
    assert result.stdout.count(TEXT.strip()) == 2  # good.txt and sub/deep.txt


def test_the_cli_exits_0_on_a_clean_directory(tmp_path: Path):
    """Positive control: the same layout without bad entries is read without complaint."""
    write(tmp_path / "in" / "good.txt")
    write(tmp_path / "in" / "sub" / "deep.txt")
    result = run_text(tmp_path / "in")
    assert result.returncode == 0, result.stderr
    assert "rejected" not in result.stderr
    assert result.stdout.count(TEXT.strip()) == 2
