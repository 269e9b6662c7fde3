"""Alembic environment for the clinic tables.

Runs only on a connection handed over by `assistant.db.migration` (there is
no alembic.ini and no URL here). The options, including the `include_object`
filter that keeps Alembic away from tables we don't own (Rasa's `events`),
live in `assistant.db.migration.context_options`.
"""

from __future__ import annotations

from alembic import context

from assistant.db.migration import context_options


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "Run the clinic migrations with `python -m assistant.cli db-upgrade` "
            "(or assistant.db.migrate(url)); this env.py needs a connection from code."
        )
    context.configure(connection=connection, **context_options())
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
