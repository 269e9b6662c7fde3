"""Errors raised by assistant.notifications.

AssistantError (assistant.exceptions)
 └── NotificationError         something about alerting the clinic to an urgent ticket
      └── DeliveryFailed       one attempt to send an alert failed; the notifier logs it and retries
           └── ChannelNotConfigured  a pending alert's channel is no longer set up; set its settings again
"""

from __future__ import annotations

from assistant.exceptions import AssistantError


class NotificationError(AssistantError):
    """Base class for notification errors."""


class DeliveryFailed(NotificationError):
    """One delivery attempt failed. The message is safe to log and store:
    it never holds a password, a webhook address or patient text."""


class ChannelNotConfigured(DeliveryFailed):
    def __init__(self, channel: str) -> None:
        how = {
            "email": "set NOTIFY_EMAIL_TO and SMTP_HOST",
            "webhook": "set NOTIFY_WEBHOOK_URL",
        }.get(channel, "check the notification settings")
        super().__init__(f"the {channel} channel is not configured any more ({how})")
