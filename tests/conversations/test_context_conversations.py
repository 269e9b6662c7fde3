"""The conversation's context over the REST webhook, against running Rasa and action
servers: the clinic names mentioned, the latest question and the treatment date given are
slots in the stored tracker, turn by turn; small talk keeps them."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from typing import Dict, List

import pytest

from tests.servers import Servers

pytestmark = pytest.mark.servers


def slots_after_each_message(servers: Servers, sender: str) -> List[Dict[str, object]]:
    """The tracker's slot values after each patient turn, as stored (the events replayed)."""
    with sqlite3.connect(servers.database) as db:
        rows = db.execute("SELECT type_name, data FROM events WHERE sender_id = ? ORDER BY id", (sender,)).fetchall()
    slots: Dict[str, object] = {}
    turns: List[Dict[str, object]] = []
    for kind, data in rows:
        event = json.loads(data)
        if kind == "user":
            turns.append({})
        if kind == "slot":
            slots[event["name"]] = event["value"]
        if turns:
            turns[-1] = dict(slots)
    return turns


def test_names_topic_and_treatment_date_are_kept_across_turns(servers: Servers):
    sender = servers.new_conversation()
    servers.chat(sender, "how much is hair mesotherapy at york")
    servers.chat(sender, "thanks")
    servers.chat(sender, "i had it done 3 days ago, can i go swimming yet?")

    price, thanks, swimming = slots_after_each_message(servers, sender)
    assert price["treatment"] == "hair-mesotherapy"
    assert price["clinic_location"] == "york"
    assert price["current_topic"] == "ask_price"
    assert thanks["current_topic"] == "ask_price"  # small talk keeps the topic
    assert thanks.get("treated_on") is None
    treated = (datetime.now(timezone.utc) - timedelta(days=3)).date()
    # the server's clock may cross midnight between the message and this line
    assert swimming["treated_on"] in {treated.isoformat(), (treated - timedelta(days=1)).isoformat()}
    assert swimming["current_topic"].startswith("faq/")
    assert swimming["treatment"] == "hair-mesotherapy"  # not mentioned again: kept
