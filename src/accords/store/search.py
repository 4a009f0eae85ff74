"""Full-text search over articles and records: SQLite FTS5, PostgreSQL tsvector/GIN.

The index is built by migration 0004 (``store/migrations/versions/0004_search.py``) and
kept in step by the database itself (SQLite triggers; PostgreSQL expression indexes).

User input never reaches either query language as syntax. :func:`parse` reads a small,
forgiving grammar — words, ``"quoted phrases"``, ``OR`` between two terms, ``-word`` to
exclude — and each term is then passed as *data*: on SQLite as an FTS5 string literal
(``"…"`` with ``"`` doubled, so ``NEAR``, ``*``, ``:``, ``^`` or parentheses are just
text), on PostgreSQL as a bound parameter of ``phraseto_tsquery``. A query with no
searchable word finds nothing; no input is a syntax error.

Words are stemmed (Porter on SQLite, the ``english`` configuration on PostgreSQL), so
``signing`` finds ``signed``. Ranking: BM25 on SQLite, ``ts_rank_cd`` on PostgreSQL; a
title or label match weighs more than one in the text or attributes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from accords.store.db import Store

#: Longest query taken (longer ones are cut), and most terms used.
MAX_QUERY = 200
MAX_TERMS = 16
#: Marks around a matched word in snippets (private-use characters; stripped from text).
START, STOP = "\ue000", "\ue001"

# The expressions of migration 0004's GIN indexes, spelled exactly the same way: a query
# only uses an expression index when it repeats the expression.
PG_ARTICLE_VECTOR = (
    "(setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, left(text, 200000)), 'B'))"
)
PG_RECORD_VECTOR = (
    "(setweight(to_tsvector('english'::regconfig, label), 'A') || "
    "setweight(jsonb_to_tsvector('english'::regconfig, attrs, '[\"string\"]'), 'B'))"
)

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ue000\ue001]")


@dataclass(frozen=True)
class Query:
    """A parsed query: every group must match (a group matches when any of its terms
    does), and no excluded term may. A term is a word or a phrase, as typed."""

    groups: list[list[str]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.groups)


def _searchable(term: str) -> bool:
    return any(c.isalnum() for c in term)


def parse(q: str | None) -> Query:
    """Words, ``"phrases"``, ``a OR b``, ``-word``: see the module's docstring."""
    raw = _CONTROL.sub(" ", (q or "")[:MAX_QUERY])
    groups: list[list[str]] = []
    excluded: list[str] = []
    join_next = False
    count = 0
    for match in _TOKEN.finditer(raw):
        negated, phrase, word = match.group(1), match.group(2), match.group(3)
        if word == "OR":
            join_next = bool(groups)
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            negated, word = "-", word[1:]
        term = " ".join((phrase if phrase is not None else word or "").split())
        if not _searchable(term) or count >= MAX_TERMS:
            join_next = False
            continue
        count += 1
        if negated:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    return Query(groups, excluded if groups else [])


def fts5_query(query: Query) -> str:
    """The FTS5 MATCH expression: each term a quoted string, so nothing is syntax."""

    def literal(term: str) -> str:
        return '"' + term.replace('"', '""') + '"'

    parts = [
        literal(g[0]) if len(g) == 1 else "(" + " OR ".join(map(literal, g)) + ")"
        for g in query.groups
    ]
    expression = " AND ".join(parts)
    for term in query.excluded:
        expression = f"({expression}) NOT {literal(term)}"
    return expression


def _pg_tsquery(query: Query, params: dict[str, Any]) -> str:
    """A tsquery built from bound parameters: ``phraseto_tsquery`` per term, ``&&``/``||``/``!!``."""

    def term(value: str) -> str:
        name = f"t{len(params)}"
        params[name] = value
        return f"phraseto_tsquery('english'::regconfig, :{name})"

    parts = ["(" + " || ".join(term(t) for t in group) + ")" for group in query.groups]
    parts += [f"!!{term(t)}" for t in query.excluded]
    return "(" + " && ".join(parts) + ")"


def segments(snippet: str) -> list[tuple[str, bool]]:
    """A snippet with its marks, as (text, matched) pieces for the template to escape."""
    pieces: list[tuple[str, bool]] = []
    for i, part in enumerate(re.split(f"[{START}{STOP}]", snippet)):
        if part:
            pieces.append((part, i % 2 == 1))
    return pieces


@dataclass
class ArticleHit:
    id: str
    rank: float
    snippet: list[tuple[str, bool]]


