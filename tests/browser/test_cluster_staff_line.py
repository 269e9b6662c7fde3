"""socket.io across Rasa servers, in the browser: the patient's widget is
connected to one Rasa server of the cluster, and a clinician's takeover and
line are posted through another, which holds no socket of that
conversation. The line reaches the widget through the Redis client manager
(rasa_addons/socketio_manager.py). The cluster: tests/cluster_servers.py.
"""

from __future__ import annotations

from typing import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from assistant.settings import load_settings
from assistant.takeover.client import TakeoverClient
from assistant.takeover.notices import handed_back
from assistant.takeover.state import StaffMember
from assistant.website import create_app
from tests.browser.conftest import serve_app
from tests.browser.test_takeover import conversation_id
from tests.browser.test_webchat import ask, open_chat
from tests.cluster_servers import RunningCluster
from tests.servers import TAKEOVER_TOKEN, TEST_SETTINGS

pytestmark = [pytest.mark.browser, pytest.mark.servers, pytest.mark.cluster]

STAFF = StaffMember(5151, "Cara", "nurse")
LINE = "Hello, this is Cara, a nurse at the clinic. I'm reading your messages now."


@pytest.fixture(scope="module")
def website_on_rasa1(cluster: RunningCluster) -> Iterator[str]:
    """The demo website, its widget talking to the first Rasa server directly."""
    settings = load_settings(
        environ={**TEST_SETTINGS, "DATABASE_URL": cluster.database_url, "CHAT_SERVER_URL": cluster.rasa_urls["rasa1"]},
        env_file=None,
    )
    origin = cluster.website_origin
    assert urlsplit(origin).port
    yield from serve_app(create_app(settings), origin)


def test_a_staff_line_posted_through_another_server_reaches_the_widget(
    page: Page, cluster: RunningCluster, website_on_rasa1: str
) -> None:
    open_chat(page, website_on_rasa1)
    assert ask(page, "hello")
    sender = conversation_id(page)
    other_server = TakeoverClient(cluster.rasa_urls["rasa3"], TAKEOVER_TOKEN)
    other_server.send("start", sender, STAFF)
    other_server.send("line", sender, STAFF, text=LINE, key="cluster-line-1")
    staff_line = page.locator("#clinic-chat .cc-staff .cc-text", has_text=LINE)
    expect(staff_line).to_be_visible(timeout=60_000)
    other_server.send("end", sender, STAFF)
    # The hand-back notice, emitted by the other server too.
    expect(page.locator("#clinic-chat .cc-text", has_text=handed_back(STAFF))).to_be_visible(timeout=60_000)
