"""'Delete my data': a thin adapter over assistant.privacy.

The rules (data/rules/privacy.yml) ask first; this runs once the patient
said yes. The conversation it erases is the one this call is for: the
channel only lets the browser holding the conversation's token speak in it,
so possession of the conversation is the proof of ownership.

The erasure runs here, in the action server, while Rasa holds its own lock
for this conversation (the turn is in progress). After the action, Rasa
saves the turn; the tracker store sees the erasure record and writes
nothing of it (assistant/privacy/conversation_lock.py), so the
conversation stays deleted and the reply below is the last thing the
patient sees of it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import names
from actions.common import UsesRuntime, send
from assistant.privacy import replies
from assistant.privacy.erasure import PATIENT, erase_conversation

logger = logging.getLogger(__name__)


class ActionDeleteMyData(UsesRuntime, Action):
    def name(self) -> str:
        return names.ACTION_DELETE_MY_DATA

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[EventType]:
        runtime = self.runtime
        settings = runtime.settings
        phone = self.clinic_phone(tracker)
        emergency = tracker.get_slot(names.SLOT_EMERGENCY_NUMBER) or settings.emergency_number

        def erase() -> Any:
            # Anything waiting in the outbox for this conversation is stored first, so it is erased too.
            runtime.deliver_outbox()
            return erase_conversation(
                runtime.privacy_stores(),
                tracker.sender_id,
                reason=PATIENT,
                now=runtime.now(),
                actor="patient",
                region=settings.phone_region,
            )

        try:
            outcome = await asyncio.to_thread(erase)
        except Exception:
            logger.exception("Erasing a conversation at the patient's request failed")
            send(dispatcher, replies.could_not_erase(phone).messages)
            return []
        logger.info("Conversation erased at the patient's request: %s", outcome.reference)
        send(dispatcher, replies.erased(outcome, phone, emergency).messages)
        dispatcher.utter_message(json_message=replies.clear_session_payload(outcome.reference))
        return []
