"""The shared secret between the Rasa server and the action server."""

from __future__ import annotations

import stat

import pytest

from assistant.action_server_auth import (
    action_server_token,
    auth_headers,
    is_authorised,
    needs_authorisation,
)
from assistant.settings import Secret, Settings


def test_a_configured_token_is_used_and_no_key_file_is_made(tmp_path):
    settings = Settings(action_server_token=Secret("configured-secret"))

    assert action_server_token(settings, tmp_path / "action_server.key") == "configured-secret"
    assert not (tmp_path / "action_server.key").exists()


def test_without_one_both_servers_read_the_same_private_key_file(tmp_path):
    path = tmp_path / "var" / "action_server.key"

    rasa_side, action_side = action_server_token(Settings(), path), action_server_token(Settings(), path)

    assert rasa_side == action_side and len(rasa_side) >= 40
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "header, authorised",
    [
        ("Bearer s3cret-token", True),
        ("bearer s3cret-token", True),
        ("Bearer  s3cret-token ", True),
        (None, False),
        ("", False),
        ("Bearer", False),
        ("Bearer wrong", False),
        ("Bearer s3cret-token-and-more", False),
        ("Bearer s3cret-toke", False),
        ("Basic s3cret-token", False),
        ("s3cret-token", False),
        ("Bearer s3cret-tökén", False),
    ],
)
def test_only_the_token_itself_is_authorised(header, authorised):
    assert is_authorised(header, "s3cret-token") is authorised


def test_an_empty_token_authorises_nothing():
    assert not is_authorised("Bearer ", "")


def test_the_header_the_rasa_server_sends_is_authorised():
    (name, value), = auth_headers("s3cret-token").items()

    assert name == "Authorization" and is_authorised(value, "s3cret-token")


@pytest.mark.parametrize(
    "path, needed", [("/health", False), ("/health/", False), ("/webhook", True), ("/actions", True), ("/", True)]
)
def test_only_the_health_check_is_open(path, needed):
    assert needs_authorisation(path) is needed
