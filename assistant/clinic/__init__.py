"""The clinic's data, as plain functions taking a SQLAlchemy session (and
an aware `now` where time matters) and returning small frozen dataclasses.

    with session_scope(engine) as session:
        open_status(session, now, location="leeds")
        find_treatment(session, "hair meso")
        next_free_slots(session, now, location="york", limit=3)

One module per job: profile (the clinic), hours (+ calendar rules),
when (understanding "7pm Thursday"), locations, treatments, practitioners,
slots, booking, formatting, and loader (+ clinic_file) for the clinic file.
"""

from assistant.clinic.booking import (
    BookingForm,
    BookingRequestInfo,
    CancelledRequest,
    Checked,
    booking_requests_for,
    cancel_booking_request,
    screening_flags,
    submit_booking_request,
    validate_email,
    validate_name,
    validate_phone,
)
from assistant.clinic.calendar import DayHours, OpenStatus
from assistant.clinic.clinic_file import ClinicFile, parse_clinic_file, read_clinic_file
from assistant.clinic.hours import (
    NextOpening,
    WeeklyHours,
    hours_on,
    next_openings,
    open_status,
    special_days,
    weekly_hours,
)
from assistant.clinic.loader import LoadSummary, ensure_clinic, load_clinic, load_clinic_file
from assistant.clinic.locations import LocationInfo, find_location, get_location, list_locations
from assistant.clinic.practitioners import (
    DoctorCheck,
    PractitionerInfo,
    doctor_check,
    find_practitioner,
    list_practitioners,
)
from assistant.clinic.profile import ClinicInfo, get_clinic, has_clinic
from assistant.clinic.slot_rules import top_up_slots
from assistant.clinic.slots import SlotInfo, book_slot, get_slot, hold_slot, next_free_slots, release_slot
from assistant.clinic.treatments import (
    Package,
    TreatmentInfo,
    TreatmentMatch,
    find_treatment,
    get_treatment,
    list_treatments,
    package_for,
)
from assistant.clinic.values import Money, PriceRange, TimeRange
from assistant.clinic.when import When, WhenError, parse_when

__all__ = [
    "BookingForm",
    "BookingRequestInfo",
    "CancelledRequest",
    "Checked",
    "ClinicFile",
    "ClinicInfo",
    "DayHours",
    "DoctorCheck",
    "LoadSummary",
    "LocationInfo",
    "Money",
    "NextOpening",
    "OpenStatus",
    "Package",
    "PractitionerInfo",
    "PriceRange",
    "SlotInfo",
    "TimeRange",
    "TreatmentInfo",
    "TreatmentMatch",
    "WeeklyHours",
    "When",
    "WhenError",
    "book_slot",
    "booking_requests_for",
    "cancel_booking_request",
    "doctor_check",
    "ensure_clinic",
    "find_location",
    "find_practitioner",
    "find_treatment",
    "get_clinic",
    "get_location",
    "get_slot",
    "get_treatment",
    "has_clinic",
    "hold_slot",
    "hours_on",
    "list_locations",
    "list_practitioners",
    "list_treatments",
    "load_clinic",
    "load_clinic_file",
    "next_free_slots",
    "next_openings",
    "open_status",
    "package_for",
    "parse_clinic_file",
    "parse_when",
    "read_clinic_file",
    "release_slot",
    "screening_flags",
    "special_days",
    "submit_booking_request",
    "top_up_slots",
    "validate_email",
    "validate_name",
    "validate_phone",
    "weekly_hours",
]
