"""Reading a clinic file: YAML with line numbers, and checked readers for
each kind of field. Readers record a located error and return None instead
of raising, so one pass reports every problem in the file.
"""

from __future__ import annotations

import difflib
import re
from datetime import date, time
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Dict, List, Mapping, Sequence, Tuple, Union

import yaml

from assistant.clinic.values import WEEKDAY_KEYS, WEEKDAYS, TimeRange, month_numbers

Path = Tuple[Union[str, int], ...]

_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{1,24}[0-9]$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_INTERVAL = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")
_MONTHS = month_numbers()
MAX_MONEY = 1_000_000  # major units: far above any treatment's price, and 100x that in pence fits an INTEGER


class _Loader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1's surprises for clinic data: "10:00" stays
    text (not 600 seconds), "0113" stays text (not octal 75), and dates stay
    text for `calendar_date` to check (PyYAML crashes on "2025-02-30")."""


_REPLACED_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp")
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _REPLACED_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789")
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float", re.compile(r"^[-+]?(?:[0-9][0-9_]*)?\.[0-9]+$"), list("-+.0123456789")
)


def _lines(node: yaml.Node, path: Path, out: Dict[Path, int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _lines(value, path + (str(key.value),), out)
            # Point at the key's line: for a block value, the value starts below it.
            out[path + (str(key.value),)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _lines(item, path + (index,), out)


def load_yaml(text: str) -> Tuple[Any, Dict[Path, int], str | None]:
    """(data, line of each path, syntax error or None)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}, None
        lines: Dict[Path, int] = {}
        _lines(node, (), lines)
        return loader.construct_document(node), lines, None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        return None, {}, f"{where}invalid YAML ({problem})"
    except (ValueError, TypeError) as error:  # a constructor refusing a value: report, don't crash
        return None, {}, f"invalid YAML value ({error})"
    finally:
        loader.dispose()


