from tests.assistant.clinic.conftest import demo_spec, engine, load, session, world  # noqa: F401  (fixtures)
from tests.assistant.db.databases import (  # noqa: F401  (fixtures)
    clean_engine,
    postgres_database,
    postgres_migrated,
    sqlite_template,
)
