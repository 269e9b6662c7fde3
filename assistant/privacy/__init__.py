"""Patients' data: redaction, erasure, export and retention of conversations
and the records made from them (booking requests, handoff tickets).

Modules, one job each:

    pii.py                  finding and masking names, phone numbers, emails, dates of birth in text
    conversation_lock.py    the lock the tracker store and these jobs share, and the erasure records (why: there)
    conversation_events.py  Rasa's `events` table as these jobs read and change it
    stores.py               one transaction over the events and the clinic's records, under the lock
    patient_records.py      booking requests and tickets: what is deleted, kept minimised, masked, exported
    redaction.py            redact one conversation
    erasure.py              erase one conversation (with its reference and audit row)
    export.py               one conversation's data as JSON, for an access request
    retention.py            the scheduled job: redact, erase, expire care records, by age
    replies.py              what the patient is told
    audit_trail.py          audit rows without content

Never imports Rasa; every function takes its engines, clock and settings.
"""
