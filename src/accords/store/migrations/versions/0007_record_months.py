"""The months a meeting or instrument record is filed under: records.months_from / months_to.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Written by hand to match ``RecordRow`` in ``accords/store/schema.py``. Existing meetings
and instruments are filed here (``persist.file_records``), with the same code that files
every record consolidation saves, so that no run has to look for unfiled ones.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("records", sa.Column("months_from", sa.Integer(), nullable=True))
    op.add_column("records", sa.Column("months_to", sa.Integer(), nullable=True))
    op.create_index("ix_records_kind_dyad_months", "records", ["kind", "dyad", "months_from"])
    from sqlalchemy.orm import Session

    from accords.registry.persist import file_records

    with Session(bind=op.get_bind()) as session:  # inside the migration's transaction
        file_records(session)


def downgrade() -> None:
    op.drop_index("ix_records_kind_dyad_months", table_name="records")
    # in place (SQLite 3.35+ can): a batch copy of the table would drop it, and with it,
    # by cascade, every record's facts
    op.drop_column("records", "months_to")
    op.drop_column("records", "months_from")
