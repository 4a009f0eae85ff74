"""Typed errors. The library raises these; the CLI turns them into one-line messages."""

from __future__ import annotations


class AccordsError(Exception):
    """Base class of every error Accords raises on purpose."""


class InputRejected(AccordsError):
    """An input could not be read as an article; ``reason`` says why in a few words."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputRejected], tuple[str, str]]:
        """Pickled as its two fields (it crosses from worker processes to the main one)."""
        return type(self), (self.source, self.reason)

    @classmethod
    def from_os_error(cls, source: str, error: OSError) -> InputRejected:
        """The reason a file could not be opened or read, in the readers' words."""
        if isinstance(error, PermissionError):
            return cls(source, "permission denied")
        return cls(source, f"cannot be read ({error.strerror or error})")


class ArticleNotFound(AccordsError):
    """No article with that id in the database."""
