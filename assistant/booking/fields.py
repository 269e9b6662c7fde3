"""The booking form's fields, in the order they are asked. The names are
the Rasa slot names too (domain/booking.yml), so the form, the actions and
the domain share one vocabulary; tests/actions check they stay in step."""

from __future__ import annotations

from assistant.booking.screening import QUESTIONS

TREATMENT = "booking_treatment"  # treatment slug, or UNDECIDED
LOCATION = "booking_location"  # location slug, or ANY_LOCATION
WHEN = "booking_when"  # the chosen time or preference, as shown to the patient
NAME = "booking_name"
CONTACT = "booking_contact"  # phone number or email address
# Explicit agreement to store the health answers, asked before the first
# screening question: AGREED, or DECLINED (then nothing is stored; see
# assistant/booking/screening.py).
HEALTH_CONSENT = "booking_health_consent"
SCREENING = tuple(question.slot for question in QUESTIONS)

# Asked in this order; the form is complete when all are filled.
FIELDS = (TREATMENT, LOCATION, WHEN, NAME, CONTACT, HEALTH_CONSENT, *SCREENING)

# Details the form keeps alongside the fields.
SLOT_ID = "booking_slot_id"  # the consultation slot picked (string id)
SLOT_STARTS_AT = "booking_slot_starts_at"  # its start, ISO 8601
PREFERRED_TIME = "booking_preferred_time"  # the patient's own words: "friday afternoon"
PRACTITIONER = "booking_practitioner"  # slug, from "book me in with Dr Hart"
DAY = "booking_day"  # ISO date, from "can I book for next Tuesday"
REFERENCE = "booking_reference"  # makes storing idempotent (BookingForm.reference)
PROMISE = "booking_promise"  # the clinic's "within one working day", read at the start

DETAILS = (SLOT_ID, SLOT_STARTS_AT, PREFERRED_TIME, PRACTITIONER, DAY, REFERENCE, PROMISE)
# Everything the form remembers: cleared once the request is stored.
ALL = FIELDS + DETAILS

# Set when a screening answer stopped the form for a clinician's review
# (a featurized slot: the rules send the review reply and open the handoff),
# with the reply's wording family (the safety_family slot, domain/safety.yml).
STOPPED_FOR_REVIEW = "booking_stopped_for_review"
SAFETY_FAMILY = "safety_family"

AGREED, DECLINED = "agreed", "declined"
# What the screening fields hold when the patient declined: never asked.
NOT_ASKED = "not asked"

UNDECIDED = "undecided"
ANY_LOCATION = "any"
