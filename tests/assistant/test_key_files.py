"""Generated secrets: made once, whole, readable by their owner only."""

from __future__ import annotations

import os
import stat
from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant.key_files import load_or_create_key


@pytest.fixture
def open_umask():
    previous = os.umask(0o022)  # the usual default: new files world-readable
    yield
    os.umask(previous)


def test_a_missing_key_is_made_once_and_readable_only_by_its_owner(tmp_path, open_umask):
    path = tmp_path / "var" / "some.key"

    first = load_or_create_key(path)

    assert len(first) >= 40
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_key(path) == first
    assert [p.name for p in path.parent.iterdir()] == ["some.key"]  # no temporary file left behind


def test_processes_asking_at_once_all_get_the_one_key(tmp_path):
    path = tmp_path / "shared.key"

    with ThreadPoolExecutor(8) as pool:
        keys = set(pool.map(lambda _: load_or_create_key(path), range(32)))

    assert keys == {path.read_text()}


def test_an_empty_key_file_is_an_error_that_says_what_to_do(tmp_path):
    path = tmp_path / "empty.key"
    path.write_text("")

    with pytest.raises(RuntimeError, match="delete it"):
        load_or_create_key(path)
