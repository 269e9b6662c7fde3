"""The checked, plain-data form of a clinic file: what `read_clinic_file`
returns and `load_clinic` writes. Frozen, comparable with `==`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple

from assistant.clinic.calendar import DateRule
from assistant.clinic.values import TimeRange

# Treatment areas the assistant knows how to talk about.
AREAS = ("face", "hair", "body", "acne-scars", "needle-free")
# UK professional regulators and what registration with them means.
REGULATORS = {
    "GMC": "doctor",
    "NMC": "nurse",
    "GDC": "dentist",
    "GPhC": "pharmacist",
    "HCPC": "health professional",
}


@dataclass(frozen=True)
class ClinicSpec:
    slug: str
    name: str
    phone: str
    urgent_contact: str
    emergency_number: str
    time_zone: str
    website: str | None
    booking_url: str | None
    consultation_fee_minor: int
    currency: str
    booking_confirmation: str


@dataclass(frozen=True)
class LocationSpec:
    slug: str
    name: str
    aliases: Tuple[str, ...]
    address: str
    phone: str
    directions: str | None
    parking: str | None
    weekly: Tuple[Tuple[TimeRange, ...], ...]  # Monday first


@dataclass(frozen=True)
class ClosureSpec:
    rule: DateRule
    locations: Tuple[str, ...]  # empty: the whole clinic


@dataclass(frozen=True)
class SpecialHoursSpec:
    rule: DateRule  # a single day
    intervals: Tuple[TimeRange, ...]
    locations: Tuple[str, ...]


@dataclass(frozen=True)
class PractitionerSpec:
    slug: str
    name: str
    role: str
    qualifications: str
    registration_body: str | None
    registration_number: str | None
    bio: str
    locations: Tuple[str, ...]
    treatments: Tuple[str, ...]


@dataclass(frozen=True)
class PackageSpec:
    name: str
    sessions: int
    price_minor: int


@dataclass(frozen=True)
class TreatmentSpec:
    slug: str
    name: str
    area: str
    synonyms: Tuple[str, ...]
    description: str
    session_minutes: int
    typical_course: str
    session_interval: str
    price_from_minor: int
    price_to_minor: int
    currency: str
    packages: Tuple[PackageSpec, ...]


@dataclass(frozen=True)
class SlotRuleSpec:
    practitioner: str
    location: str
    weekdays: Tuple[int, ...]
    every_minutes: int
    duration_minutes: int
    days_ahead: int


@dataclass(frozen=True)
class ClinicFile:
    clinic: ClinicSpec
    locations: Tuple[LocationSpec, ...]
    closures: Tuple[ClosureSpec, ...]
    special_hours: Tuple[SpecialHoursSpec, ...]
    practitioners: Tuple[PractitionerSpec, ...]
    treatments: Tuple[TreatmentSpec, ...]
    slot_rules: Tuple[SlotRuleSpec, ...]
