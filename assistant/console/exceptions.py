"""Errors raised by the staff console's services.

AssistantError (assistant.exceptions)
 └── ConsoleError            something a member of staff asked for cannot be done
      ├── AccountError        a staff account cannot be created or changed; the message says why
      │    └── WrongPassword  the current password given to change it is not right
      ├── NotPermitted        the signed-in role may not do this (views answer 403)
      ├── BookingNotFound     no booking request with that id (views answer 404)
      └── BookingStateError   the booking request is no longer in a state that allows this; the message says why
"""

from __future__ import annotations

from assistant.exceptions import AssistantError


class ConsoleError(AssistantError):
    """Base class for staff console errors."""


class AccountError(ConsoleError):
    """A staff account cannot be created or changed (duplicate name, weak password...)."""


class WrongPassword(AccountError):
    """The current password given (to change it) does not match; counted like a failed sign-in."""


class NotPermitted(ConsoleError):
    """The role matrix (permissions.py) does not allow this."""


class BookingNotFound(ConsoleError):
    """No booking request with this id."""


class BookingStateError(ConsoleError):
    """The booking request was already confirmed or cancelled (perhaps by someone else a moment ago)."""
