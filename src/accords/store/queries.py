"""Read-only questions about articles, facts and evidence (``registry.queries`` asks
the registry's).

Articles of a dyad (or matching a full-text query, see ``search.py``), one article with
its facts and evidence spans, evidence for a set of facts, a dyad's quotes, and every
fact or evidence span a batch at a time. The web pages, the API and its downloads read
through these functions; none of them writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from accords.model import dyad_key
from accords.store import search
from accords.store.db import Store
from accords.store.schema import (
    ArticleRow,
    EvidenceRow,
    FactRow,
    RecordFactRow,
    articles_about,
)


def article_dyads(store: Store, ids: list[str] | None = None) -> dict[str, set[str]]:
    """Article id → the dyads its dyad facts name (of the articles ``ids``, or of all)."""
    found: dict[str, set[str]] = {}
    statement = select(FactRow.article_id, FactRow.attrs).where(FactRow.kind == "dyad")
    with Session(store.engine) as session:
        batches = [None] if ids is None else [ids[i : i + BATCH] for i in range(0, len(ids), BATCH)]
        for batch in batches:
            chosen = statement if batch is None else statement.where(FactRow.article_id.in_(batch))
            for article_id, attrs in session.execute(chosen).tuples():
                dyad = dyad_key((attrs or {}).get("countries"))
                if dyad:
                    found.setdefault(article_id, set()).add(dyad)
    return found


def article_summary(row: Any, dyads: set[str] | None = None) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.external_id,
        "title": row.title,
        "url": row.url,
        "outlet": row.outlet,
        "published": row.published,
        "dyads": sorted(dyads or ()),
    }


#: The columns of an article summary (not its text, which can be long).
SUMMARY_COLUMNS = (
    ArticleRow.id,
    ArticleRow.external_id,
    ArticleRow.title,
    ArticleRow.url,
    ArticleRow.outlet,
    ArticleRow.published,
)


def list_articles(
    store: Store, dyad: str | None = None, q: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Articles (optionally of a dyad), newest first, undated last, at most ``limit``; or,
    with ``q``, the articles matching that full-text query, best match first. Filtering,
    ordering and the limit run in SQL, so a page of a large store reads only its rows."""
    ranked = search.article_ids(store, q) if q and q.strip() else None
    statement = select(*SUMMARY_COLUMNS)
    if ranked is not None:
        if not ranked:
            return []
        statement = statement.where(ArticleRow.id.in_(ranked))
    with Session(store.engine) as session:
        if dyad is not None:
            statement = statement.where(_of_dyad(session, dyad))
        if ranked is not None:
            rows = list(session.execute(statement))
        else:
            rows = _newest(session, statement, limit)
    if ranked is not None:
        order = {article_id: i for i, article_id in enumerate(ranked)}
        rows = sorted(rows, key=lambda r: order[r.id])[:limit]
    return _summaries(store, rows)


def _summaries(store: Store, rows: list[Any]) -> list[dict[str, Any]]:
    """``article_summary`` of each row (of ``SUMMARY_COLUMNS``), with its dyads."""
    dyads = article_dyads(store, [r.id for r in rows])
    return [article_summary(r, dyads.get(r.id)) for r in rows]


def _newest(session: Session, statement: Any, limit: int | None) -> list[Any]:
    """The first ``limit`` rows of ``statement`` (over articles): dated articles newest
    first (ties by id, descending: the index on (published, id) read backwards), then
    undated ones by id. Two queries, so that each can use the index."""
    dated = statement.where(ArticleRow.published.is_not(None)).order_by(
        ArticleRow.published.desc(), ArticleRow.id.desc()
    )
    rows = list(session.execute(dated.limit(limit)))
    if limit is None or len(rows) < limit:
        undated = statement.where(ArticleRow.published.is_(None)).order_by(ArticleRow.id)
        rows += session.execute(undated.limit(None if limit is None else limit - len(rows)))
    return rows


