"""The console's secret key: from the settings, else made once in var/ (0600)."""

from __future__ import annotations

import stat

from assistant.console.keys import load_or_create_key, secret_key
from assistant.settings import Secret, Settings


def test_a_configured_key_is_used_as_is(tmp_path):
    assert secret_key(Settings(console_secret_key=Secret("configured")), tmp_path / "k") == "configured"
    assert not (tmp_path / "k").exists()


def test_without_one_a_key_is_made_once_readable_only_by_its_owner(tmp_path):
    path = tmp_path / "var" / "console.key"
    first = load_or_create_key(path)
    assert len(first) >= 40
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_key(path) == first == secret_key(Settings(), path)
