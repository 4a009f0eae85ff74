"""Live tracking (``accords watch``): sources, source_fetches, seen_urls.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

Written by hand to match ``SourceRow``, ``SourceFetchRow`` and ``SeenUrlRow`` in
``accords/store/schema.py``. The tables start empty.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _when(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("every", sa.Integer(), nullable=False),
        sa.Column("interval", sa.Integer(), nullable=False),
        _when("next_due", nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("backoff", sa.Integer(), nullable=False),
        _when("last_polled"),
        _when("last_success"),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("items_seen", sa.Integer(), nullable=False),
        sa.Column("articles_stored", sa.Integer(), nullable=False),
        sa.Column("lock_owner", sa.String(64), nullable=True),
        _when("lock_until"),
        _when("added_at", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.UniqueConstraint("url", name="uq_sources_url"),
    )
    op.create_index("ix_sources_next_due", "sources", ["next_due"])
    op.create_table(
        "source_fetches",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        _when("at", nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("new_items", sa.Integer(), nullable=False),
        sa.Column("stored", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE",
                                name="fk_source_fetches_source_id_sources"),
        sa.PrimaryKeyConstraint("id", name="pk_source_fetches"),
    )
    op.create_index("ix_source_fetches_source_id", "source_fetches", ["source_id"])
    op.create_table(
        "seen_urls",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("article_id", sa.String(16), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        _when("seen_at", nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_seen_urls"),
    )
    op.create_index("ix_seen_urls_article_id", "seen_urls", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_seen_urls_article_id", table_name="seen_urls")
    op.drop_table("seen_urls")
    op.drop_index("ix_source_fetches_source_id", table_name="source_fetches")
    op.drop_table("source_fetches")
    op.drop_index("ix_sources_next_due", table_name="sources")
    op.drop_table("sources")
