"""Every action, intent, entity and slot name the actions use, in one place.
They must match domain/*.yml; tests/actions/test_names.py checks they do."""

from assistant.booking import cancel, fields
from assistant.clinic.answers import PENDING_TEXT, PENDING_TOPIC
from assistant.handoff import opening
from assistant.questions import CLINIC_QUESTION_INTENTS

# --- clinic: one action per question about this clinic (actions/clinic.py)
ACTION_ANSWER_OPENING_HOURS = "action_answer_opening_hours"
ACTION_ANSWER_LOCATION = "action_answer_location"
ACTION_ANSWER_CONTACT = "action_answer_contact"
ACTION_ANSWER_TREATMENTS = "action_answer_treatments"
ACTION_ANSWER_PRICE = "action_answer_price"
ACTION_ANSWER_PROTOCOL = "action_answer_protocol"
ACTION_ANSWER_PRACTITIONERS = "action_answer_practitioners"
ACTION_ANSWER_CONSULTATION_SLOTS = "action_answer_consultation_slots"

# --- general answers: a follow-up naming only an area (actions/faq.py)
ACTION_ANSWER_FAQ_FOLLOW_UP = "action_answer_faq_follow_up"

# --- booking (actions/booking.py)
BOOKING_FORM = "booking_form"
ACTION_VALIDATE_BOOKING_FORM = "validate_booking_form"
ACTION_SUBMIT_BOOKING = "action_submit_booking"
# "what did I book?" and "cancel my booking request" (assistant/booking/recall.py, cancel.py)
ACTION_RECALL_BOOKING = "action_recall_booking"
ACTION_CANCEL_BOOKING = "action_cancel_booking"
ACTION_CANCEL_BOOKING_REPLY = "action_cancel_booking_reply"  # the yes or no to "Shall I cancel it?"

# --- handoff: tickets and the callback form (actions/handoff.py)
ACTION_OPEN_HANDOFF = "action_open_handoff"
ACTION_VALIDATE_CALLBACK_FORM = "validate_callback_form"
ACTION_UPDATE_HANDOFF_CONTACT = "action_update_handoff_contact"
ACTION_ASK_CALLBACK_NAME = "action_ask_callback_name"
ACTION_ASK_CALLBACK_PHONE = "action_ask_callback_phone"
ACTION_TELL_NEXT_STEPS = "action_tell_next_steps"
CALLBACK_FORM = "callback_form"

# --- privacy: "delete my data" (actions/privacy.py)
ACTION_DELETE_MY_DATA = "action_delete_my_data"

# --- fallback: "did you mean...?" on the first message the NLU is not sure about (actions/clarify.py)
ACTION_SUGGEST_ANSWERS = "action_suggest_answers"
UTTER_ASK_REPHRASE = "utter_ask_rephrase"  # what it says when nothing is worth offering

# --- intents
# Set by the safety screen in the NLU pipeline (rasa_addons/safety_screen.py).
INTENT_SAFETY_EMERGENCY = "safety_emergency"
INTENT_SAFETY_SAME_DAY = "safety_same_day"
INTENT_SAFETY_REVIEW = "safety_review"
SAFETY_INTENTS = frozenset({INTENT_SAFETY_EMERGENCY, INTENT_SAFETY_SAME_DAY, INTENT_SAFETY_REVIEW})
INTENT_REPORT_CONCERN = "report_concern"
INTENT_REQUEST_HUMAN = "request_human"
INTENT_THANK = "thank"
INTENT_HELP_ARRIVED = "help_arrived"  # inside a safety episode (domain/safety_episode.yml)
INTENT_RED_FLAG_ANSWER = "red_flag_answer"  # the red-flag question's buttons
INTENT_STOP = "stop"
INTENT_CORRECT = "correct"
INTENT_REQUEST_BOOKING = "request_booking"
INTENT_AFFIRM = "affirm"
INTENT_DENY = "deny"
INTENT_DELETE_MY_DATA = "delete_my_data"
INTENT_ASK_MY_BOOKING = "ask_my_booking"
INTENT_CANCEL_MY_BOOKING = cancel.INTENT
INTENT_TEAM_ONLY_QUESTION = "team_only_question"  # a clinic question only the team can answer
# Questions the dialogue rules answer in the middle of the booking form
# (data/rules/booking.yml), after which the form carries on.
QUESTION_INTENTS = frozenset(
    {
        "faq",
        *CLINIC_QUESTION_INTENTS,
        INTENT_ASK_MY_BOOKING,
        "request_human",
        "bot_challenge",
        "ask_capabilities",
        INTENT_TEAM_ONLY_QUESTION,
    }
)

# --- entities (set by button payloads only)
ENTITY_LOCATION = "location"
ENTITY_SLOT_CHOICE = "slot_choice"
ENTITY_BOOKING_CHOICE = cancel.CHOICE_ENTITY  # which request a "which one should I cancel?" button means

# --- slots
SLOT_CLINIC_PHONE = "clinic_phone"  # from the settings on every message (rasa_addons.contact_details)
# Contact settings the handoff replies name (same source).
SLOT_URGENT_CONTACT = "urgent_contact"
SLOT_EMERGENCY_NUMBER = "emergency_number"
SLOT_OUT_OF_HOURS_SERVICE = "out_of_hours_service"
SLOT_SAFETY_FAMILY = fields.SAFETY_FAMILY  # from the safety screen's entity, or the booking form
SLOT_STOPPED_FOR_REVIEW = fields.STOPPED_FOR_REVIEW
SLOT_CALLBACK_NAME = opening.CALLBACK_NAME
SLOT_CALLBACK_PHONE = opening.CALLBACK_PHONE
CALLBACK_SLOTS = (SLOT_CALLBACK_NAME, SLOT_CALLBACK_PHONE)
# The ticket the callback form's answers go to.
SLOT_HANDOFF_TICKET = "handoff_ticket_id"
SLOT_HANDOFF_MESSAGE = "handoff_message_id"
SLOT_HANDOFF_URGENCY = "handoff_urgency"
HANDOFF_SLOTS = (SLOT_HANDOFF_TICKET, SLOT_HANDOFF_MESSAGE, SLOT_HANDOFF_URGENCY)
SLOT_REQUESTED = "requested_slot"
SLOT_BOOKING_TO_CANCEL = cancel.PENDING_SLOT  # the request awaiting the patient's yes or no to cancelling it
SLOT_PENDING_TOPIC = PENDING_TOPIC
SLOT_PENDING_TEXT = PENDING_TEXT
BOOKING_FIELDS = fields.FIELDS
BOOKING_SLOTS = fields.ALL