@dataclass
class RecordHit:
    id: str
    rank: float


def _sqlite_articles(
    connection: Connection, match: str, limit: int, snippets: bool
) -> list[ArticleHit]:
    snippet = f"snippet(articles_fts, 1, '{START}', '{STOP}', '…', 24)" if snippets else "''"
    rows = connection.execute(
        text(
            "SELECT a.id, bm25(articles_fts, 4.0, 1.0) AS score, "
            f"{snippet} "
            "FROM articles_fts JOIN articles AS a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH :match ORDER BY score, a.published DESC, a.id LIMIT :limit"
        ),
        {"match": match, "limit": limit},
    )
    # bm25 is lower for better matches: negate it so that higher is better on both backends.
    return [ArticleHit(id, -rank, segments(snip or "")) for id, rank, snip in rows]


def _pg_articles(
    connection: Connection, query: Query, limit: int, snippets: bool
) -> list[ArticleHit]:
    params: dict[str, Any] = {
        "limit": limit,
        "options": f"StartSel={START}, StopSel={STOP}, MaxWords=40, "
        'MinWords=15, MaxFragments=2, FragmentDelimiter=" … "',
    }
    tsquery = _pg_tsquery(query, params)
    headline = (
        "ts_headline('english'::regconfig, left(hits.text, 200000), q.query, :options)"
        if snippets
        else "''"
    )
    rows = connection.execute(
        text(
            f"WITH q AS (SELECT {tsquery} AS query), hits AS ("
            f"  SELECT a.id, a.text, a.published, ts_rank_cd({PG_ARTICLE_VECTOR}, q.query) AS rank"
            f"  FROM articles AS a, q WHERE {PG_ARTICLE_VECTOR} @@ q.query"
            "   ORDER BY rank DESC, a.published DESC NULLS LAST, a.id LIMIT :limit) "
            f"SELECT hits.id, hits.rank, {headline} FROM hits, q "
            "ORDER BY hits.rank DESC, hits.published DESC NULLS LAST, "
            "hits.id"
        ),
        params,
    )
    return [ArticleHit(id, float(rank), segments(snip or "")) for id, rank, snip in rows]


def search_articles(
    store: Store, q: str | Query | None, limit: int = 50, snippets: bool = True
) -> list[ArticleHit]:
    """Articles matching ``q`` (title or text), best first, each with a snippet of the
    passage that matched (unless ``snippets`` is False: making them is the costly part)."""
    query = q if isinstance(q, Query) else parse(q)
    if not query:
        return []
    with store.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            return _pg_articles(connection, query, limit, snippets)
        return _sqlite_articles(connection, fts5_query(query), limit, snippets)


def search_records(
    store: Store, q: str | Query | None, limit: int = 50, include_rejected: bool = False
) -> list[RecordHit]:
    """Records matching ``q`` (label or attribute values), best first; rejected ones left out."""
    query = q if isinstance(q, Query) else parse(q)
    if not query:
        return []
    live = "" if include_rejected else " AND r.state != 'rejected'"
    with store.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            params: dict[str, Any] = {"limit": limit}
            tsquery = _pg_tsquery(query, params)
            rows = connection.execute(
                text(
                    f"WITH q AS (SELECT {tsquery} AS query) "
                    f"SELECT r.id, ts_rank_cd({PG_RECORD_VECTOR}, q.query) AS rank "
                    f"FROM records AS r, q WHERE {PG_RECORD_VECTOR} @@ q.query{live} "
                    "ORDER BY rank DESC, r.label, r.id LIMIT :limit"
                ),
                params,
            )
            return [RecordHit(id, float(rank)) for id, rank in rows]
        rows = connection.execute(
            text(
                "SELECT r.id, bm25(records_fts, 4.0, 1.0) AS score "
                "FROM records_fts JOIN records AS r ON r.rowid = records_fts.rowid "
                f"WHERE records_fts MATCH :match{live} ORDER BY score, r.label, r.id LIMIT :limit"
            ),
            {"match": fts5_query(query), "limit": limit},
        )
        return [RecordHit(id, -rank) for id, rank in rows]


def article_ids(store: Store, q: str | None, limit: int = 10_000) -> list[str]:
    """Ids of the articles matching ``q``, best first (for list filters)."""
    return [hit.id for hit in search_articles(store, q, limit=limit, snippets=False)]


__all__ = [
    "ArticleHit",
    "Query",
    "RecordHit",
    "article_ids",
    "fts5_query",
    "parse",
    "search_articles",
    "search_records",
    "segments",
]
