"""Canary personal data sent through a real conversation never reaches the
servers' logs, even at DEBUG level, where Rasa writes out every message, slot
and tracker: a phone number, an email address, a date of birth, a name typed
into the callback form and the words of a message in button syntax."""

from __future__ import annotations

from pathlib import Path

from assistant.db.models import HandoffTicket
from tests.servers import Servers, servers_logging_everything  # noqa: F401  (fixture)

PHONE = "07911 123456"
NAME = "Zebedee Canarywood"
EMAIL = "zebedee.canarywood@example.org"
BIRTH_DATE = "14/07/1987"
WORDS = "is my canarybird booking still on for tuesday"


def logs(servers: Servers) -> str:
    return "\n".join(path.read_text(errors="replace") for path in sorted(Path(servers.log_dir).glob("*.log")))


def test_canary_personal_data_never_reaches_the_logs(servers_logging_everything: Servers):  # noqa: F811
    servers = servers_logging_everything
    sender = servers.new_conversation()

    servers.chat(sender, "can I talk to a real person please")
    servers.chat(sender, NAME)
    servers.chat(sender, PHONE)
    servers.chat(sender, f"also my email is {EMAIL} and I was born on {BIRTH_DATE}")
    servers.chat(sender, f"/{{{WORDS}")

    # The conversation really went through the action server (which needs the shared secret)...
    [ticket] = servers.rows_for(HandoffTicket, sender)
    assert (ticket.patient_name, ticket.patient_phone) == (NAME, PHONE)
    # ...and the servers really logged it at DEBUG level, without the data.
    written = logs(servers)
    assert sender in written and "[redacted]" in written
    for canary in (PHONE, PHONE.replace(" ", ""), NAME, "Canarywood", EMAIL, BIRTH_DATE, "canarybird"):
        assert canary not in written, f"{canary!r} is in the logs"
