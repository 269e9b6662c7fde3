"""Live takeover on the Rasa server: the console's internal route and the patient's paused turn.

The logic (who holds a conversation, notices, heartbeats, request checks)
is in assistant/takeover; this adapter does what needs Rasa and the socket:

- `POST /webhooks/socketio/takeover/<step>` (start, line, typing, heartbeat,
  end), on the socket.io channel's blueprint because this process holds the
  patient's socket; only with ``Authorization: Bearer <TAKEOVER_TOKEN>``.
  Each step runs under the conversation's lock (Rasa's lock store), appends
  its events to the tracker (ConversationPaused + the "has joined" notice,
  a staff line, the hand-back notice + ConversationResumed) and emits the
  same lines to the conversation's socket.io room.
- `wrap`: a patient message in a conversation staff hold never reaches
  Rasa's `handle_message`. It is parsed (the safety screen reads it) and
  logged on the tracker fetched *without* a session update, and nothing is
  predicted. That is deliberate: Rasa 3.6 ends a pause when a new session
  starts (SessionStarted resets it) and lets a `/restart` intent through a
  pause; here neither can happen while staff hold the conversation, and
  the tracker stays paused, so any other path into Rasa is silenced by the
  engine too.
- An emergency-level message is the exception: the pause is lifted for
  that message only (ConversationResumed, Rasa's own prediction loop, which
  sends the emergency reply and banner from the domain and runs the action
  that raises the ticket, then ConversationPaused again).
- A takeover whose console stopped sending heartbeats is handed back by a
  background task, with a notice telling the patient what happens next.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
import uuid
import weakref
from typing import Any, Awaitable, Callable, Dict, List

from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import BotUttered, ConversationPaused, ConversationResumed, Event
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from assistant.action_server_auth import is_authorised
from assistant.settings import Settings, load_settings
from assistant.takeover import notices
from assistant.takeover.heartbeats import heartbeat_book
from assistant.takeover.requests import BadTakeoverRequest, TakeoverRequest, parse
from assistant.takeover.secret import takeover_token
from assistant.takeover.state import (
    AUTO_HANDED_BACK,
    HANDED_BACK,
    JOINED,
    STAFF_LINE,
    StaffMember,
    has_line,
    holder,
    marker_metadata,
)

logger = logging.getLogger(__name__)

EMERGENCY = "emergency"
SAFETY_KEY = "safety"  # rasa_addons.safety_screen.SAFETY_KEY
TYPING_EVENT = "staff_typing"
LOCK_POLL_SECONDS = 0.05
# How often the watcher looks for takeovers whose console went quiet (at most).
WATCH_EVERY_SECONDS = 5.0


def _event_dicts(tracker: Any) -> List[Dict[str, Any]]:
    return [event.as_dict() for event in tracker.events]


def _is_emergency(tracker: Any) -> bool:
    latest = tracker.latest_message
    safety = (latest.parse_data or {}).get(SAFETY_KEY) if latest is not None else None
    return isinstance(safety, dict) and safety.get("urgency") == EMERGENCY


class TakeoverDesk:
    """One per Rasa server process (see `desk()`), shared by its chat channels."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._token: str | None = None  # read at the first call: a server nobody calls writes no key file
        self._heartbeats = heartbeat_book(settings.takeover_heartbeat_seconds, str(settings.redis_url))
        self._app: Sanic | None = None
        self._sio: AsyncServer | None = None
        self._namespace: str | None = None
        self._bot_event = "bot_uttered"
        self._silent: weakref.WeakSet[UserMessage] = weakref.WeakSet()
        self._watcher: asyncio.Task | None = None

    # --- the patient's side -------------------------------------------------

    def wrap(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[None]]:
        """A channel's handler that keeps staff-held conversations away from Rasa's predictions."""

        async def handle(message: UserMessage) -> None:
            if await self._patient_turn_in_takeover(message):
                self._silent.add(message)
                return
            await on_new_message(message)

        return handle

    def silenced(self, message: UserMessage) -> bool:
        """Whether staff held this message's conversation, so no reply is expected
        (the channel's "no reply: send the phone number" guard must not fire)."""
        return message in self._silent

    async def _patient_turn_in_takeover(self, message: UserMessage) -> bool:
        agent = self._agent()
        if agent is None or not message.sender_id:
            return False
        # Short polls, as the payload gate's: the lock store's default waits a second between tries.
        async with agent.lock_store.lock(message.sender_id, wait_time_in_seconds=LOCK_POLL_SECONDS):
            processor = agent.processor
            tracker = await processor.get_tracker(message.sender_id)  # no session start: staff hold the session
            staff = holder(_event_dicts(tracker))
            if staff is None:
                return False
            now = time.time()
            self._heartbeats.seen(message.sender_id, now)
            if self._heartbeats.is_stale(message.sender_id, now):
                await self._hand_back(tracker, staff, automatic=True)
                return False  # the assistant answers this message
            if not tracker.is_paused():
                tracker.update(ConversationPaused())
            await processor._handle_message_with_tracker(message, tracker)  # parse (safety screen) and log
            if _is_emergency(tracker):
                await self._emergency_passage(processor, message, tracker)
            await processor.save_tracker(tracker)
        return True

    async def _emergency_passage(self, processor: Any, message: UserMessage, tracker: Any) -> None:
        """Rasa's own safety chain for this one message: the emergency reply and
        banner (domain responses, no action server) and the ticket raised."""
        logger.warning("An emergency-level message during a takeover: the safety reply goes out.")
        tracker.update(ConversationResumed())
        try:
            await processor.run_action_extract_slots(message.output_channel, tracker)  # updates it in place
            await processor._run_prediction_loop(message.output_channel, tracker)
        finally:
            tracker.update(ConversationPaused())

    # --- the console's side -------------------------------------------------

    def attach(self, blueprint: Blueprint, sio: AsyncServer, namespace: str | None, bot_event: str) -> None:
        """Add the internal route to the socket.io channel's blueprint and start the heartbeat watcher."""
        self._sio, self._namespace, self._bot_event = sio, namespace, bot_event

        @blueprint.listener("after_server_start")
        async def remember_app(app: Sanic, _loop: Any) -> None:
            self._app = app
            if self._watcher is None:
                self._watcher = asyncio.get_running_loop().create_task(self._watch())

        @blueprint.listener("before_server_stop")
        async def stop_watching(_app: Sanic, _loop: Any) -> None:
            if self._watcher is not None:
                self._watcher.cancel()
                self._watcher = None

        @blueprint.route("/takeover/<step>", methods=["POST"])
        async def takeover(request: Request, step: str) -> HTTPResponse:
            if self._token is None:
                self._token = takeover_token(self._settings)
            if not is_authorised(request.headers.get("authorization"), self._token):
                logger.warning("A takeover call without the takeover secret was refused.")
                return response.json({"error": "Not authorised."}, status=401)
            try:
                parsed = parse(step, request.json)
            except BadTakeoverRequest as error:
                return response.json({"error": str(error)}, status=400)
            except Exception:
                return response.json({"error": "The body must be JSON."}, status=400)
            agent = self._agent()
            if agent is None:
                return response.json({"error": "The assistant is still starting."}, status=503)
            async with agent.lock_store.lock(parsed.conversation_id):
                status, body = await self._step(agent, parsed)
            return response.json(body, status=status)

    async def _step(self, agent: Any, request: TakeoverRequest) -> tuple:
        tracker = await agent.processor.get_tracker(request.conversation_id)
        if not tracker.events:
            return 404, {"error": "No such conversation."}
        events = _event_dicts(tracker)
        current = holder(events)
        me = request.staff
        if request.step == "start":
            if current is not None:
                if current.staff_id == me.staff_id:
                    self._heartbeats.beat(request.conversation_id, time.time())
                    return 200, {"status": "held", "holder": current.as_dict()}
                busy = f"{current.label} is already talking to this patient."
                return 409, {"error": busy, "holder": current.as_dict()}
            text = notices.joined(me)
            await self._append(agent, tracker, [ConversationPaused(), self._line(text, JOINED, me)])
            await self._emit_notice(request.conversation_id, text, JOINED, me)
            self._heartbeats.beat(request.conversation_id, time.time())
            logger.info("A member of staff took over a conversation.")
            return 200, {"status": "held", "holder": me.as_dict()}
        if current is None or current.staff_id != me.staff_id:
            if request.step == "end" and current is None:
                return 200, {"status": "assistant"}
            return 409, {"error": "You are not talking to this patient (the conversation went back to the assistant).",
                         "status": "not_held"}
        if request.step == "line":
            if has_line(events, request.key):
                return 200, {"status": "duplicate"}
            await self._append(agent, tracker, [self._line(request.text, STAFF_LINE, me, request.key)])
            await self._emit(request.conversation_id, {"text": request.text, "id": request.key, "staff": self._who(me)})
            self._heartbeats.beat(request.conversation_id, time.time())
            return 200, {"status": "sent"}
        if request.step == "typing":
            await self._emit_typing(request.conversation_id, me, request.typing)
            self._heartbeats.beat(request.conversation_id, time.time())
            return 200, {"status": "held"}
        if request.step == "heartbeat":
            self._heartbeats.beat(request.conversation_id, time.time())
            return 200, {"status": "held"}
        await self._hand_back(tracker, me, automatic=False)
        return 200, {"status": "assistant"}

    async def _hand_back(self, tracker: Any, staff: StaffMember, automatic: bool) -> None:
        """Return the conversation to the assistant, telling the patient (caller holds the lock)."""
        agent = self._agent()
        kind = AUTO_HANDED_BACK if automatic else HANDED_BACK
        text = notices.auto_handed_back(staff, self._settings) if automatic else notices.handed_back(staff)
        await self._emit_typing(tracker.sender_id, staff, False)
        await self._append(agent, tracker, [self._line(text, kind, staff), ConversationResumed()])
        await self._emit_notice(tracker.sender_id, text, kind, staff)
        self._heartbeats.forget(tracker.sender_id)
        if automatic:
            logger.warning("A takeover's console went quiet; the conversation went back to the assistant.")
            await asyncio.to_thread(_audit_auto_hand_back, self._settings, tracker.sender_id, staff)

    async def _watch(self) -> None:
        every = min(WATCH_EVERY_SECONDS, self._heartbeats.timeout_seconds / 3)
        while True:
            await asyncio.sleep(every)
            for conversation_id in self._heartbeats.stale(time.time()):
                try:
                    await self._hand_back_if_quiet(conversation_id)
                except Exception:
                    logger.exception("Handing back a quiet takeover failed; it is tried again.")

    async def _hand_back_if_quiet(self, conversation_id: str) -> None:
        agent = self._agent()
        if agent is None:
            return
        async with agent.lock_store.lock(conversation_id):
            if not self._heartbeats.is_stale(conversation_id, time.time()):
                return  # a heartbeat came while waiting for the lock
            tracker = await agent.processor.get_tracker(conversation_id)
            staff = holder(_event_dicts(tracker))
            if staff is None:
                self._heartbeats.forget(conversation_id)
                return
            await self._hand_back(tracker, staff, automatic=True)

    # --- helpers --------------------------------------------------------------

    def _agent(self) -> Any:
        return getattr(self._app.ctx, "agent", None) if self._app is not None else None

    @staticmethod
    def _line(text: str, kind: str, staff: StaffMember, key: str = "") -> BotUttered:
        return BotUttered(text, data={}, metadata=marker_metadata(kind, staff, key))

    @staticmethod
    def _who(staff: StaffMember) -> Dict[str, str]:
        return {"name": staff.name, "role": staff.role}

    @staticmethod
    async def _append(agent: Any, tracker: Any, events: List[Event]) -> None:
        for event in events:
            tracker.update(event)
        await agent.processor.save_tracker(tracker)

    async def _emit(self, conversation_id: str, payload: Dict[str, Any]) -> None:
        if self._sio is not None:
            await self._sio.emit(self._bot_event, payload, room=conversation_id, namespace=self._namespace)

    async def _emit_notice(self, conversation_id: str, text: str, kind: str, staff: StaffMember) -> None:
        """A "has joined" or hand-back notice; the id lets a second tab of the widget skip it."""
        payload = {"text": text, "id": uuid.uuid4().hex, "takeover": {"event": kind, **self._who(staff)}}
        await self._emit(conversation_id, payload)

    async def _emit_typing(self, conversation_id: str, staff: StaffMember, typing: bool) -> None:
        if self._sio is not None:
            payload = {"typing": typing, **self._who(staff)}
            await self._sio.emit(TYPING_EVENT, payload, room=conversation_id, namespace=self._namespace)


def _audit_auto_hand_back(settings: Settings, conversation_id: str, staff: StaffMember) -> None:
    """The audit row of an automatic hand-back (the console records the others)."""
    from assistant.console import audit
    from assistant.db import create_engine_for, session_scope

    engine = create_engine_for(settings.effective_database_url)
    try:
        with session_scope(engine) as session:
            audit.record(
                session, "system", "takeover.auto_hand_back", "conversation", conversation_id,
                {"staff_id": staff.staff_id, "reason": "no heartbeat"},
            )
    except Exception:
        logger.exception("The automatic hand-back could not be written to the audit log.")
    finally:
        engine.dispose()


@functools.cache
def desk() -> TakeoverDesk:
    """The process's takeover desk (both chat channels use the same one)."""
    return TakeoverDesk(load_settings())
