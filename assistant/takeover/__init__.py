"""Live takeover: a member of staff talks to the patient in the patient's own chat.

The logic lives here, without Rasa (testable alone):

- `state`: who holds a conversation, read from its events (one source for the
  Rasa server, the console's transcript, audit and export);
- `notices`: what the patient reads when staff join and when the assistant is back;
- `heartbeats`: when a takeover whose console went quiet is handed back;
- `requests`: the internal route's request bodies, checked;
- `secret`: the shared secret with which the console proves itself to the Rasa server;
- `client`: the console's calls to that route.

The Rasa side (routes on the socket.io channel, the paused turn) is the thin
adapter rasa_addons/takeover.py; the console side is
assistant/console/takeover_views.py. Why this design: docs/takeover.md.
"""
