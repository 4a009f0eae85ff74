"""Watchlists and alerts: events (the outbox), watches, deliveries, delivery_log.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

Written by hand to match ``EventRow``, ``WatchRow``, ``DeliveryRow`` and ``DeliveryLogRow``
in ``accords/store/schema.py``. No event is made for the records already stored: they are
the registry as it stands, not news.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("record_id", sa.String(24), nullable=False),
        sa.Column("record", JSON, nullable=False),
        sa.Column("before", JSON, nullable=True),
        sa.Column("after", JSON, nullable=True),
        sa.Column("article_id", sa.String(16), nullable=True),
        sa.Column("sentence", sa.Text(), nullable=True),
        sa.Column("by", sa.Text(), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_kind", "events", ["kind"])
    op.create_index("ix_events_record_id", "events", ["record_id"])

    op.create_table(
        "watches",
        sa.Column("id", sa.String(24), nullable=False),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("filters", JSON, nullable=False),
        sa.Column("webhook_url", sa.Text(), nullable=True),
        sa.Column("webhook_secret", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("feed_token", sa.String(64), nullable=False),
        sa.Column("since_event", sa.Integer(), nullable=False),
        sa.Column("planned_event", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("disabled_at", WHEN, nullable=True),
        sa.Column("emailed_at", WHEN, nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_watches"),
    )
    op.create_index("ix_watches_owner", "watches", ["owner"])

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("watch_id", sa.String(24), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt", WHEN, nullable=False),
        sa.Column("delivered_at", WHEN, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["watch_id"], ["watches.id"], ondelete="CASCADE",
                                name="fk_deliveries_watch_id_watches"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE",
                                name="fk_deliveries_event_id_events"),
        sa.PrimaryKeyConstraint("id", name="pk_deliveries"),
        sa.UniqueConstraint("watch_id", "event_id", "channel",
                            name="uq_deliveries_watch_id_event_id_channel"),
    )
    op.create_index("ix_deliveries_next_attempt", "deliveries", ["next_attempt"])
    op.create_index("ix_deliveries_delivered_at", "deliveries", ["delivered_at"])

    op.create_table(
        "delivery_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("watch_id", sa.String(24), nullable=False),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("event_ids", JSON, nullable=False),
        sa.Column("message_id", sa.Text(), nullable=True),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("at", WHEN, nullable=False),
        sa.ForeignKeyConstraint(["watch_id"], ["watches.id"], ondelete="CASCADE",
                                name="fk_delivery_log_watch_id_watches"),
        sa.PrimaryKeyConstraint("id", name="pk_delivery_log"),
    )
    op.create_index("ix_delivery_log_watch_id", "delivery_log", ["watch_id"])


def downgrade() -> None:
    op.drop_index("ix_delivery_log_watch_id", table_name="delivery_log")
    op.drop_table("delivery_log")
    op.drop_index("ix_deliveries_delivered_at", table_name="deliveries")
    op.drop_index("ix_deliveries_next_attempt", table_name="deliveries")
    op.drop_table("deliveries")
    op.drop_index("ix_watches_owner", table_name="watches")
    op.drop_table("watches")
    op.drop_index("ix_events_record_id", table_name="events")
    op.drop_index("ix_events_kind", table_name="events")
    op.drop_table("events")