#: A dyad with at most this many articles is filtered by their ids, read first.
FEW_ARTICLES = 2000


def _of_dyad(session: Session, dyad: str) -> Any:
    """A condition on articles: about ``dyad`` (see ``_about``)."""
    return _about(session, dyad, _first_ids(session, dyad))


def _first_ids(session: Session, dyad: str) -> list[str]:
    """Ids of the dyad's articles, ``FEW_ARTICLES + 1`` at most (one index lookup)."""
    return list(session.scalars(articles_about(dyad).limit(FEW_ARTICLES + 1)))


def _about(session: Session, dyad: str, ids: list[str]) -> Any:
    """A condition on articles: about ``dyad``, whose first ids are ``ids``. A dyad with few
    articles is matched by those ids; for a busy one, a subquery, so that the planner reads
    the newest articles and soon finds enough of the dyad's (the other way round, a quiet
    dyad would make it read most of the index looking for them).

    SQLite's planner would rather look each of the subquery's articles up by id and sort
    them all (17 ms for a dyad of 4,000 articles); comparing ``id || ''`` instead of
    ``id`` leaves it no id lookup, so it walks the ``(published, id)`` index from the
    newest and stops at the limit (9 ms)."""
    if len(ids) <= FEW_ARTICLES:
        return ArticleRow.id.in_(ids)
    walked = session.get_bind().dialect.name == "sqlite"
    return (ArticleRow.id.concat("") if walked else ArticleRow.id).in_(articles_about(dyad))


def count_articles(store: Store, dyad: str) -> int:
    """How many articles have a dyad fact for ``dyad``."""
    with Session(store.engine) as session:
        return _count(session, dyad)


def _count(session: Session, dyad: str, ids: list[str] | None = None) -> int:
    """``count_articles``; from ``ids`` (``_first_ids``) when they are all of them."""
    if ids is not None and len(ids) <= FEW_ARTICLES:
        return len(set(ids))
    about = articles_about(dyad).distinct().subquery()
    return int(session.scalar(select(func.count()).select_from(about)) or 0)


def dyad_articles(store: Store, dyad: str, *, limit: int, quotes: int = 12) -> dict[str, Any]:
    """What a dyad's page shows of its articles, reading the dyad's articles once: the
    ``limit`` newest (``articles``), how many there are (``count``) and ``quotes`` quotes
    from the newest articles (``quotes``; as ``quotes()``)."""
    with Session(store.engine) as session:
        ids = _first_ids(session, dyad)
        about = _about(session, dyad, ids)
        rows = _newest(session, select(*SUMMARY_COLUMNS).where(about), limit)
        newest = [(r.id, r.published) for r in rows]
        said = _quotes(session, about, quotes, known=(newest, len(rows) < limit))
        count = _count(session, dyad, ids)
    return {"articles": _summaries(store, rows), "count": count, "quotes": said}


