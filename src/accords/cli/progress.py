"""A Rich progress display for long jobs, on stderr, that counts items as they finish."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


def _display(console: Console, *middle: ProgressColumn) -> Progress:
    """A transient display on ``console`` (off when it is not a terminal): spinner, label,
    the given columns."""
    return Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), *middle,
                    console=console, transient=True, disable=not console.is_terminal)


@contextmanager
def counting_progress(console: Console, label: str) -> Iterator[Callable[[str], None]]:
    """Yield a callback to call once per finished item with its name."""
    with _display(console, MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.fields[current]}")) as progress:
        task = progress.add_task(label, total=None, current="")

        def step(name: str) -> None:
            progress.update(task, advance=1, current=name[-60:])

        yield step


@contextmanager
def fraction_progress(console: Console, label: str) -> Iterator[Callable[[int, int], None]]:
    """Yield a callback ``(done, total)`` that moves a bar with a time estimate."""
    with _display(console, BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TimeRemainingColumn()) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update
