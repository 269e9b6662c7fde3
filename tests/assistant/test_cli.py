import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from assistant.cli import main, render, wait_for


@pytest.fixture()
def local_server():
    class Ok(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Ok)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_wait_for_returns_when_every_server_answers(local_server):
    assert wait_for([local_server, local_server + "/health"], timeout=5)


def test_wait_for_gives_up_on_a_server_that_never_answers():
    assert not wait_for(["http://127.0.0.1:9/"], timeout=1.5)


def test_render_shows_text_buttons_and_custom_payloads():
    message = {
        "text": "Would you like the clinic team to help?",
        "buttons": [{"title": "Yes, please", "payload": "/affirm"}],
        "custom": {"handoff": {"urgency": "routine", "ticket_id": "7"}},
    }

    lines = render(message).splitlines()

    assert lines[0] == "Would you like the clinic team to help?"
    assert "[Yes, please]" in lines[1] and "/affirm" in lines[1]
    assert "'urgency': 'routine'" in lines[2]


def test_deliver_outbox_stores_the_booking_requests_kept_while_the_database_was_down(tmp_path, monkeypatch, capsys):
    from datetime import datetime, timezone

    from assistant.booking.submit import to_record
    from assistant.clinic.booking import BookingForm, booking_requests_for
    from assistant.db import create_engine_for, session_scope
    from assistant.outbox import Outbox

    database = f"sqlite:///{tmp_path / 'clinic.db'}"
    monkeypatch.setenv("DATABASE_URL", database)
    monkeypatch.setenv("OUTBOX_DIR", str(tmp_path / "outbox"))
    assert main(["ensure-demo"]) == 0
    assert main(["deliver-outbox"]) == 0
    assert "is empty" in capsys.readouterr().out
    form = BookingForm(conversation_id="c1", name="Ann Lee", phone="07700 900123", reference="a" * 32)
    Outbox(tmp_path / "outbox").put(form.reference, to_record(form, datetime.now(timezone.utc)))

    assert main(["deliver-outbox"]) == 0

    assert "1 booking request(s) or handoff record(s) stored, 0 still waiting" in capsys.readouterr().out
    engine = create_engine_for(database)
    with session_scope(engine) as session:
        assert [r.patient_name for r in booking_requests_for(session, "c1")] == ["Ann Lee"]
    engine.dispose()
