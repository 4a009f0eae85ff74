"""Per-dyad summaries kept by the registry: dyad_summaries.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

Written by hand to match ``DyadSummaryRow`` in ``accords/store/schema.py``. The table
starts empty; a store that already has records fills it on the first read
(``registry.queries.dyad_summaries``), with the same code that keeps it up to date.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "dyad_summaries",
        sa.Column("dyad", sa.String(7), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("by_kind", JSON, nullable=False),
        sa.Column("first", sa.String(10), nullable=True),
        sa.Column("last", sa.String(10), nullable=True),
        sa.PrimaryKeyConstraint("dyad", name="pk_dyad_summaries"),
    )


def downgrade() -> None:
    op.drop_table("dyad_summaries")
