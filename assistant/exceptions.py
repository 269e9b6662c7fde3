"""Errors raised by the assistant library.

AssistantError
 └── SettingsError   a setting is missing or malformed; the message says which and how to fix it
"""


class AssistantError(Exception):
    """Base class for every error the assistant library raises on purpose."""


class SettingsError(AssistantError):
    """The environment or .env holds a value the assistant cannot use."""
