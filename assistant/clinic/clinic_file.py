"""Reading a clinic file (clinic/demo_clinic.yml or a clinic's own) into a
`ClinicFile`, reporting every error with its location.

`read_clinic_file(path)` either returns a complete `ClinicFile` or raises
`ClinicFileInvalid` listing all problems; it never returns half a clinic.
This module reads the clinic, locations, treatments and practitioners;
`file_calendar` reads closures, special hours and the consultation rota.
The file format is documented at the top of clinic/demo_clinic.yml.
"""

from __future__ import annotations

import re
from pathlib import Path as FilePath
from typing import Any, Dict, List, Tuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from assistant.clinic import file_calendar
from assistant.clinic import file_checks as check
from assistant.clinic.clinic_spec import (
    AREAS,
    ClinicFile,
    ClinicSpec,
    LocationSpec,
    PackageSpec,
    PractitionerSpec,
    TreatmentSpec,
)
from assistant.clinic.file_checks import Errors, Path
from assistant.clinic.values import WEEKDAY_KEYS
from assistant.exceptions import ClinicFileInvalid

__all__ = ["ClinicFile", "parse_clinic_file", "read_clinic_file"]

_REGISTRATION = re.compile(r"^([A-Za-z]{2,6})\s+([A-Za-z0-9-]{3,20})$")


def read_clinic_file(path: str | FilePath) -> ClinicFile:
    file = FilePath(path)
    try:
        content = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ClinicFileInvalid(str(file), [f"cannot read the file: {error}"]) from error
    return parse_clinic_file(content, source=str(file))


def parse_clinic_file(content: str, source: str = "<clinic file>") -> ClinicFile:
    data, lines, syntax_error = check.load_yaml(content)
    if syntax_error:
        raise ClinicFileInvalid(source, [syntax_error])
    errors = Errors(lines)
    top = check.section(
        data,
        (),
        errors,
        ["clinic", "locations", "practitioners", "treatments"],
        ["closures", "special_hours", "consultation_slots"],
    )
    if top is None:
        raise ClinicFileInvalid(source, errors.items)

    clinic = top.read("clinic", _clinic)
    # References are checked against every slug the file declares, so an
    # entry with a mistake elsewhere is reported once, not once per reference.
    declared = {key: _declared(top.raw(key)) for key in ("locations", "treatments", "practitioners")}
    locations = _unique(top.each("locations", _location, allow_empty=False), "locations", errors)
    currency = clinic.currency if clinic else "GBP"
    treatments = _unique(
        top.each("treatments", _treatment, currency, allow_empty=False), "treatments", errors
    )
    practitioners = _unique(
        top.each(
            "practitioners", _practitioner, declared["locations"], declared["treatments"], allow_empty=False
        ),
        "practitioners",
        errors,
    )
    closures = top.each("closures", file_calendar.closure, declared["locations"])
    special = top.each("special_hours", file_calendar.special_hours, declared["locations"])
    file_calendar.check_conflicts(closures, special, errors)
    rules = top.read(
        "consultation_slots", file_calendar.slot_rules, locations, practitioners, declared, default=[]
    )

    if errors.items or clinic is None:
        raise ClinicFileInvalid(source, errors.items)
    return ClinicFile(
        clinic=clinic,
        locations=tuple(locations),
        closures=tuple(c for c in closures if c),
        special_hours=tuple(s for s in special if s),
        practitioners=tuple(practitioners),
        treatments=tuple(treatments),
        slot_rules=tuple(rules),
    )


def _declared(entries: Any) -> List[str]:
    """Slugs the entries give, valid or not, without repeats."""
    entries = entries if isinstance(entries, list) else []
    slugs = [e.get("slug") for e in entries if isinstance(e, dict) and isinstance(e.get("slug"), str)]
    return list(dict.fromkeys(slugs))


def _unique(items: List[Any], section: str, errors: Errors) -> List[Any]:
    """Drop invalid entries (already reported) and report repeated slugs."""
    seen: Dict[str, int] = {}
    for index, item in enumerate(items):
        if item is None:
            continue
        if item.slug in seen:
            also = f"{section}[{seen[item.slug]}]"
            errors.add((section, index, "slug"), f"duplicate slug {item.slug!r} (also {also})")
        else:
            seen[item.slug] = index
    return [item for item in items if item is not None]


def _complete(values: Dict[str, Any], *optional: str) -> bool:
    """True when every required value was read without error."""
    return all(value is not None for key, value in values.items() if key not in optional)


def _slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "clinic"


def _time_zone(value: Any, path: Path, errors: Errors) -> str | None:
    name = check.text(value, path, errors, max_length=60)
    if name is None:
        return None
    try:
        ZoneInfo(name)
        return name
    except (ZoneInfoNotFoundError, ValueError):
        hint = check.did_you_mean(name, sorted(available_timezones()))
        errors.add(path, f"unknown time zone {name!r}{hint}; use an IANA name such as Europe/London")
        return None


def _clinic(value: Any, path: Path, errors: Errors) -> ClinicSpec | None:
    fields = check.section(
        value,
        path,
        errors,
        ["name", "phone", "urgent_contact", "emergency_number", "time_zone", "consultation_fee", "currency"]
        + ["booking_confirmation"],
        ["slug", "website", "booking_url"],
    )
    if fields is None:
        return None
    name = fields.read("name", check.text, 120)
    values = dict(
        name=name,
        slug=fields.read("slug", check.slug, default=_slugify(name or "")),
        phone=fields.read("phone", check.phone),
        urgent_contact=fields.read("urgent_contact", check.phone),
        emergency_number=fields.read("emergency_number", check.phone),
        time_zone=fields.read("time_zone", _time_zone),
        website=fields.read("website", check.url),
        booking_url=fields.read("booking_url", check.url),
        consultation_fee_minor=fields.read("consultation_fee", check.money),
        currency=fields.read("currency", check.currency),
        booking_confirmation=fields.read("booking_confirmation", check.text),
    )
    return ClinicSpec(**values) if _complete(values, "website", "booking_url") else None


