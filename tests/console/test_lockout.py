"""The sign-in throttling rules (lockout.py) on SQLite and PostgreSQL, with
the clock passed in: progressive delays per account and address, per
account across addresses, and per address across accounts (spraying)."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from assistant.console import lockout
from assistant.db import session_scope
from tests.assistant.db.databases import (  # noqa: F401  (fixtures)
    clean_engine,
    postgres_database,
    postgres_migrated,
    sqlite_template,
)

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=timezone.utc)
POLICY = lockout.LockoutPolicy(max_failures=3, window=timedelta(minutes=15))


@pytest.fixture
def db(clean_engine):  # noqa: F811
    with session_scope(clean_engine) as session:
        yield session


def attempt(session, username: str, address: str, second: float, succeeded: bool = False) -> None:
    lockout.record_attempt(session, username, address, succeeded, NOW + timedelta(seconds=second))


def wait(session, username: str, address: str, second: float) -> float:
    return lockout.wait_needed(session, username, address, NOW + timedelta(seconds=second), POLICY).total_seconds()


def test_delays_grow_with_each_failure_and_stop_at_the_window(db):
    attempt(db, "carl", "1.2.3.4", 0)
    attempt(db, "carl", "1.2.3.4", 10)
    assert wait(db, "carl", "1.2.3.4", 10) == 0  # two failures: no delay yet
    attempt(db, "carl", "1.2.3.4", 20)
    assert wait(db, "carl", "1.2.3.4", 20) == 30  # the third: 30 s
    assert wait(db, "carl", "1.2.3.4", 50) == 0
    attempt(db, "carl", "1.2.3.4", 50)
    assert wait(db, "carl", "1.2.3.4", 50) == 60  # then 60 s
    attempt(db, "carl", "1.2.3.4", 110)
    assert wait(db, "carl", "1.2.3.4", 110) == 120  # then 120 s
    for second in (230, 231, 232):
        attempt(db, "carl", "1.2.3.4", second)
    assert wait(db, "carl", "1.2.3.4", 232) == 15 * 60  # 960 s, capped at the 15-minute window
    assert wait(db, "carl", "1.2.3.4", 232 + 15 * 60) == 0  # and it ends


def test_failures_older_than_the_window_do_not_count(db):
    for minutes in (20, 19, 18, 17):
        attempt(db, "carl", "1.2.3.4", -minutes * 60)
    assert wait(db, "carl", "1.2.3.4", 0) == 0


def test_a_success_resets_only_its_own_account_from_its_own_address(db):
    for second in (0, 5, 10):
        attempt(db, "dora", "9.9.9.9", second)
        attempt(db, "carl", "9.9.9.9", second)
    assert wait(db, "dora", "9.9.9.9", 15) == 25
    attempt(db, "dora", "9.9.9.9", 14, succeeded=True)
    assert wait(db, "dora", "9.9.9.9", 15) == 0  # dora proved she knows her password, here
    assert wait(db, "carl", "9.9.9.9", 15) == 25  # carl's counter is untouched


def test_spraying_counts_accounts_not_failures_and_successes_do_not_reset_it(db):
    for second in range(5):
        attempt(db, "alice", "6.6.6.6", second)  # one account, five failures
    assert wait(db, "rita", "6.6.6.6", 5) == 0  # a colleague at that address is not held up
    attempt(db, "bob", "6.6.6.6", 6)
    attempt(db, "mallory", "6.6.6.6", 7, succeeded=True)  # the sprayer's own account
    assert wait(db, "rita", "6.6.6.6", 8) == 0  # two accounts so far
    attempt(db, "carl", "6.6.6.6", 8)  # a third account
    attempt(db, "mallory", "6.6.6.6", 9, succeeded=True)
    assert wait(db, "zed", "6.6.6.6", 9) == 29  # every sign-in from there waits 30 s after the last failure
    assert wait(db, "mallory", "6.6.6.6", 9) == 29
    assert wait(db, "zed", "7.7.7.7", 9) == 0  # nowhere else
    attempt(db, "dora", "6.6.6.6", 38)  # a fourth account, once the wait is over
    assert wait(db, "zed", "6.6.6.6", 38) == 60


def test_one_account_guessed_from_many_addresses_is_slowed_everywhere(db):
    for n in range(5):
        attempt(db, "carl", f"203.0.113.{n}", n)
    assert wait(db, "carl", "198.51.100.1", 5) == 0  # five: within twice the per-address allowance
    attempt(db, "carl", "203.0.113.5", 5)
    assert wait(db, "carl", "198.51.100.1", 5) == 30
    attempt(db, "carl", "198.51.100.1", -100, succeeded=True)  # a success long before resets nothing here
    assert wait(db, "carl", "198.51.100.1", 5) == 30
    assert wait(db, "rita", "198.51.100.1", 5) == 0


def test_usernames_and_addresses_too_long_for_the_table_are_cut_alike(db):
    long_name, long_address = "x" * 500, "a" * 500
    for second in range(3):
        attempt(db, long_name, long_address, second)
    assert wait(db, long_name, long_address, 2) == 30


@pytest.mark.parametrize(
    "seconds, words",
    [(0.2, "1 second"), (29.1, "30 seconds"), (89, "89 seconds"), (90, "2 minutes"), (900, "15 minutes")],
)
def test_the_wait_is_said_in_words_rounded_up(seconds, words):
    assert lockout.wait_text(timedelta(seconds=seconds)) == words


def test_a_parallel_guess_waits_for_the_one_in_flight_and_then_counts_it(clean_engine):  # noqa: F811
    """Two guesses at once: the second is checked only after the first is
    recorded, so a burst of parallel guesses cannot all pass the check."""
    with session_scope(clean_engine) as session:
        attempt(session, "carl", "1.2.3.4", 0)
        attempt(session, "carl", "1.2.3.4", 1)
    first_holds, seen = threading.Event(), []

    def first_guess() -> None:
        with session_scope(clean_engine) as session:
            lockout.serialise(session, "carl", "1.2.3.4")
            assert wait(session, "carl", "1.2.3.4", 2) == 0
            attempt(session, "carl", "1.2.3.4", 2)  # the third failure, not yet committed
            first_holds.set()
            time.sleep(0.5)  # the second guess arrives meanwhile

    def second_guess() -> None:
        assert first_holds.wait(timeout=30)
        with session_scope(clean_engine) as session:
            lockout.serialise(session, "carl", "1.2.3.4")
            seen.append(wait(session, "carl", "1.2.3.4", 2))

    threads = [threading.Thread(target=first_guess), threading.Thread(target=second_guess)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert seen == [30]
