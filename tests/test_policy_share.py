"""bench/policy_share.py counts who chose each action in a tracker store's events."""

from __future__ import annotations

import json
import sqlite3

from bench.policy_share import policy_share


def _store(path, events):
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, type_name TEXT, data TEXT)")
        for sender, kind, data in events:
            db.execute(
                "INSERT INTO events (sender_id, type_name, data) VALUES (?, ?, ?)", (sender, kind, json.dumps(data))
            )


def test_counts_actions_per_policy_and_the_core_fallback(tmp_path):
    database = tmp_path / "tracker.db"
    _store(
        database,
        [
            ("a", "action", {"name": "action_session_start", "policy": None}),
            ("a", "user", {"text": "hi"}),
            ("a", "action", {"name": "utter_greet", "policy": "RulePolicy"}),
            ("a", "action", {"name": "action_listen", "policy": "RulePolicy"}),
            ("b", "action", {"name": "utter_safety_emergency", "policy": "SafetyFirstPolicy"}),
            ("b", "action", {"name": "action_default_fallback", "policy": "RulePolicy"}),
        ],
    )

    by_policy, fallbacks, conversations = policy_share(database)

    assert by_policy == {"RulePolicy": 2, "SafetyFirstPolicy": 1}
    assert fallbacks == {"RulePolicy": 1}
    assert conversations == 2
