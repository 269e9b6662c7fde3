"""What the patient reads when staff join and when the assistant takes the conversation back."""

from __future__ import annotations

from assistant.settings import Settings
from assistant.takeover.state import StaffMember


def joined(staff: StaffMember) -> str:
    return f"{staff.label} has joined the chat. You're now talking to a person at the clinic."


def handed_back(staff: StaffMember) -> str:
    return f"{staff.name} has left the chat. You're talking to the clinic's assistant again: you can keep asking me."


def auto_handed_back(staff: StaffMember, settings: Settings) -> str:
    """After the console went quiet: what happens next, and the phone number."""
    return (
        f"{staff.name} has been disconnected from the chat. The clinic has your conversation and will follow it up. "
        f"You're talking to the clinic's assistant again: you can keep asking me, or call {settings.clinic_name} "
        f"on {settings.clinic_phone}. If you feel very unwell, call {settings.emergency_number} now."
    )
