"""Full-text search over articles (title, text) and records (label, attribute values).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

SQLite: two FTS5 tables kept in step by triggers, so every writer (``Store.add``,
consolidation, curation, a bulk delete) updates the index in its own transaction.

* ``articles_fts(title, text)`` is an *external-content* table over ``articles``: the
  text is not stored twice, only its index. Rows are keyed by the articles' rowid.
* ``records_fts(label, body)`` stores its own copy (records are small); ``body`` is the
  record's string attribute values (``json_tree`` over ``attrs``).

Both use the ``porter unicode61 remove_diacritics 2`` tokenizer (stems, folds accents).
A later migration that rebuilds ``articles`` or ``records`` on SQLite (Alembic batch
mode copies the table) drops these triggers and may renumber rowids: it must recreate
them and rebuild both indexes (``INSERT INTO articles_fts(articles_fts) VALUES('rebuild')``).

PostgreSQL: GIN expression indexes on the very expressions the search queries use
(``accords.store.search``; a test checks that the planner uses them), so there is nothing
to keep in sync. Titles and labels weigh ``A``, text and attribute values ``B``; only the
first 200,000 characters of an article are indexed (a tsvector is limited to 1 MB).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKENIZE = "porter unicode61 remove_diacritics 2"
RECORD_BODY = (
    "(SELECT group_concat(j.value, ' ') FROM json_tree({row}.attrs) AS j WHERE j.type = 'text')"
)

SQLITE_UP = [
    f"CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
    f"content_rowid='rowid', tokenize='{TOKENIZE}')",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
         INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
       END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
         INSERT INTO articles_fts(articles_fts, rowid, title, text)
         VALUES ('delete', old.rowid, old.title, old.text);
       END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
         INSERT INTO articles_fts(articles_fts, rowid, title, text)
         VALUES ('delete', old.rowid, old.title, old.text);
         INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
       END""",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
    f"CREATE VIRTUAL TABLE records_fts USING fts5(label, body, tokenize='{TOKENIZE}')",
    f"""CREATE TRIGGER records_fts_insert AFTER INSERT ON records BEGIN
         INSERT INTO records_fts(rowid, label, body)
         VALUES (new.rowid, new.label, {RECORD_BODY.format(row="new")});
       END""",
    """CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN
         DELETE FROM records_fts WHERE rowid = old.rowid;
       END""",
    f"""CREATE TRIGGER records_fts_update AFTER UPDATE OF label, attrs ON records BEGIN
         DELETE FROM records_fts WHERE rowid = old.rowid;
         INSERT INTO records_fts(rowid, label, body)
         VALUES (new.rowid, new.label, {RECORD_BODY.format(row="new")});
       END""",
    f"INSERT INTO records_fts(rowid, label, body) "
    f"SELECT rowid, label, {RECORD_BODY.format(row='records')} FROM records",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS records_fts_update",
    "DROP TRIGGER IF EXISTS records_fts_delete",
    "DROP TRIGGER IF EXISTS records_fts_insert",
    "DROP TABLE IF EXISTS records_fts",
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TABLE IF EXISTS articles_fts",
]

# The same expressions as accords.store.search.PG_ARTICLE_VECTOR / PG_RECORD_VECTOR.
PG_ARTICLE_VECTOR = (
    "(setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, left(text, 200000)), 'B'))"
)
PG_RECORD_VECTOR = (
    "(setweight(to_tsvector('english'::regconfig, label), 'A') || "
    "setweight(jsonb_to_tsvector('english'::regconfig, attrs, '[\"string\"]'), 'B'))"
)

PG_UP = [
    f"CREATE INDEX ix_articles_search ON articles USING gin ({PG_ARTICLE_VECTOR})",
    f"CREATE INDEX ix_records_search ON records USING gin ({PG_RECORD_VECTOR})",
]
PG_DOWN = ["DROP INDEX IF EXISTS ix_records_search", "DROP INDEX IF EXISTS ix_articles_search"]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_UP)
    elif dialect == "postgresql":
        _run(PG_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(PG_DOWN)
