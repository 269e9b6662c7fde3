"""Rasa's SQLTrackerStore table `events`, as far as this project reads and rewrites it.

Rasa creates and owns the table; the handoff reconciler reads escalation replies from it and
the privacy jobs redact and delete a conversation's rows. One description for both, so a
column they rely on is named in one place.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text

_metadata = MetaData()
EVENTS = Table(
    "events",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255)),
    Column("type_name", String(255)),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)