def list_articles_by_id(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Summaries of these articles (those that exist), in the order given."""
    if not ids:
        return []
    dyads = article_dyads(store, ids)
    with Session(store.engine) as session:
        rows = {
            r.id: r for r in session.execute(select(*SUMMARY_COLUMNS).where(ArticleRow.id.in_(ids)))
        }
    return [article_summary(rows[i], dyads.get(i)) for i in ids if i in rows]


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    """An article with metadata, repairs, trimmed text and facts (evidence spans, record)."""
    with Session(store.engine) as session:
        row = session.get(
            ArticleRow,
            article_id,
            options=[selectinload(ArticleRow.facts).selectinload(FactRow.evidence)],
        )
        if row is None:
            return None
        fact_ids = [f.id for f in row.facts]
        records = (
            dict(
                list(
                    session.execute(
                        select(RecordFactRow.fact_id, RecordFactRow.record_id).where(
                            RecordFactRow.fact_id.in_(fact_ids)
                        )
                    ).tuples()
                )
            )
            if fact_ids
            else {}
        )
        facts = [
            {
                "id": f.id,
                "kind": f.kind,
                "attrs": f.attrs,
                "confidence": f.confidence,
                "record_id": records.get(f.id),
                "evidence": [
                    {
                        "start": e.start,
                        "end": e.end,
                        "sentence": e.sentence,
                        "sentence_start": e.sentence_start,
                    }
                    for e in f.evidence
                ],
            }
            for f in row.facts
        ]
        data = article_summary(
            row, {d for f in row.facts if f.kind == "dyad" if (d := dyad_key((f.attrs or {}).get("countries")))}
        )
        data.update(
            text=row.text,
            source=row.source,
            encoding=row.encoding,
            repairs=list(row.repairs or []),
            trimmed=list(row.trimmed or []),
            facts=facts,
        )
    return data


def evidence_for(store: Store, fact_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Fact id → its evidence: the sentence cut into before / evidence / after."""
    found: dict[int, list[dict[str, Any]]] = {}
    if not fact_ids:
        return found
    with Session(store.engine) as session:
        rows = session.scalars(
            select(EvidenceRow).where(EvidenceRow.fact_id.in_(fact_ids)).order_by(EvidenceRow.id)
        )
        for e in rows:
            a = max(0, e.start - e.sentence_start)
            b = max(a, e.end - e.sentence_start)
            found.setdefault(e.fact_id, []).append(
                {
                    "before": e.sentence[:a],
                    "match": e.sentence[a:b],
                    "after": e.sentence[b:],
                    "start": e.start,
                    "end": e.end,
                }
            )
    return found


def quotes(store: Store, dyad: str, limit: int = 12) -> list[dict[str, Any]]:
    """Statements in the dyad's articles, newest articles first: speaker, quote, article.

    The dyad's newest articles are read a few at a time (2 × ``limit``, then 20 ×, then
    the rest) with their statements, until ``limit`` are found: a busy dyad stops after
    a handful of articles, and a quiet one never scans other dyads' statements."""
    with Session(store.engine) as session:
        return _quotes(session, _of_dyad(session, dyad), limit)


def _quotes(
    session: Session,
    about: Any,
    limit: int,
    known: tuple[list[tuple[str, str | None]], bool] | None = None,
) -> list[dict[str, Any]]:
    """``quotes`` of the articles matching ``about``. ``known``: the newest of them as
    (id, published), already read, and whether that is all of them — used instead of
    reading them again as far as they go."""
    found: list[dict[str, Any]] = []
    statement = select(ArticleRow.id, ArticleRow.published).where(about)
    seen = 0
    for size in (2 * limit, 20 * limit, None):
        if known and (known[1] or (size is not None and size <= len(known[0]))):
            articles = known[0][:size]
        else:
            articles = _newest(session, statement, size)
        for start in range(seen, len(articles), BATCH):
            batch = dict(articles[start : start + BATCH])
            rows = session.execute(
                select(FactRow.id, FactRow.article_id, FactRow.attrs).where(
                    FactRow.kind == "statement", FactRow.article_id.in_(list(batch))
                )
            ).tuples()
            position = {aid: i for i, aid in enumerate(batch)}
            for fid, aid, attrs in sorted(rows, key=lambda r: (position[r[1]], r[0])):
                found.append(
                    {
                        "fact_id": fid,
                        "article_id": aid,
                        "published": batch[aid],
                        "speaker": (attrs or {}).get("speaker"),
                        "quote": (attrs or {}).get("quote"),
                    }
                )
        seen = len(articles)
        if len(found) >= limit or size is None or len(articles) < size:
            break
    return found[:limit]


#: Rows read per query when walking facts or evidence.
BATCH = 500


def _dyad_articles(store: Store, dyad: str | None) -> set[str] | None:
    if dyad is None:
        return None
    with Session(store.engine) as session:
        return set(session.scalars(articles_about(dyad)))


def _by_id_in_batches(
    store: Store,
    query: Callable[[int], Any],
    row: Callable[[Any], tuple[int, str, dict[str, Any]]],
    allowed: set[str] | None,
) -> Iterator[dict[str, Any]]:
    """Rows with ids above the last one seen, ``BATCH`` at a time (keyset paging), each
    turned into (id, article id, item) by ``row`` inside the session; only the items of
    ``allowed`` articles (all when ``None``) are yielded."""
    last = 0
    while True:
        with Session(store.engine) as session:
            rows = list(session.execute(query(last)).tuples())
            found = [row(r) for r in rows]
        for rid, aid, item in found:
            last = rid
            if allowed is None or aid in allowed:
                yield item
        if len(rows) < BATCH:
            return


def iter_facts(
    store: Store,
    *,
    article: str | None = None,
    kind: str | None = None,
    dyad: str | None = None,
    record: str | None = None,
    after: int = 0,
) -> Iterator[dict[str, Any]]:
    """Facts by id (those after ``after``), of an article, a kind, a dyad's articles or a
    record; read a batch at a time, so a download of every fact holds one batch in memory."""
    allowed = _dyad_articles(store, dyad)
    if allowed is not None and not allowed:
        return iter(())

    def query(last: int) -> Any:
        statement = (
            select(
                FactRow.id,
                FactRow.article_id,
                FactRow.kind,
                FactRow.attrs,
                FactRow.confidence,
                RecordFactRow.record_id,
            )
            .outerjoin(RecordFactRow, RecordFactRow.fact_id == FactRow.id)
            .where(FactRow.id > max(last, after))
            .order_by(FactRow.id)
            .limit(BATCH)
        )
        if article:
            statement = statement.where(FactRow.article_id == article)
        if kind:
            statement = statement.where(FactRow.kind == kind)
        if record:
            statement = statement.where(RecordFactRow.record_id == record)
        return statement

    def row(r: Any) -> tuple[int, str, dict[str, Any]]:
        fid, aid, fkind, attrs, confidence, rid = r
        item = {
            "id": fid,
            "article_id": aid,
            "kind": fkind,
            "attrs": attrs,
            "confidence": confidence,
            "record_id": rid,
        }
        return fid, aid, item

    return _by_id_in_batches(store, query, row, allowed)


def iter_evidence(
    store: Store,
    *,
    article: str | None = None,
    fact: int | None = None,
    kind: str | None = None,
    dyad: str | None = None,
    after: int = 0,
) -> Iterator[dict[str, Any]]:
    """Evidence spans by id: where each fact is said (offsets into the article's text)."""
    allowed = _dyad_articles(store, dyad)
    if allowed is not None and not allowed:
        return iter(())

    def query(last: int) -> Any:
        statement = (
            select(EvidenceRow, FactRow.article_id, FactRow.kind)
            .join(FactRow, FactRow.id == EvidenceRow.fact_id)
            .where(EvidenceRow.id > max(last, after))
            .order_by(EvidenceRow.id)
            .limit(BATCH)
        )
        if article:
            statement = statement.where(FactRow.article_id == article)
        if fact is not None:
            statement = statement.where(EvidenceRow.fact_id == fact)
        if kind:
            statement = statement.where(FactRow.kind == kind)
        return statement

    def row(r: Any) -> tuple[int, str, dict[str, Any]]:
        e, aid, fkind = r
        a = max(0, e.start - e.sentence_start)
        b = max(a, e.end - e.sentence_start)
        item = {
            "id": e.id,
            "fact_id": e.fact_id,
            "article_id": aid,
            "kind": fkind,
            "start": e.start,
            "end": e.end,
            "text": e.sentence[a:b],
            "sentence": e.sentence,
            "sentence_start": e.sentence_start,
        }
        return e.id, aid, item

    return _by_id_in_batches(store, query, row, allowed)
