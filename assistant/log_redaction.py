"""Log lines without personal data: one redaction step for every log line a
server writes, through Python's logging or Rasa's structlog.

What is taken out, whatever the logger and the level:

- phone numbers: any run of at least nine digits with the usual spacing
  ("+", spaces, dashes, brackets), whatever the country, and shorter runs
  that the `phonenumbers` package calls a valid number for the clinic's
  country (from the JURISDICTION setting);
- email addresses;
- dates written with a day, a month and a year (dates of birth);
- the text of the message being handled: each server names it with
  `patient_text(...)` while it handles a turn (the Rasa channels: the
  patient's message; the action server: the latest message and the slots,
  the values a patient typed into forms), and it is replaced wherever it
  appears, e.g. "Failed to parse arguments in line '/<message>'";
- in Rasa's structured (structlog) lines, the values of the keys Rasa itself
  marks as user text (`user_text`, `text`, `slot_values`, ...), such as the
  warning `message.parsing.failed` that used to carry a message word for word.

    install(settings)          # once per process, after Rasa has set up its logging
    with patient_text(message.text):
        ...                    # anything logged here has the message taken out

Python logging is covered where records are made (`logging.setLogRecordFactory`),
so it holds for every logger and handler, including ones added later, and
`warnings` are routed through logging (Rasa reports some problems with the
message as warnings). structlog is covered by a processor put first in the
configured chain; Rasa's loggers keep a reference to that chain, so the
processor is inserted into it rather than configured anew.
"""

from __future__ import annotations

import json
import logging
import re
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Callable, Iterable, Iterator, MutableMapping, Tuple

import phonenumbers
import structlog

from assistant.settings import JURISDICTION_REGIONS, Settings

PHONE = "[phone]"
EMAIL = "[email]"
DATE = "[date]"
MESSAGE = "[message]"
REDACTED = "[redacted]"

# Rasa's own list of structlog keys that hold user text (rasa/utils/log_utils.py,
# `_anonymizer`), plus our own names for it.
TEXT_KEYS = frozenset(
    {
        "text", "response_text", "user_text", "slot_values", "parse_data_text", "parse_data_entities",
        "prediction_events", "tracker_latest_message", "prefilled_slots", "message", "response",
        "slot_candidates", "rasa_event", "rasa_events", "tracker_states", "current_states", "old_states",
        "successes", "current_entity", "next_entity", "states", "entity", "token_text", "user_message",
        "json_message", "slots", "value", "body",
    }
)

# Texts shorter than this are left in place: "yes", "no", "hi" are no one's data,
# and taking every "no" out of a log line would garble it.
MIN_PATIENT_TEXT_CHARS = 5

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = re.compile(
    r"\b(?:"
    r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})"  # 03/04/1990, 3.4.90
    r"|\d{4}-\d{1,2}-\d{1,2}"  # 1990-04-03
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+\d{{2,4}}"  # 3rd of April 1990
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # April 3, 1990
    r")\b",
    re.IGNORECASE,
)
# A run that may be a phone number: an optional "+", digits with spaces,
# dashes or brackets; not the decimals of a number (a confidence of 0.98765432).
_PHONE_LIKE = re.compile(r"(?<![\w+.])\+?\(?\d[\d \t()\-]{5,}\d(?!\w)")
# Runs this long are taken out whatever the country's numbering plan says
# (numbers written for another country, drama numbers the metadata calls invalid);
# shorter ones only if `phonenumbers` calls them valid for the clinic's country.
_PHONE_FALLBACK_MIN_DIGITS = 9
_PHONE_MIN_DIGITS = 7
_DIGITS = re.compile(r"\d")

_patient_texts: ContextVar[Tuple[str, ...]] = ContextVar("patient_texts", default=())


def phone_region(jurisdiction: str) -> str | None:
    """The phonenumbers region for a JURISDICTION setting ("UK" -> "GB"), or None."""
    name = jurisdiction.strip().upper()
    region = JURISDICTION_REGIONS.get(name, name)
    return region if region in phonenumbers.SUPPORTED_REGIONS else None


@contextmanager
def patient_text(*texts: Any) -> Iterator[None]:
    """Take these texts (and their quoted forms) out of every log line written
    inside the block, including in tasks and threads started from it."""
    token = _patient_texts.set(_quoted_forms((*_patient_texts.get(), *texts)))
    try:
        yield
    finally:
        _patient_texts.reset(token)


