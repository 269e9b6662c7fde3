"""Errors raised by the assistant library.

AssistantError
 ├── SettingsError            a setting is missing or malformed; the message says which and how to fix it
 ├── DatabaseUnavailable      the database could not be reached or used; names the (password-free) URL
 ├── HandoffError             a handoff ticket (assistant/handoff/exceptions.py: not found, claimed...)
 └── ClinicError              something about the clinic data
      ├── ClinicNotLoaded     the database holds no clinic yet; run `python -m assistant.cli load-clinic`
      ├── ClinicFileInvalid   the clinic file has errors; `.errors` lists every one with its location
      ├── NotFound            a location, treatment or practitioner slug the database does not know
      │    ├── UnknownLocation
      │    ├── UnknownTreatment
      │    └── UnknownPractitioner
      ├── SlotUnavailable     a consultation slot cannot be held or booked (started already, ...)
      │    ├── SlotTaken      someone else holds or booked it first
      │    └── SlotNotFound   no slot with that id (e.g. removed by a reload)
      ├── BookingRequestInvalid  patient input failed validation; `.errors` maps field -> polite message
      ├── BookingRequestNotFound no booking request with that id (in that conversation)
      └── BookingRequestClosed   the request is no longer `requested`; `.status` says what it is now
"""

from __future__ import annotations

from typing import Mapping, Sequence


class AssistantError(Exception):
    """Base class for every error the assistant library raises on purpose."""


class SettingsError(AssistantError):
    """The environment or .env holds a value the assistant cannot use."""


class DatabaseUnavailable(AssistantError):
    """The database is down, unreachable or refused the connection.

    Callers facing patients catch this and give the clinic's phone number."""


class ClinicError(AssistantError):
    """Base class for errors about the clinic data."""


class ClinicNotLoaded(ClinicError):
    def __init__(self) -> None:
        super().__init__(
            "The database holds no clinic yet. Load one with "
            "`python -m assistant.cli load-clinic [clinic/demo_clinic.yml]` "
            "(or `ensure-demo` for the demo clinic)."
        )


class ClinicFileInvalid(ClinicError):
    """Every problem found in a clinic file, each prefixed with its location."""

    def __init__(self, source: str, errors: Sequence[str]) -> None:
        self.source = source
        self.errors = list(errors)
        listing = "\n  ".join(self.errors)
        super().__init__(
            f"{source} has {len(self.errors)} error(s); nothing was loaded. "
            f"Fix them and load again:\n  {listing}"
        )


class NotFound(ClinicError):
    kind = "item"

    def __init__(self, slug: str, known: Sequence[str]) -> None:
        self.slug = slug
        self.known = list(known)
        super().__init__(f"No {self.kind} {slug!r}; known {self.kind}s: {', '.join(self.known) or 'none'}")


class UnknownLocation(NotFound):
    kind = "location"


class UnknownTreatment(NotFound):
    kind = "treatment"


class UnknownPractitioner(NotFound):
    kind = "practitioner"


class SlotUnavailable(ClinicError):
    """The slot cannot be held or booked; offer the next free slots instead."""


class SlotTaken(SlotUnavailable):
    pass


class SlotNotFound(SlotUnavailable):
    pass


class BookingRequestInvalid(ClinicError):
    """Patient input that cannot be stored; ask again for each field in `.errors`."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {message}" for field, message in self.errors.items()))


class BookingRequestNotFound(ClinicError):
    """No booking request with this id (or none in the conversation asking)."""

    def __init__(self, request_id: object) -> None:
        self.request_id = request_id
        super().__init__(f"There is no booking request {request_id!r} here.")


class BookingRequestClosed(ClinicError):
    """The request was confirmed or cancelled already (perhaps a moment ago, by someone else)."""

    def __init__(self, status: str) -> None:
        self.status = status
        super().__init__(f"This booking request is already {status}; nothing was changed.")
