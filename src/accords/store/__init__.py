"""The store stage: articles, facts and evidence in a SQL database (SQLite or PostgreSQL).

``Store.open(url)`` migrates the database to the current schema and returns a
handle whose ``add`` is idempotent per article text, so re-ingesting a corpus
never duplicates it.
"""

from accords.store.db import AddResult, Counts, Store

__all__ = ["AddResult", "Counts", "Store"]
