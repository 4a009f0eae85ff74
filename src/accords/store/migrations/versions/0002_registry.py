"""The registry: records, record_facts, article_signatures, curation_events.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Written by hand to match the registry models appended to ``accords/store/schema.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "records",
        sa.Column("id", sa.String(24), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("dyad", sa.String(7), nullable=True),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("attrs", JSON, nullable=False),
        sa.Column("values", JSON, nullable=False),
        sa.Column("conflicts", JSON, nullable=False),
        sa.Column("lifecycle", JSON, nullable=False),
        sa.Column("overrides", JSON, nullable=False),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_records"),
    )
    for column in ("kind", "dyad", "status", "state", "date"):
        op.create_index(f"ix_records_{column}", "records", [column])

    op.create_table(
        "record_facts",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.String(24), nullable=False),
        sa.ForeignKeyConstraint(["fact_id"], ["facts.id"], ondelete="CASCADE",
                                name="fk_record_facts_fact_id_facts"),
        sa.ForeignKeyConstraint(["record_id"], ["records.id"], ondelete="CASCADE",
                                name="fk_record_facts_record_id_records"),
        sa.PrimaryKeyConstraint("fact_id", name="pk_record_facts"),
    )
    op.create_index("ix_record_facts_record_id", "record_facts", ["record_id"])

    op.create_table(
        "article_signatures",
        sa.Column("article_id", sa.String(16), nullable=False),
        sa.Column("cluster", sa.String(16), nullable=False),
        sa.Column("minhash", JSON, nullable=False),
        sa.Column("consolidated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name="fk_article_signatures_article_id_articles"),
        sa.PrimaryKeyConstraint("article_id", name="pk_article_signatures"),
    )
    op.create_index("ix_article_signatures_cluster", "article_signatures", ["cluster"])

    op.create_table(
        "curation_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(24), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("by", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("field", sa.Text(), nullable=True),
        sa.Column("before", JSON, nullable=True),
        sa.Column("after", JSON, nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_curation_events"),
    )
    op.create_index("ix_curation_events_record_id", "curation_events", ["record_id"])


def downgrade() -> None:
    op.drop_index("ix_curation_events_record_id", table_name="curation_events")
    op.drop_table("curation_events")
    op.drop_index("ix_article_signatures_cluster", table_name="article_signatures")
    op.drop_table("article_signatures")
    op.drop_index("ix_record_facts_record_id", table_name="record_facts")
    op.drop_table("record_facts")
    for column in ("date", "state", "status", "dyad", "kind"):
        op.drop_index(f"ix_records_{column}", table_name="records")
    op.drop_table("records")