def format_path(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


class Errors:
    """Collects located errors: "locations[1].hours.thu (line 42): ..."."""

    def __init__(self, lines: Mapping[Path, int]) -> None:
        self.lines = lines
        self.items: List[str] = []

    def add(self, path: Path, message: str) -> None:
        probe = path
        while probe and probe not in self.lines:
            probe = probe[:-1]
        line = self.lines.get(probe)
        where = format_path(path) + (f" (line {line})" if line else "")
        self.items.append(f"{where}: {message}")


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def mapping(
    value: Any, path: Path, errors: Errors, required: Sequence[str], optional: Sequence[str] = ()
) -> Dict[str, Any] | None:
    """A mapping with exactly the known keys; unknown keys are typos."""
    if not isinstance(value, dict):
        errors.add(path, f"should be a mapping with {', '.join(required)}")
        return None
    known = list(required) + list(optional)
    for key in value:
        if str(key) not in known:
            errors.add(
                path + (str(key),),
                f"unknown key{did_you_mean(str(key), known)}; known keys: {', '.join(known)}",
            )
    for key in required:
        if key not in value or value[key] is None:
            errors.add(path + (key,), "is missing")
    return {str(k): v for k, v in value.items()}


Reader = Callable[..., Any]  # reader(value, path, errors, *args) -> checked value or None


class Section:
    """One mapping of the file, read field by field, each at its own path."""

    def __init__(self, fields: Dict[str, Any], path: Path, errors: Errors) -> None:
        self.fields, self.path, self.errors = fields, path, errors

    def __contains__(self, key: str) -> bool:
        return self.fields.get(key) is not None

    def raw(self, key: str) -> Any:
        return self.fields.get(key)

    def at(self, key: str) -> Path:
        return self.path + (key,)

    def read(self, key: str, reader: Reader, *args: Any, default: Any = None) -> Any:
        """The checked field; `default` when absent (missing required keys
        were already reported by `section`)."""
        if key not in self:
            return default
        return reader(self.fields[key], self.at(key), self.errors, *args)

    def each(self, key: str, reader: Reader, *args: Any, allow_empty: bool = True) -> List[Any]:
        """Each entry of a list field, checked at "key[i]"."""
        items = sequence(self.fields.get(key), self.at(key), self.errors, allow_empty)
        return [reader(item, self.at(key) + (i,), self.errors, *args) for i, item in enumerate(items)]


def section(
    value: Any, path: Path, errors: Errors, required: Sequence[str], optional: Sequence[str] = ()
) -> Section | None:
    fields = mapping(value, path, errors, required, optional)
    return None if fields is None else Section(fields, path, errors)


def sequence(value: Any, path: Path, errors: Errors, allow_empty: bool = False) -> List[Any]:
    if value is None and allow_empty:
        return []
    if not isinstance(value, list) or (not value and not allow_empty):
        errors.add(path, "should be a list" + ("" if allow_empty else " with at least one entry"))
        return []
    return value


def text(value: Any, path: Path, errors: Errors, max_length: int = 200) -> str | None:
    if value is None:
        return None  # `mapping` already reported a missing required key
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        errors.add(path, "should be some text")
        return None
    cleaned = value.strip()
    if len(cleaned) > max_length:
        errors.add(path, f"is {len(cleaned)} characters long; keep it under {max_length}")
        return None
    return cleaned


def choice(value: Any, path: Path, errors: Errors, choices: Sequence[str], kind: str) -> str | None:
    cleaned = text(value, path, errors, max_length=60)
    if cleaned is not None and cleaned not in choices:
        hint = did_you_mean(cleaned, choices)
        errors.add(path, f"unknown {kind} {cleaned!r}{hint}; use one of {', '.join(choices)}")
        return None
    return cleaned


def text_list(value: Any, path: Path, errors: Errors) -> Tuple[str, ...]:
    items = [text(item, path + (i,), errors) for i, item in enumerate(sequence(value, path, errors, True))]
    return tuple(item for item in items if item)


def slug(value: Any, path: Path, errors: Errors) -> str | None:
    cleaned = text(value, path, errors, max_length=60)
    if cleaned is not None and not _SLUG.match(cleaned):
        errors.add(
            path, f"{cleaned!r} should be lower-case letters, digits and dashes, like 'hair-mesotherapy'"
        )
        return None
    return cleaned


def phone(value: Any, path: Path, errors: Errors) -> str | None:
    cleaned = text(value, path, errors, max_length=30)
    if cleaned is not None and not _PHONE.match(cleaned):
        errors.add(path, f"{cleaned!r} is not a phone number (digits, spaces, '+', '-', brackets)")
        return None
    return cleaned


def url(value: Any, path: Path, errors: Errors) -> str | None:
    cleaned = text(value, path, errors, max_length=300)
    if cleaned is not None and not re.match(r"^https?://[^\s/$.?#].[^\s]*$", cleaned):
        errors.add(path, f"{cleaned!r} should be a web address starting with https://")
        return None
    return cleaned


def whole_number(value: Any, path: Path, errors: Errors, low: int, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        errors.add(path, f"should be a whole number from {low} to {high}, not {value!r}")
        return None
    return value


def money(value: Any, path: Path, errors: Errors) -> int | None:
    """An amount in major units (250, 49.50, "£30") as minor units (pence)."""
    if value is None:
        return None
    raw = value.strip().lstrip("£€$").replace(",", "") if isinstance(value, str) else value
    try:
        if isinstance(raw, bool):
            raise InvalidOperation
        amount = Decimal(str(raw))
    except InvalidOperation:
        errors.add(path, f"{value!r} is not an amount of money; write it like 250 or 49.50")
        return None
    if not amount.is_finite() or amount < 0:
        errors.add(path, f"{value!r} should be zero or more with at most two decimals")
        return None
    # Checked before quantize(), which cannot even represent amounts like 1e400,
    # and so the pence always fit the database's INTEGER column.
    if amount > MAX_MONEY:
        errors.add(path, f"{_short(value)} is more than {MAX_MONEY:,}; write the amount in pounds, like 250 or 49.50")
        return None
    if amount != amount.quantize(Decimal("0.01")):
        errors.add(path, f"{value!r} should be zero or more with at most two decimals")
        return None
    return int(amount * 100)


def _short(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def currency(value: Any, path: Path, errors: Errors) -> str | None:
    cleaned = text(value, path, errors)
    if cleaned is not None and not re.match(r"^[A-Z]{3}$", cleaned):
        errors.add(path, f"{cleaned!r} should be a three-letter currency code such as GBP")
        return None
    return cleaned


def interval(value: Any, path: Path, errors: Errors) -> TimeRange | None:
    match = _INTERVAL.match(value) if isinstance(value, str) else None
    if not match:
        errors.add(path, f"{value!r} should be opening hours like 09:00-18:00")
        return None
    oh, om, ch, cm = (int(g) for g in match.groups())
    if oh > 23 or om > 59 or ch > 23 or cm > 59:
        errors.add(path, f"{value!r} has a time that doesn't exist (use 00:00 to 23:59)")
        return None
    opens, closes = time(oh, om), time(ch, cm)
    if closes <= opens:
        word = "is the same as" if closes == opens else "is before"
        errors.add(path, f"closes {closes:%H:%M} {word} opens {opens:%H:%M}")
        return None
    return TimeRange(opens, closes)


def intervals(
    value: Any, path: Path, errors: Errors, allow_closed: bool = True
) -> Tuple[TimeRange, ...] | None:
    """ "closed", one interval, or a list of non-overlapping intervals."""
    if isinstance(value, str) and value.strip().lower() == "closed":
        if not allow_closed:
            errors.add(path, "can't be 'closed' here; list the day under closures instead")
            return None
        return ()
    raw = value if isinstance(value, list) else [value]
    if not raw:
        errors.add(path, "should list opening hours, or say closed")
        return None
    parsed = [interval(item, path if len(raw) == 1 else path + (i,), errors) for i, item in enumerate(raw)]
    if any(item is None for item in parsed):
        return None
    ordered = sorted((p for p in parsed if p), key=lambda r: r.opens)
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if later.opens < earlier.closes:
            errors.add(
                path,
                f"{earlier.opens:%H:%M}-{earlier.closes:%H:%M} overlaps "
                f"{later.opens:%H:%M}-{later.closes:%H:%M}",
            )
            return None
    return tuple(ordered)


_WEEKDAY_SPELLINGS = {
    **{key: index for index, key in enumerate(WEEKDAY_KEYS)},
    **{name.lower(): index for index, name in enumerate(WEEKDAYS)},
    "tues": 1, "thur": 3, "thurs": 3,
}  # fmt: skip


def weekday(value: Any, path: Path, errors: Errors) -> int | None:
    index = _WEEKDAY_SPELLINGS.get(value.strip().lower()) if isinstance(value, str) else None
    if index is None:
        errors.add(path, f"{value!r} is not a day; use {', '.join(WEEKDAY_KEYS)}")
    return index


def calendar_date(value: Any, path: Path, errors: Errors) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    errors.add(path, f"{value!r} should be a date like 2025-12-24")
    return None


def day_of_year(value: Any, path: Path, errors: Errors) -> Tuple[int, int] | None:
    """ "25 December" (every year) as (month, day); 29 February is refused
    because it doesn't come every year."""
    match = re.match(r"^\s*(\d{1,2})\s+([A-Za-z]+)\s*$", value) if isinstance(value, str) else None
    month = _MONTHS.get(match.group(2).lower()) if match else None
    if not match or month is None:
        errors.add(path, f"{value!r} should be a day and month like '25 December'")
        return None
    day = int(match.group(1))
    try:
        date(2023, month, day)  # a common year: 29 February doesn't repeat yearly
    except ValueError:
        errors.add(path, f"{value!r} is not a day that comes every year")
        return None
    return month, day
