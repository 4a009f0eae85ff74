"""Expression indexes on facts for the dashboard queries: (kind, countries), (kind, area).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

Written by hand to match the indexes declared at the end of the facts section of
``accords/store/schema.py`` (``FACT_COUNTRIES``, ``FACT_AREA``). The expressions differ
by dialect and are spelled here exactly as the models compile them, because a query only
uses an expression index when it spells the same expression:

* SQLite: ``json_extract(attrs, '$.countries')`` and ``json_extract(attrs, '$.area')``;
* PostgreSQL: ``(attrs -> 'countries')`` (``jsonb``) and ``(attrs ->> 'area')`` (text).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EXPRESSIONS: dict[str, dict[str, str]] = {
    "sqlite": {
        "countries": "json_extract(attrs, '$.countries')",
        "area": "json_extract(attrs, '$.area')",
    },
    "postgresql": {
        "countries": "(attrs -> 'countries')",
        "area": "(attrs ->> 'area')",
    },
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    expressions = EXPRESSIONS.get(dialect)
    if expressions is None:
        raise NotImplementedError(f"no expression indexes written for {dialect}")
    for key, expression in expressions.items():
        op.create_index(f"ix_facts_kind_{key}", "facts", ["kind", sa.text(expression)])


def downgrade() -> None:
    for key in ("area", "countries"):
        op.drop_index(f"ix_facts_kind_{key}", table_name="facts")
