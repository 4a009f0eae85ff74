"""Fixtures of the watch tests: the test site, and fetch settings that let the crawler
reach it (127.0.0.1 is a private address) with short timeouts."""

from __future__ import annotations

import pytest
from newssite import start

from accords.watch.settings import FetchSettings


@pytest.fixture
def news_site():
    served = start()
    yield served
    served.close()


@pytest.fixture
def fetch_settings() -> FetchSettings:
    return FetchSettings(delay=0.05, timeout=1.0, allow_private=True)
