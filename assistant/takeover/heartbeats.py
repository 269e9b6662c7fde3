"""When a takeover whose console went quiet goes back to the assistant.

The console sends a heartbeat every few seconds while the takeover page is
open. The Rasa server keeps the time of the latest one per conversation (in
memory: the process that holds the patient's socket; see docs/takeover.md
for the scale-out limit) and hands back every takeover whose latest beat is
older than TAKEOVER_HEARTBEAT_SECONDS. A takeover the book does not know
(the Rasa server restarted) counts from when it is first seen.
"""

from __future__ import annotations

from typing import Dict, List


class HeartbeatBook:
    def __init__(self, timeout_seconds: float) -> None:
        self.timeout_seconds = timeout_seconds
        self._latest: Dict[str, float] = {}

    def beat(self, conversation_id: str, now: float) -> None:
        self._latest[conversation_id] = now

    def seen(self, conversation_id: str, now: float) -> None:
        """A takeover noticed without a heartbeat: its time starts now."""
        self._latest.setdefault(conversation_id, now)

    def forget(self, conversation_id: str) -> None:
        self._latest.pop(conversation_id, None)

    def is_stale(self, conversation_id: str, now: float) -> bool:
        latest = self._latest.get(conversation_id)
        return latest is not None and now - latest > self.timeout_seconds

    def stale(self, now: float) -> List[str]:
        """The conversations whose console has been quiet for longer than the timeout."""
        return [cid for cid in list(self._latest) if self.is_stale(cid, now)]
