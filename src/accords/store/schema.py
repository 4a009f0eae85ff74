"""The tables Accords stores articles and facts in, as SQLAlchemy 2 declarative models.

Three tables mirror the domain model: ``articles`` (one row per distinct cleaned
text), ``facts`` and ``evidence``. Column types are the portable ones (``JSON``,
``Text``, ``String``, ``Float``) so the same models serve SQLite now and
PostgreSQL later; JSON becomes ``JSONB`` on PostgreSQL so that attributes can be
indexed and queried there.

Constraint and index names follow :data:`NAMING_CONVENTION`, because Alembic
needs names to alter or drop constraints and PostgreSQL would otherwise invent
its own. Any change here needs a new revision in ``store/migrations/versions``;
``tests/store/test_migrations.py`` fails until the two agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: JSON everywhere, JSONB on PostgreSQL (binary, indexable, keys deduplicated).
JSONType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    """Timezone-aware now, so ingestion times compare correctly whatever the server's zone."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base whose metadata carries the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ArticleRow(Base):
    """One article: its cleaned text and metadata. The primary key is ``Article.article_id``."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    external_id: Mapped[str] = mapped_column(Text, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    outlet: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    encoding: Mapped[str | None] = mapped_column(String(64))
    repairs: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)
    trimmed: Mapped[list[str]] = mapped_column(JSONType)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    facts: Mapped[list[FactRow]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="FactRow.id",
    )


class FactRow(Base):
    """One fact of one article; ``attrs`` holds the evaluation schema's fields for its kind."""

    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(
        String(16), ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), index=True)
    attrs: Mapped[dict[str, Any]] = mapped_column(JSONType)
    confidence: Mapped[float] = mapped_column(Float)

    article: Mapped[ArticleRow] = relationship(back_populates="facts")
    evidence: Mapped[list[EvidenceRow]] = relationship(
        back_populates="fact",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="EvidenceRow.id",
    )


class EvidenceRow(Base):
    """Where the article says a fact: character offsets into ``articles.text``."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fact_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("facts.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    sentence_start: Mapped[int] = mapped_column(Integer)

    fact: Mapped[FactRow] = relationship(back_populates="evidence")


# ``iter_extractions`` walks articles in (published, id) order.
Index("ix_articles_published_id", ArticleRow.published, ArticleRow.id)
