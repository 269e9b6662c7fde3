"""The CSV export for managers: the tickets filtered as on screen (every
page), admins only, audited, and safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import update

from assistant.console import audit
from assistant.console.ticket_export import COLUMNS, safe_cell
from assistant.db import session_scope
from assistant.db.models import HandoffTicket


def _rows(response) -> list:
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith('attachment; filename="tickets-')
    return list(csv.reader(io.StringIO(response.get_data(as_text=True))))


@pytest.mark.parametrize(
    "typed, safe",
    [
        ("=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"),
        ("+44 7700 900123", "'+44 7700 900123"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Ann = Patient", "Ann = Patient"),
        ("", ""),
        (None, ""),
        (42, "42"),
    ],
)
def test_a_cell_a_spreadsheet_would_run_is_kept_as_text(typed, safe):
    assert safe_cell(typed) == safe


def test_the_export_holds_the_filtered_tickets_with_formulas_neutralised(as_role, make_ticket, engine):
    hostile = make_ticket("same_day", name='=HYPERLINK("http://evil.example","Click")')
    plain = make_ticket("same_day", name="Ann Patient")
    make_ticket("routine", name="Not Exported")
    with session_scope(engine) as session:
        session.execute(
            update(HandoffTicket).where(HandoffTicket.id == plain).values(patient_phone="+44 7700 900123")
        )
    admin = as_role("admin")

    rows = _rows(admin.get("/tickets.csv", query_string={"urgency": "same_day"}))
    assert rows[0] == list(COLUMNS)
    by_id = {int(r[0]): dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    assert set(by_id) == {hostile, plain}
    assert by_id[hostile]["Patient name"] == "'=HYPERLINK(\"http://evil.example\",\"Click\")"
    assert by_id[plain]["Patient name"] == "Ann Patient"
    assert by_id[plain]["Patient phone"] == "'+44 7700 900123"
    assert by_id[plain]["Urgency"] == "Same day" and by_id[plain]["Status"] == "New"
    assert by_id[plain]["Due"] and by_id[plain]["Overdue"] == "no"
    assert "can I talk to a person" not in str(rows)  # the patient's message stays in the console

    with session_scope(engine) as session:
        [entry] = audit.list_events(session, action="ticket.export")
    assert entry.actor == "alice"
    assert dict(entry.detail) == {"filters": {"status": "open", "urgency": "same_day"}, "rows": 2}


def test_the_export_covers_every_page_not_just_the_first(as_role, make_ticket):
    from assistant.console.queue import PAGE_SIZE

    for n in range(PAGE_SIZE + 3):
        make_ticket("routine", minutes_ago=n)
    rows = _rows(as_role("admin").get("/tickets.csv", query_string={"page": 2}))
    assert len(rows) == 1 + PAGE_SIZE + 3


@pytest.mark.parametrize("role", ["clinician", "reception"])
def test_only_admins_export_and_others_see_no_link(as_role, make_ticket, engine, role):
    make_ticket("routine")
    client = as_role(role)
    assert client.get("/tickets.csv").status_code == 403
    assert "Export these tickets" not in client.get("/").get_data(as_text=True)
    assert 'id="queue-export"' in as_role("admin").get("/").get_data(as_text=True)
    with session_scope(engine) as session:
        assert audit.list_events(session, action="ticket.export") == []
