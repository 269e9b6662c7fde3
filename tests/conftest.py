"""Fixtures shared across test folders: the real servers (tests/servers.py)."""

from tests.assistant.db.databases import postgres_database  # noqa: F401  (fixture)
from tests.servers import outage_servers, servers, servers_without_actions  # noqa: F401  (fixtures)
