from tests.assistant.db.databases import (  # noqa: F401  (fixtures)
    clean_engine,
    db_url,
    engine,
    postgres_database,
    postgres_migrated,
    sqlite_template,
)
