"""The durable outbox: one fsync'd JSON-lines file per record, delivered
(at least once) when the database is back."""

import json
import os

import pytest

from assistant.exceptions import DatabaseUnavailable
from assistant.outbox import MAX_ATTEMPTS, Outbox


@pytest.fixture
def outbox(tmp_path):
    return Outbox(tmp_path / "outbox")


def test_a_record_is_one_json_line_in_a_file_named_by_its_key(outbox):
    path = outbox.put("ref1", {"name": "Jane", "note": "café"})

    assert path == outbox.folder / "ref1.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == {"attempts": 0, "record": {"name": "Jane", "note": "café"}}
    assert outbox.pending() == [("ref1", {"name": "Jane", "note": "café"})]
    assert not [p for p in os.listdir(outbox.folder) if p.endswith(".tmp")]


def test_putting_the_same_key_again_replaces_the_record(outbox):
    outbox.put("ref1", {"v": 1})
    outbox.put("ref1", {"v": 2})

    assert outbox.pending() == [("ref1", {"v": 2})]
    assert len(outbox) == 1


@pytest.mark.parametrize("key", ["../escape", "a/b", "", "x" * 65, "ref 1"])
def test_keys_cannot_name_other_files(outbox, key):
    with pytest.raises(ValueError):
        outbox.put(key, {})


def test_delivered_records_are_removed(outbox):
    outbox.put("a", {"n": 1})
    outbox.put("b", {"n": 2})
    seen = []

    report = outbox.deliver(seen.append)

    assert sorted(report.delivered) == ["a", "b"] and sorted(r["n"] for r in seen) == [1, 2]
    assert len(outbox) == 0


def test_with_the_database_still_down_everything_waits(outbox):
    outbox.put("a", {})
    outbox.put("b", {})

    def down(record):
        raise DatabaseUnavailable("down")

    report = outbox.deliver(down)

    assert report.delivered == [] and sorted(report.waiting) == ["a", "b"]
    assert len(outbox) == 2


def test_a_record_that_keeps_failing_moves_to_failed_and_is_never_deleted(outbox):
    outbox.put("bad", {})

    def broken(record):
        raise RuntimeError("invalid record")

    for _ in range(MAX_ATTEMPTS - 1):
        assert outbox.deliver(broken).waiting == ["bad"]
    report = outbox.deliver(broken)

    assert report.failed == ["bad"]
    assert len(outbox) == 0 and outbox.failed() == ["bad"]


def test_an_unreadable_file_is_set_aside(outbox):
    outbox.folder.mkdir(parents=True)
    (outbox.folder / "torn.jsonl").write_text("{not json")

    assert outbox.pending() == []
    assert outbox.failed() == ["torn"]


def test_an_empty_or_missing_folder_has_nothing_to_deliver(outbox):
    assert len(outbox) == 0
    assert outbox.deliver(lambda r: None).nothing_to_do


# ------------------------------------------------------------- several kinds


def test_records_of_several_kinds_each_go_to_their_own_handler(outbox):
    outbox.put("b1", {"kind": "booking_request", "n": 1})
    outbox.put("t1", {"kind": "handoff_ticket", "n": 2})
    bookings, tickets = [], []

    report = outbox.deliver({"booking_request": bookings.append, "handoff_ticket": tickets.append})

    assert sorted(report.delivered) == ["b1", "t1"]
    assert [r["n"] for r in bookings] == [1] and [r["n"] for r in tickets] == [2]
    assert len(outbox) == 0


def test_a_delivery_for_one_kind_leaves_the_others_waiting_untouched(outbox):
    outbox.put("b1", {"kind": "booking_request"})
    outbox.put("t1", {"kind": "handoff_ticket"})
    seen = []

    report = outbox.deliver({"booking_request": seen.append})

    assert report.delivered == ["b1"] and report.failed == [] and report.waiting == []
    assert [key for key, _ in outbox.pending()] == ["t1"]
    assert json.loads((outbox.folder / "t1.jsonl").read_text())["attempts"] == 0