def replace_patient_text(*texts: Any) -> None:
    """Make these the texts taken out of log lines from here on in this
    context, replacing any named before: for request middleware, where one
    task may serve several requests in a row (a keep-alive connection)."""
    _patient_texts.set(_quoted_forms(texts))


class Redactor:
    """Takes personal data out of one piece of text (see the module docstring)."""

    def __init__(self, region: str | None = None) -> None:
        self.region = region

    def redact(self, text: str) -> str:
        for patient in _patient_texts.get():
            if patient in text:
                text = text.replace(patient, MESSAGE)
        text = _EMAIL.sub(EMAIL, text)
        text = _DATE.sub(DATE, text)
        return _PHONE_LIKE.sub(self._phone_or_not, text)

    def _phone_or_not(self, match: re.Match) -> str:
        # The matcher runs on the candidate alone: on a whole long line it costs milliseconds.
        candidate = match.group(0)
        digits = len(_DIGITS.findall(candidate))
        if digits >= _PHONE_FALLBACK_MIN_DIGITS:
            return PHONE
        if digits >= _PHONE_MIN_DIGITS and self.region:
            found = [(m.start, m.end) for m in phonenumbers.PhoneNumberMatcher(candidate, self.region)]
            for start, end in reversed(found):
                candidate = candidate[:start] + PHONE + candidate[end:]
        return candidate

    def redact_value(self, value: Any) -> Any:
        """Strings redacted inside any structure of dicts, lists and tuples."""
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, dict):
            return {key: self.redact_value(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.redact_value(item) for item in value)
        return value

    def structlog_processor(self, _logger: Any, _method: str, event_dict: MutableMapping[str, Any]) -> Any:
        """A structlog processor: user-text keys removed, everything else redacted."""
        for key, value in list(event_dict.items()):
            if key in TEXT_KEYS and value not in (None, "", [], {}):
                event_dict[key] = REDACTED
            else:
                event_dict[key] = self.redact_value(value)
        return event_dict


def redact_record(record: logging.LogRecord, redactor: Redactor) -> logging.LogRecord:
    """The record with its message (arguments merged in) and any traceback redacted."""
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: keep what logging would show, redacted
        message = f"{record.msg!r} {record.args!r}"
    record.msg = redactor.redact(message)
    record.args = ()
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redactor.redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redactor.redact(record.stack_info)
    return record


def _quoted_forms(texts: Iterable[Any]) -> Tuple[str, ...]:
    forms = set()
    for text in texts:
        if isinstance(text, str) and len(text.strip()) >= MIN_PATIENT_TEXT_CHARS:
            forms |= {text, json.dumps(text)[1:-1], repr(text)[1:-1]}
    # Longest first, so a text is replaced before any shorter text inside it.
    return tuple(sorted(forms, key=len, reverse=True))


class _RedactingRecordFactory:
    """Wraps the process's LogRecord factory; every record it makes is redacted."""

    def __init__(self, wrapped: Callable[..., logging.LogRecord], redactor: Redactor) -> None:
        self.wrapped = wrapped
        self.redactor = redactor

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        return redact_record(self.wrapped(*args, **kwargs), self.redactor)


def install(settings: Settings) -> Redactor:
    """Redact every log line this process writes from now on (Python logging,
    warnings and structlog). Safe to call more than once: the last call's
    settings win and nothing is wrapped twice."""
    redactor = Redactor(phone_region(settings.jurisdiction))
    factory = logging.getLogRecordFactory()
    if isinstance(factory, _RedactingRecordFactory):
        factory.redactor = redactor
    else:
        logging.setLogRecordFactory(_RedactingRecordFactory(factory, redactor))
    logging.captureWarnings(True)
    _install_structlog(redactor)
    return redactor


def _install_structlog(redactor: Redactor) -> None:
    processors = structlog.get_config()["processors"]
    ours = [p for p in processors if getattr(p, "__self__", None).__class__ is Redactor]
    if not isinstance(processors, list):
        structlog.configure(processors=[redactor.structlog_processor, *_without(processors, ours)])
        return
    # In place: loggers Rasa already used keep a reference to this very list.
    for processor in ours:
        processors.remove(processor)
    processors.insert(0, redactor.structlog_processor)


def _without(items: Iterable[Any], unwanted: Iterable[Any]) -> list:
    unwanted = list(unwanted)
    return [item for item in items if item not in unwanted]
