"""The near-duplicate index on disk: article_bands.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

Written by hand to match ``ArticleBandRow`` in ``accords/store/schema.py``. A store that
has consolidated articles gets their band keys here, computed from the signatures it
keeps (``registry.dedup.band_keys``), so that later runs find copies of them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
#: Signatures read (and their bands written) per round trip.
CHUNK = 2000


def upgrade() -> None:
    bands = op.create_table(
        "article_bands",
        sa.Column("key", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article_signatures.article_id"],
                                ondelete="CASCADE",
                                name="fk_article_bands_article_id_article_signatures"),
        sa.PrimaryKeyConstraint("key", "article_id", name="pk_article_bands"),
    )
    from accords.registry.dedup import band_keys

    signatures = sa.table("article_signatures", sa.column("article_id", sa.String),
                          sa.column("minhash", JSON))
    connection = op.get_bind()
    last = ""
    while True:
        rows = connection.execute(
            sa.select(signatures.c.article_id, signatures.c.minhash)
            .where(signatures.c.article_id > last)
            .order_by(signatures.c.article_id).limit(CHUNK)
        ).all()
        if not rows:
            break
        connection.execute(sa.insert(bands), [
            {"key": key, "article_id": article_id}
            for article_id, minhash in rows for key in set(band_keys(minhash))])
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_table("article_bands")
