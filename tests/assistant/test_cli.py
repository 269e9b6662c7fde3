import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from assistant.cli import render, wait_for


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
