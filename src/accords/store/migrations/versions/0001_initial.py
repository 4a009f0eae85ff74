"""Initial schema: articles, facts, evidence.

Revision ID: 0001
Revises:
Create Date: 2025-11-24

Written by hand to match ``accords/store/schema.py`` as first committed.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(16), nullable=False),
        sa.Column("external_id", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(10), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("encoding", sa.String(64), nullable=True),
        sa.Column("repairs", JSON, nullable=False),
        sa.Column("trimmed", JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("content_hash", name="uq_articles_content_hash"),
    )
    op.create_index("ix_articles_external_id", "articles", ["external_id"])
    op.create_index("ix_articles_published_id", "articles", ["published", "id"])

    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("attrs", JSON, nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name="fk_facts_article_id_articles"),
        sa.PrimaryKeyConstraint("id", name="pk_facts"),
    )
    op.create_index("ix_facts_article_id", "facts", ["article_id"])
    op.create_index("ix_facts_kind", "facts", ["kind"])

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("sentence_start", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["fact_id"], ["facts.id"], ondelete="CASCADE",
                                name="fk_evidence_fact_id_facts"),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
    )
    op.create_index("ix_evidence_fact_id", "evidence", ["fact_id"])


def downgrade() -> None:
    op.drop_index("ix_evidence_fact_id", table_name="evidence")
    op.drop_table("evidence")
    op.drop_index("ix_facts_kind", table_name="facts")
    op.drop_index("ix_facts_article_id", table_name="facts")
    op.drop_table("facts")
    op.drop_index("ix_articles_published_id", table_name="articles")
    op.drop_index("ix_articles_external_id", table_name="articles")
    op.drop_table("articles")