def _location(value: Any, path: Path, errors: Errors) -> LocationSpec | None:
    fields = check.section(
        value,
        path,
        errors,
        ["slug", "name", "address", "phone", "hours"],
        ["aliases", "directions", "parking"],
    )
    if fields is None:
        return None
    hours = fields.read("hours", check.section, WEEKDAY_KEYS)
    weekly = tuple(hours.read(day, check.intervals) if hours else None for day in WEEKDAY_KEYS)
    values = dict(
        slug=fields.read("slug", check.slug),
        name=fields.read("name", check.text, 120),
        aliases=fields.read("aliases", check.text_list, default=()),
        address=fields.read("address", check.text, 500),
        phone=fields.read("phone", check.phone),
        directions=fields.read("directions", check.text, 2000),
        parking=fields.read("parking", check.text, 2000),
    )
    if not _complete(values, "directions", "parking") or None in weekly:
        return None
    return LocationSpec(weekly=weekly, **values)


def _treatment(value: Any, path: Path, errors: Errors, clinic_currency: str) -> TreatmentSpec | None:
    fields = check.section(
        value,
        path,
        errors,
        ["slug", "name", "area", "description", "session_minutes", "typical_course", "interval", "price"],
        ["synonyms", "currency", "packages"],
    )
    if fields is None:
        return None
    low, high = fields.read("price", _price, default=(None, None))
    packages = fields.each("packages", _package)
    sessions = [p.sessions for p in packages if p]
    if len(sessions) != len(set(sessions)):
        errors.add(fields.at("packages"), "two packages have the same number of sessions")
        packages.append(None)
    values = dict(
        slug=fields.read("slug", check.slug),
        name=fields.read("name", check.text, 120),
        area=fields.read("area", check.choice, AREAS, "area"),
        synonyms=fields.read("synonyms", check.text_list, default=()),
        description=fields.read("description", check.text, 2000),
        session_minutes=fields.read("session_minutes", check.whole_number, 5, 480),
        typical_course=fields.read("typical_course", check.text, 120),
        session_interval=fields.read("interval", check.text, 120),
        price_from_minor=low,
        price_to_minor=high,
        currency=fields.read("currency", check.currency, default=clinic_currency),
    )
    if not _complete(values) or None in packages:
        return None
    return TreatmentSpec(packages=tuple(packages), **values)


def _price(value: Any, path: Path, errors: Errors) -> Tuple[int | None, int | None]:
    """`price: 180` or `price: {from: 150, to: 200}` (per session)."""
    if not isinstance(value, dict):
        single = check.money(value, path, errors)
        return single, single
    fields = check.section(value, path, errors, ["from", "to"])
    if fields is None:
        return None, None
    low, high = fields.read("from", check.money), fields.read("to", check.money)
    if low is not None and high is not None and high < low:
        errors.add(path, f"'to' ({high / 100:g}) is less than 'from' ({low / 100:g})")
        return None, None
    return low, high


def _package(value: Any, path: Path, errors: Errors) -> PackageSpec | None:
    fields = check.section(value, path, errors, ["sessions", "price"], ["name"])
    if fields is None:
        return None
    sessions = fields.read("sessions", check.whole_number, 2, 50)
    price = fields.read("price", check.money)
    name = fields.read("name", check.text, 120, default=f"Course of {sessions} sessions")
    if sessions is None or price is None or name is None:
        return None
    return PackageSpec(name=name, sessions=sessions, price_minor=price)


def _references(
    value: Any, path: Path, errors: Errors, known: List[str], kind: str
) -> Tuple[str, ...] | None:
    """Slugs that must be declared in the file, or "all"."""
    if value == "all":
        return tuple(known)
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items):
        if item not in known:
            hint = check.did_you_mean(str(item), known) if isinstance(item, str) else ""
            where = path + (index,) if isinstance(value, list) else path
            errors.add(where, f"unknown {kind} {item!r}{hint}; known: {', '.join(known) or 'none'}")
            return None
    return tuple(items)


def _registration(value: Any, path: Path, errors: Errors) -> Tuple[str, str] | None:
    """ "GMC 1234567" as (regulator, number)."""
    text = check.text(value, path, errors, 60)
    match = _REGISTRATION.match(text or "")
    if text is not None and not match:
        errors.add(path, f"{text!r} should be a regulator and number, like 'GMC 1234567'")
    return (match.group(1), match.group(2)) if match else None


def _practitioner(
    value: Any, path: Path, errors: Errors, locations: List[str], treatments: List[str]
) -> PractitionerSpec | None:
    fields = check.section(
        value,
        path,
        errors,
        ["slug", "name", "role", "locations", "treatments"],
        ["qualifications", "registration", "bio"],
    )
    if fields is None:
        return None
    body, number = fields.read("registration", _registration) or (None, None)
    values = dict(
        slug=fields.read("slug", check.slug),
        name=fields.read("name", check.text, 120),
        role=fields.read("role", check.text, 120),
        qualifications=fields.read("qualifications", check.text, 300, default=""),
        bio=fields.read("bio", check.text, 2000, default=""),
        locations=fields.read("locations", _references, locations, "location"),
        treatments=fields.read("treatments", _references, treatments, "treatment"),
    )
    broken_registration = "registration" in fields and body is None
    if not _complete(values) or broken_registration:
        return None
    return PractitionerSpec(registration_body=body, registration_number=number, **values)
