"""A booking request's reference as people say it: the one form the patient
is told ("reference D2D1278C"), the console shows and staff search for.

    patient_reference("d2d1278c9f0e4b...")   -> "D2D1278C"

The stored reference (BookingRequest.reference) is longer: it makes storing
idempotent and must be unique, so it is never shortened in the database.
Eight hex characters keep it easy to read out on the phone; a search for
them finds the request (its stored reference starts with them, matched
without regard to case).
"""

from __future__ import annotations

SHOWN_LENGTH = 8


def patient_reference(reference: str) -> str:
    """The reference the patient is given and staff see."""
    return (reference or "")[:SHOWN_LENGTH].upper()
