"""Each test builds its own world: the handoff tests' migrated database
(SQLite and PostgreSQL) with the demo clinic, and notification settings
given through the environment, as open_ticket reads them."""

from __future__ import annotations

from typing import Callable, Dict

import pytest

from assistant.settings import Secret, Settings
from tests.assistant.handoff.conftest import (  # noqa: F401  (fixtures)
    NOW,
    clean_engine,
    db,
    db_url,
    demo_spec,
    down,
    engine,
    load,
    outbox,
    postgres_database,
    postgres_migrated,
    sqlite_template,
    world,
)

__all__ = ["NOW", "WEBHOOK_URL"]

WEBHOOK_URL = "https://hooks.example/services/T0000/B0000/very-secret-token"
NOTIFY_VARIABLES = ("NOTIFY_EMAIL_TO", "NOTIFY_EMAIL_FROM", "SMTP_HOST", "SMTP_PASSWORD", "NOTIFY_WEBHOOK_URL")


@pytest.fixture
def notify_env(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Set the notification settings in the environment; the others are
    emptied (an empty variable means the default: not configured)."""

    def configure(**values: str) -> None:
        for name in NOTIFY_VARIABLES:
            monkeypatch.setenv(name, values.get(name.lower(), ""))

    configure()
    return configure


def settings_with(**values: object) -> Settings:
    secrets: Dict[str, object] = {
        key: Secret(str(value)) for key, value in values.items() if key in ("smtp_password", "notify_webhook_url")
    }
    return Settings(**{**values, **secrets})  # type: ignore[arg-type]
