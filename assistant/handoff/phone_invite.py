"""Reading the answer to the phone invite that follows the emergency advice
(assistant/handoff/episode.py decides the reply; this reads the words).

    answer = read_answer("it's 07911 123456", intent="inform", region="GB")
    answer.phone     -> "07911 123456"   (a number `phonenumbers` calls valid, as typed)
    answer.declines  -> False             ("no", "no thanks", "rather not")
    answer.has_digits -> False            (a long run of digits that is no valid number)

Only a number that Google's libphonenumber metadata (the `phonenumbers`
package, as in assistant.privacy.pii) calls valid in the clinic's region, or
in international form, is taken: "ok", "no", a question, a symptom or "call
999" never is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from assistant.booking.understanding import Turn
from assistant.handoff.callback import declines

_INTENT_KIND = {"deny": "no", "affirm": "yes", "stop": "stop"}
# Seven or more digits with spaces, dashes or brackets between: meant as a number.
_DIGIT_RUN = re.compile(r"\+?\d[\d ()\-]{5,}\d")
_MIN_DIGITS = 7


@dataclass(frozen=True)
class InviteAnswer:
    phone: str | None = None
    declines: bool = False
    has_digits: bool = False


def phone_in(text: str, region: str = "GB") -> str | None:
    """The first valid phone number in `text`, as the patient typed it."""
    try:
        for match in phonenumbers.PhoneNumberMatcher(text or "", region, leniency=phonenumbers.Leniency.VALID):
            return match.raw_string.strip()
    except Exception:  # an unknown region: only international numbers can be read
        return phone_in(text, "ZZ") if region != "ZZ" else None
    return None


def read_answer(text: str, intent: str | None = None, region: str = "GB") -> InviteAnswer:
    phone = phone_in(text, region)
    if phone:
        return InviteAnswer(phone=phone)
    turn = Turn(text=text or "", intent_kind=_INTENT_KIND.get(intent or "", "other"))
    digits = any(sum(ch.isdigit() for ch in m.group(0)) >= _MIN_DIGITS for m in _DIGIT_RUN.finditer(text or ""))
    return InviteAnswer(declines=declines(turn), has_digits=digits)
