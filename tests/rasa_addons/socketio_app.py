"""A Sanic server with the clinic's socket.io and REST channels and a scripted
bot in place of Rasa's agent, for the channel tests (no model needed):

    python -m tests.rasa_addons.socketio_app PORT

The bot answers "" with "empty message", "escalate" like an escalation reply (text, then the handoff
payload), raises on "crash", stays silent on "silence" and echoes the rest.
"""

from __future__ import annotations

import os
import sys

from rasa.core.channels.channel import UserMessage
from rasa.server import configure_cors
from sanic import Sanic, response

from rasa_addons.channels import ClinicRestInput, ClinicSocketIOInput

HANDOFF = {"handoff": {"urgency": "emergency", "ticket_id": None}}


async def scripted_bot(message: UserMessage) -> None:
    if message.text == "":
        await message.output_channel.send_text_message(message.sender_id, "empty message")
        return
    if message.text == "crash":
        raise RuntimeError("the agent failed")
    if message.text == "silence":
        return
    if message.text == "escalate":
        await message.output_channel.send_response(
            message.sender_id, {"text": "Please call 112 now.", "custom": dict(HANDOFF)}
        )
        return
    await message.output_channel.send_text_message(message.sender_id, f"echo: {message.text}")


def create_app() -> Sanic:
    app = Sanic("socketio_channel_test")
    # As `rasa run --cors <the same origins>` does: the channel must not end up with two CORS headers.
    configure_cors(app, [o.strip() for o in os.environ["CHAT_ALLOWED_ORIGINS"].split(",")])
    channel = ClinicSocketIOInput.from_credentials(
        {"user_message_evt": "user_uttered", "bot_message_evt": "bot_uttered", "session_persistence": True}
    )
    app.blueprint(channel.blueprint(scripted_bot))
    rest = ClinicRestInput.from_credentials(None)
    app.blueprint(rest.blueprint(scripted_bot), url_prefix=f"/webhooks/{rest.url_prefix()}")

    @app.get("/")
    async def health(_request):
        return response.text("ok")

    return app


if __name__ == "__main__":
    create_app().run(host="127.0.0.1", port=int(sys.argv[1]), access_log=False)
