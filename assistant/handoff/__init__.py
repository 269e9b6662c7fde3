"""Handoff: getting a conversation to a person at the clinic, at the
right urgency, without ever losing it.

    payload      the escalation payload contract {"handoff": {"urgency", "ticket_id"}}
    escalation   the NLU decision: the safety screen's assessment, raised by the classifier
    tickets      handoff tickets and staff notes in the database (open, contact, claim, note, resolve, queue)
    opening      what a ticket says, from the conversation (shared by the action and the reconciler)
    delivery     open a ticket or keep it in the durable outbox; the outbox handlers
    callback     the callback form's answers (name, phone; both may be declined)
    next_steps   "what happens next and when", from the clinic's hours
    reconcile    open the tickets the action server missed, from Rasa's tracker store

Plain Python: nothing here imports Rasa (actions/handoff.py and
rasa_addons/safety_screen.py are the adapters).
"""

from assistant.handoff.payload import QUEUE_ORDER, HandoffPayload, HandoffUrgency

__all__ = ["QUEUE_ORDER", "HandoffPayload", "HandoffUrgency"]
