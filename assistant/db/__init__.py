"""The clinic database: engine factory, unit of work, models, migrations.

engine = create_engine_for(load_settings().effective_database_url)
migrate(engine.url)
with session_scope(engine) as session:
    ...   # pass `session` to the assistant.clinic query functions
"""

from assistant.db.engine import READ_ONLY, create_engine_for, is_sqlite, redacted
from assistant.db.migration import downgrade, head_revision, migrate, schema_drift
from assistant.db.session import session_scope

__all__ = [
    "READ_ONLY",
    "create_engine_for",
    "downgrade",
    "head_revision",
    "is_sqlite",
    "migrate",
    "redacted",
    "schema_drift",
    "session_scope",
]
