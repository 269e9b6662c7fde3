"""The booking request conversation: the form's questions, understanding
the patient's answers, the medical screening, and storing the request (or
keeping it in the outbox while the database is down). Plain Python, tested
without Rasa; `actions/booking.py` adapts it to rasa_sdk.

    fields      the form's fields (they are also the Rasa slot names)
    screening   the screening questions, from the triage matrix
    understanding  reading yes/no, names, phone numbers, corrections, "stop"
    form        BookingFlow: one step of the form per patient message
    replies     what the assistant says
    submit      BookingForm from the answers; store, or spool to the outbox
"""
