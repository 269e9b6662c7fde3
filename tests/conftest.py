"""Fixtures shared across test folders: the real servers (tests/servers.py),
the real Redis (tests/redis_server.py), and logging put back as it was after
each test (the chat channels install the log redaction process-wide when
they are built)."""

import logging
from typing import Iterator

import pytest
import structlog

from tests.assistant.db.databases import postgres_database  # noqa: F401  (fixture)
from tests.cluster_servers import cluster  # noqa: F401  (fixture)
from tests.redis_server import key_prefix, redis_client  # noqa: F401  (fixtures)
from tests.servers import outage_servers, servers, servers_without_actions  # noqa: F401  (fixtures)


@pytest.fixture(autouse=True)
def logging_as_it_was() -> Iterator[None]:
    factory = logging.getLogRecordFactory()
    processors = structlog.get_config()["processors"]
    saved_processors = list(processors)
    capturing_warnings = logging._warnings_showwarning is not None  # type: ignore[attr-defined]
    yield
    logging.setLogRecordFactory(factory)
    logging.captureWarnings(capturing_warnings)
    if isinstance(processors, list):
        processors[:] = saved_processors
