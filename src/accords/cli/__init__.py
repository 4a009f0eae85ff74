"""The ``accords`` command line: each command is a thin shell over one library call."""

from accords.cli.app import app

__all__ = ["app"]
