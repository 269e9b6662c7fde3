"""No personal data in log lines: phone numbers, emails, dates of birth and
the patient's own words, whether logged through Python logging, warnings or
Rasa's structlog."""

from __future__ import annotations

import asyncio
import logging
import warnings
from typing import Callable

import pytest
import structlog

from assistant import log_redaction
from assistant.log_redaction import Redactor, patient_text, phone_region, replace_patient_text
from assistant.settings import Settings

CANARY_PHONE = "07911 123456"
CANARY_EMAIL = "zebedee.canarywood@example.org"
CANARY_DOB = "14/07/1987"


@pytest.fixture
def redactor() -> Redactor:
    return Redactor("GB")


@pytest.mark.parametrize(
    "line, redacted",
    [
        ("call me on 07911 123456 please", "call me on [phone] please"),
        ("+44 7911 123456", "[phone]"),
        ("(0113) 496 0000 or 0113-496-0000", "[phone] or [phone]"),
        ("drama numbers 07700 900123 and 01632 960 123", "drama numbers [phone] and [phone]"),
        ("US +1 415 555 2671", "US [phone]"),
        ("mobile:07911123456.", "mobile:[phone]."),
        ("mail Jo.Bloggs+clinic@example.co.uk now", "mail [email] now"),
        ("born 14/07/1987, 14.7.87, 1987-07-14", "born [date], [date], [date]"),
        ("DOB 14th of July 1987 / July 14, 1987 / 14 Jul 1987", "DOB [date] / [date] / [date]"),
    ],
)
def test_personal_data_is_taken_out(redactor, line, redacted):
    assert redactor.redact(line) == redacted


@pytest.mark.parametrize(
    "line",
    [
        "The action server at http://127.0.0.1:5055/webhook did not answer within 4 s",
        "Handoff reconciliation: opened 3 ticket(s), 0 spooled",
        "POST /webhooks/rest/webhook 200 took 123.45 ms",
        "conversation test-0a1b2c3d4e5f6071 ticket 42 at 21:34:38",
        "Calls to the action server are bounded to 4 s.",
        '{"parse_data_intent": {"name": "faq", "confidence": 0.9876543210987654}}',
    ],
)
def test_operational_lines_are_left_alone(redactor, line):
    assert redactor.redact(line) == line


@pytest.mark.parametrize("jurisdiction, region", [("UK", "GB"), ("gb", "GB"), ("FR", "FR"), ("Atlantis", None)])
def test_the_phone_region_comes_from_the_jurisdiction(jurisdiction, region):
    assert phone_region(jurisdiction) == region


def test_a_french_clinic_finds_french_numbers_written_the_french_way():
    assert Redactor("FR").redact("appelez le 01 42 68 53 00") == "appelez le [phone]"


def test_a_short_number_is_taken_out_where_it_is_a_valid_number_of_the_clinics_country():
    assert Redactor("DK").redact("ring 32 12 34 56 nu") == "ring [phone] nu"
    assert Redactor("GB").redact("ring 32 12 34 56 nu") == "ring 32 12 34 56 nu"


def test_the_patients_words_are_taken_out_while_their_message_is_handled(redactor):
    said = "I think I'm pregnant, is that a problem?"
    line = f"Failed to parse arguments in line '/{said}'"

    with patient_text(said, "no"):
        inside = redactor.redact(line)
        quoted = redactor.redact(f"text={said!r} json=\"I think I'm pregnant, is that a problem?\"")
    after = redactor.redact(line)

    assert inside == "Failed to parse arguments in line '/[message]'"
    assert said not in quoted
    assert after == line  # only while that message is handled


def test_the_patients_words_are_known_in_threads_started_while_handling_it(redactor):
    async def handle() -> str:
        with patient_text("my lips are numb and swollen"):
            return await asyncio.to_thread(redactor.redact, "action saw 'my lips are numb and swollen'")

    assert asyncio.run(handle()) == "action saw '[message]'"


def test_replacing_the_patients_words_forgets_the_previous_request(redactor):
    async def two_requests_on_one_connection() -> tuple:
        replace_patient_text("first patient wrote this")
        first = redactor.redact("first patient wrote this")
        replace_patient_text("second patient wrote that")
        return first, redactor.redact("first patient wrote this / second patient wrote that")

    assert asyncio.run(two_requests_on_one_connection()) == ("[message]", "first patient wrote this / [message]")


@pytest.fixture
def installed() -> Callable[[Settings], Redactor]:
    """Installs the redaction for one test (tests/conftest.py puts logging back afterwards)."""
    return log_redaction.install


def test_python_logging_is_redacted_for_every_logger_and_traceback(installed, caplog):
    installed(Settings())
    logger = logging.getLogger("any.module.at.all")

    with caplog.at_level(logging.INFO):
        logger.info("Contact details %s / %s, born %s", CANARY_PHONE, CANARY_EMAIL, CANARY_DOB)
        try:
            raise ValueError(f"could not store {CANARY_EMAIL}")
        except ValueError:
            logger.exception("Storing the contact failed")

    assert "Contact details [phone] / [email], born [date]" in caplog.text
    assert "Storing the contact failed" in caplog.text and "ValueError: could not store [email]" in caplog.text
    for canary in (CANARY_PHONE, CANARY_EMAIL, CANARY_DOB):
        assert canary not in caplog.text


def test_warnings_go_through_the_redaction(installed, caplog):
    installed(Settings())

    with caplog.at_level(logging.WARNING), patient_text("/{my throat feels tight"):
        warnings.warn("Failed to parse arguments in line '/{my throat feels tight'", UserWarning, stacklevel=1)

    assert "Failed to parse arguments in line '[message]'" in caplog.text
    assert "throat" not in caplog.text


def test_a_message_rasa_cannot_read_as_intent_syntax_is_no_longer_logged_word_for_word(installed, caplog):
    """Issue 13: Rasa logged such a message, symptoms and all, in its
    structlog warning `message.parsing.failed`."""
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
    from rasa.shared.nlu.training_data.message import Message
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.INFO)  # as `rasa run` sets it up, before the channels load
    installed(Settings())
    text = f"/{{my lips are swollen since the filler, call {CANARY_PHONE}"

    with caplog.at_level(logging.INFO):
        YAMLStoryReader.unpack_regex_message(Message({"text": text}), domain=None)

    assert "message.parsing.failed" in caplog.text
    assert "swollen" not in caplog.text and CANARY_PHONE not in caplog.text


def test_structlog_values_are_redacted_and_user_text_keys_removed(redactor):
    event = redactor.structlog_processor(
        None, "info", {"event": "processor.message", "user_text": "I'm 14 weeks pregnant", "note": CANARY_EMAIL,
                       "slot_values": {"booking_name": "Zebedee"}, "count": 3},
    )

    assert event == {"event": "processor.message", "user_text": "[redacted]", "note": "[email]",
                     "slot_values": "[redacted]", "count": 3}


def test_installing_twice_wraps_nothing_twice(installed):
    installed(Settings())
    factory = logging.getLogRecordFactory()

    installed(Settings(jurisdiction="FR"))

    assert logging.getLogRecordFactory() is factory
    assert factory.redactor.region == "FR"
    processors = structlog.get_config()["processors"]
    assert sum(getattr(p, "__self__", None).__class__ is Redactor for p in processors) == 1
