"""Conversation ids and tokens, and which pages may open the chat."""

from __future__ import annotations

import stat

import pytest

from assistant.chat_access import ConversationTokens, bearer_token, conversation_tokens, origin_problem
from assistant.settings import Secret, Settings

ALLOWED = ("https://clinic.example", "http://localhost:8000")


def test_issued_ids_are_random_and_pass_with_their_own_token():
    tokens = ConversationTokens("a key")
    first, second = tokens.issue(), tokens.issue()

    assert first.conversation_id != second.conversation_id
    assert len(first.conversation_id) == 32 and first.conversation_id.isalnum()
    assert tokens.verify(first.conversation_id, first.token)
    assert not tokens.verify(first.conversation_id, second.token)
    assert not tokens.verify(second.conversation_id, first.token)


@pytest.mark.parametrize(
    "conversation_id, token",
    [
        (None, None),
        ("patient-42", "x"),
        ("07700900123", "x"),
        ("0" * 32, ""),
        ("0" * 32, None),
        ("0" * 32, 42),
        ("0" * 32, "é" * 43),
        ("0" * 32, "x" * 10_000),
        ("0" * 33, "x"),
        (["0" * 32], "x"),
    ],
)
def test_invented_ids_and_tokens_never_pass(conversation_id, token):
    assert not ConversationTokens("a key").verify(conversation_id, token)


def test_a_token_from_another_key_does_not_pass():
    issued = ConversationTokens("old key").issue()

    assert not ConversationTokens("new key").verify(issued.conversation_id, issued.token)


def test_the_configured_key_is_used_and_no_key_file_is_made(tmp_path):
    key_file = tmp_path / "chat.key"
    issued = ConversationTokens("configured").issue()

    tokens = conversation_tokens(Settings(chat_token_key=Secret("configured")), key_file)

    assert tokens.verify(issued.conversation_id, issued.token)
    assert not key_file.exists()


def test_without_a_configured_key_one_is_kept_readable_only_by_its_owner(tmp_path):
    key_file = tmp_path / "var" / "chat.key"
    issued = conversation_tokens(Settings(), key_file).issue()

    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    # Another process (a restart, a second Rasa worker) reads the same key.
    assert conversation_tokens(Settings(), key_file).verify(issued.conversation_id, issued.token)


@pytest.mark.parametrize(
    "header, token",
    [("Bearer abc", "abc"), ("bearer  abc ", "abc"), ("Basic abc", None), ("Bearer", None), ("", None), (None, None)],
)
def test_bearer_token(header, token):
    assert bearer_token(header) == token


@pytest.mark.parametrize(
    "origin, browser_only, refused",
    [
        ("https://clinic.example", True, False),
        ("http://localhost:8000/", True, False),
        ("https://evil.example", True, True),
        ("https://evil.example", False, True),
        ("https://clinic.example:8443", False, True),
        ("null", False, True),
        (None, True, True),
        ("", True, True),
        (None, False, False),
    ],
)
def test_origin_problem(origin, browser_only, refused):
    assert (origin_problem(origin, ALLOWED, browser_only=browser_only) is not None) == refused
