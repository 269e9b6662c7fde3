"""A durable local outbox: records that must reach the database, kept on
disk while it is down and delivered when it is back.

Several kinds of record share one outbox: each record names its `kind`
("booking_request", "handoff_ticket", "handoff_contact"), and delivery takes
one handler per kind. One file per record, named by its key (a booking
request's reference, a handoff ticket's key), in JSON lines (one line: the
record). A record is written to a temporary file,
flushed and fsync'd, then renamed into place and the folder fsync'd, so a
crash leaves either the whole record or nothing, never half of one.
Delivery is at-least-once: a record is removed only after the handler
succeeded, so handlers must be idempotent (booking requests are, thanks to
their reference).

    outbox = Outbox(settings.effective_outbox_dir)
    outbox.put(form.reference, {"kind": "booking_request", ...})
    outbox.deliver({"booking_request": store_booking,      # later: on the next action call,
                    "handoff_ticket": store_ticket})       # or at start-up
    outbox.deliver(store_any)            # one handler for every record

Records the handler refuses for good (an error other than the database
being unavailable, `MAX_ATTEMPTS` times) move to `failed/` beside them, for
a person to look at: never deleted, never retried forever.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Mapping, Tuple, Union

from assistant.exceptions import DatabaseUnavailable

logger = logging.getLogger(__name__)

SUFFIX = ".jsonl"
FAILED = "failed"
MAX_ATTEMPTS = 5
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

Handler = Callable[[Dict[str, Any]], Any]


@dataclass
class DeliveryReport:
    delivered: List[str] = field(default_factory=list)
    waiting: List[str] = field(default_factory=list)  # database still unavailable
    failed: List[str] = field(default_factory=list)  # moved to failed/

    @property
    def nothing_to_do(self) -> bool:
        return not (self.delivered or self.waiting or self.failed)


class Outbox:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        if not _KEY.match(key):
            raise ValueError(f"outbox keys are 1-64 letters, digits, '-' or '_', not {key!r}")
        return self.folder / f"{key}{SUFFIX}"

    def put(self, key: str, record: Dict[str, Any]) -> Path:
        """Write `record` durably under `key` (replacing any earlier version)."""
        path = self._path(key)
        self.folder.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"attempts": 0, "record": record}, ensure_ascii=False, sort_keys=True) + "\n"
        self._write(path, line)
        return path

    def _write(self, path: Path, line: str) -> None:
        handle, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(line)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self._sync_folder(path.parent)

    @staticmethod
    def _sync_folder(folder: Path) -> None:
        try:
            descriptor = os.open(folder, os.O_RDONLY)
        except OSError:  # pragma: no cover  (platforms without directory fds)
            return
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)

    def _entries(self) -> Iterator[Tuple[str, Dict[str, Any]]]:
        if not self.folder.is_dir():
            return
        for path in sorted(self.folder.glob(f"*{SUFFIX}"), key=lambda p: (p.stat().st_mtime, p.name)):
            try:
                entry = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
            except (OSError, ValueError, IndexError):
                logger.error("Outbox file %s is unreadable; moving it to %s/", path.name, FAILED)
                self._move_to_failed(path)
                continue
            yield path.name[: -len(SUFFIX)], entry

    def pending(self) -> List[Tuple[str, Dict[str, Any]]]:
        """(key, record) for every record waiting, oldest first."""
        return [(key, entry["record"]) for key, entry in self._entries()]

    def __len__(self) -> int:
        return len(list(self.folder.glob(f"*{SUFFIX}"))) if self.folder.is_dir() else 0

    def failed(self) -> List[str]:
        folder = self.folder / FAILED
        return sorted(p.name[: -len(SUFFIX)] for p in folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []

    def _move_to_failed(self, path: Path) -> None:
        target = self.folder / FAILED
        target.mkdir(parents=True, exist_ok=True)
        os.replace(path, target / path.name)
        self._sync_folder(target)
        self._sync_folder(self.folder)

    def deliver(self, handlers: Union[Handler, Mapping[str, Handler]]) -> DeliveryReport:
        """Hand each waiting record to its handler, oldest first; remove it
        once the handler returns. `handlers` is one handler for every record,
        or one per record `kind`: records of other kinds are left for a
        delivery that handles them. Stops at the first DatabaseUnavailable
        (the rest wait for the next call); other errors count an attempt, and
        a record that failed MAX_ATTEMPTS times moves to failed/."""
        report = DeliveryReport()
        entries = [(k, e) for k, e in self._entries() if _handler_for(handlers, e) is not None]
        for index, (key, entry) in enumerate(entries):
            path = self._path(key)
            handler = _handler_for(handlers, entry)
            try:
                handler(entry["record"])
            except DatabaseUnavailable:
                report.waiting += [k for k, _ in entries[index:]]
                return report
            except Exception:
                attempts = int(entry.get("attempts", 0)) + 1
                logger.exception("Delivering outbox record %s failed (attempt %d)", key, attempts)
                if attempts >= MAX_ATTEMPTS:
                    self._move_to_failed(path)
                    report.failed.append(key)
                else:
                    entry["attempts"] = attempts
                    self._write(path, json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
                    report.waiting.append(key)
                continue
            path.unlink(missing_ok=True)
            self._sync_folder(self.folder)
            report.delivered.append(key)
        return report


def _handler_for(handlers: Union[Handler, Mapping[str, Handler]], entry: Dict[str, Any]) -> Handler | None:
    if not isinstance(handlers, Mapping):
        return handlers
    record = entry.get("record")
    return handlers.get(record.get("kind")) if isinstance(record, dict) else None
