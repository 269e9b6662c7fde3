"""Families from blind NLU batch 09's wrong and unsure answers (first contact,
bench/results/nlu_blind_batch_09_first_contact.md), fixed by examples of each family in other
wordings (data/nlu):

- how to pay (instalments, finance, buy now pay later, card or cash), money off for a group of
  people (students, NHS staff, pensioners), price matching and gift vouchers: the clinic file
  records prices and packages only, so they go to the team (team_only_question), while prices,
  packages and money off a course stay on ask_price;
- "leave me alone" and "go away": stop;
- a booking written as a letter or an email, and a booking squeezed in before a trip: request_booking;
- a patch test asked about mesotherapy in general: faq/procedure ("do you do one?" asks how this
  clinic works and stays on ask_clinic_protocol);
- what the practitioner wrote in the patient's own notes or record: team_only_question, while
  what the patient booked stays on ask_my_booking.

Written for this test in new wordings, not copied from the training data or any test set.
Needs models/clinic.tar.gz (`make train`); skipped without it.
"""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

from tests.trained_model import answered_label, needs_model, parse_all

pytestmark = needs_model

TEAM = ("team_only_question",)
HONEST = ("team_only_question", "nlu_fallback", "out_of_scope")
BOOK = ("request_booking", "ask_consultation_slots")

CASES: List[Any] = [  # (message, the replies that are right for it)
    # Paying, money off for a group of people, price matching, vouchers.
    ("is there any way to pay for the course in chunks", HONEST),
    ("do you work with a finance company so i can pay over a year", HONEST),
    ("can i use clearpay for a skin booster", HONEST + ("ask_price",)),
    ("do you give a discount to people who work for the nhs", HONEST),
    ("is there a student rate", HONEST),
    # The price answer also says the team decides on price matching (assistant/clinic/answers.py).
    ("will you price match a cheaper clinic in leeds", HONEST + ("ask_price",)),
    ("i got a lower quote elsewhere, can you do it for the same", HONEST),
    ("do you do gift cards for christmas presents", HONEST),
    ("can i pay by debit card at the clinic", HONEST),
    # Near misses: prices and packages stay on the price answer.
    ("how much is the chin fat dissolving", ("ask_price",)),
    pytest.param(
        "have you got packages for hair meso", ("ask_price",),
        marks=pytest.mark.xfail(reason="read as ask_treatments (0.52; ask_price 0.11)"),
    ),
    ("is a course of six cheaper per session than paying for one at a time", ("ask_price",)),
    ("what does a single skin booster session cost", ("ask_price",)),
    # Asked to be left alone.
    ("please just leave me alone now", ("stop",)),
    ("go away, i'm not interested", ("stop", "deny")),
    ("stop pestering me", ("stop",)),
    # Near misses: a swelling or lump that "goes away" is a question about the treatment.
    ("how long until the little bumps go away", ("faq/lumps_after_treatment", "faq/side_effects", "faq/downtime")),
    # A booking written as a letter or email, and before a trip.
    (
        "Dear Harbour team, I am hoping to book a consultation about hair mesotherapy in Leeds, "
        "a Friday afternoon would be ideal. Thank you, Laura Bennett",
        BOOK,
    ),
    (
        "Good evening, please may I arrange an appointment to talk about my cellulite with one of "
        "your practitioners? Weekends suit me. Kind regards, Mr Ahmed",
        BOOK,
    ),
    ("i fly to portugal on the 9th, could i get the face meso done before then", BOOK),
    ("heading abroad next month, can you squeeze me in for the chin before i leave", BOOK),
    # Near misses: a formal question that is not a booking, and a holiday after treatment.
    (
        "Dear team, could you tell me how many sessions are usually needed for thinning hair? "
        "Regards, Paul",
        ("faq/sessions_intervals", "faq/hair", "ask_clinic_protocol"),
    ),
    ("can i go on a sunny holiday a few days after face meso", ("faq/aftercare_sun", "faq/aftercare_general")),
    # A patch test asked in general, and asked of this clinic.
    ("do they normally do a little test injection before the real thing", ("faq/procedure", "ask_clinic_protocol")),
    pytest.param(
        "is an allergy patch usually needed before mesotherapy", ("faq/procedure", "ask_clinic_protocol"),
        marks=pytest.mark.xfail(reason="falls back (faq 0.28, ask_clinic_protocol 0.05)"),
    ),
    ("does your clinic do a patch test before the first session", ("ask_clinic_protocol",)),
    # What the practitioner wrote in the patient's own notes.
    ("what did the practitioner put in my notes about my hair last time", TEAM),
    ("could you look up what dose was written on my record at my last visit", TEAM),
    ("remind me what the doctor wrote down at my consultation in may", TEAM),
    # Pain asked in another language by someone afraid of needles: the pain answer.
    pytest.param(
        "Dói muito a injeção? Tenho fobia de agulhas", ("faq/pain_numbing",),
        marks=pytest.mark.xfail(reason="the safety screen reads it as same-day (assistant/safety, not changed here)"),
    ),
    ("¿Duele mucho? Me dan pánico las agujas", ("faq/pain_numbing",)),
    # Near miss: a treatment without needles asked for is the needle-free answer.
    ("¿Hay mesoterapia sin agujas? Tengo miedo", ("faq/needle_free", "ask_treatments")),
    # Near misses: what was booked in this chat.
    ("which time did i choose when i booked earlier", ("ask_my_booking",)),
    ("has my booking request gone through to the clinic", ("ask_my_booking",)),
]


@pytest.fixture(scope="module")
def parsed() -> Dict[str, Dict[str, Any]]:
    return parse_all(case.values[0] if hasattr(case, "values") else case[0] for case in CASES)


@pytest.mark.parametrize("text, right", CASES, ids=lambda value: value if isinstance(value, str) else "")
def test_batch09_families_and_their_neighbours(parsed, text, right):
    parse = parsed[text]
    assert answered_label(parse) in right, (text, parse.get("intent"), parse.get("intent_ranking", [])[:3])
