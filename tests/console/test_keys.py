"""The console's secret key: from the settings, else made once in var/ (0600, whatever the umask)."""

from __future__ import annotations

import os
import stat
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

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


def test_the_key_file_is_owner_only_even_under_a_permissive_umask(tmp_path):
    path = tmp_path / "var" / "console.key"
    previous = os.umask(0)
    try:
        load_or_create_key(path)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["console.key"]  # no temporary file left behind


def test_a_key_file_readable_by_others_is_narrowed_before_use(tmp_path, caplog):
    path = tmp_path / "console.key"
    path.write_text("an-old-key-from-a-backup\n", encoding="ascii")
    path.chmod(0o644)
    assert load_or_create_key(path) == "an-old-key-from-a-backup"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "readable by others" in caplog.text


def test_consoles_starting_together_all_get_the_same_key(tmp_path):
    path = tmp_path / "var" / "console.key"
    start = threading.Barrier(8)

    def make() -> str:
        start.wait(timeout=30)
        return load_or_create_key(path)

    with ThreadPoolExecutor(max_workers=8) as pool:
        keys = list(pool.map(lambda _: make(), range(8)))
    assert len(set(keys)) == 1 and len(keys[0]) >= 40
    assert sorted(p.name for p in path.parent.iterdir()) == ["console.key"]


def test_an_empty_key_file_is_an_error_that_says_how_to_fix_it(tmp_path):
    path = tmp_path / "console.key"
    path.write_text("")
    path.chmod(0o600)
    with pytest.raises(RuntimeError, match="delete it to generate a new key"):
        load_or_create_key(path)
