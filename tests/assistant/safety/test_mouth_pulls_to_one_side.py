"""New facial asymmetry after treatment (B18, same day): the mouth pulling or sliding to one side
when smiling, or a lip that does not move on one side, in the read languages and the net's
(Turkish, Swedish, Norwegian). Sleeping on one side stays calm."""

import pytest

from assistant.safety import Urgency, rank

SIGNS = [
    "since my botox my mouth pulls to one side when I smile",
    "my bottom lip doesn't move on one side when I smile",
    "desde el bótox la boca se me va hacia un lado al sonreír",
    "depuis le botox ma bouche part d'un côté quand je souris",
    "seit dem Botox zieht mein Mund beim Lächeln zur Seite",
    "od botoksu usta uciekają mi na jedną stronę jak się uśmiecham",
    "gıdı eritme iğnesinden beri gülünce ağzım bir tarafa kayıyor",
    "rör sig inte underläppen på ena sidan när jag ler",
    "underleppen beveger seg ikke på den ene siden når jeg smiler",
]

CALM = [
    "Can I sleep on my side the night after botox?",
    "Thank you, see you on Thursday at three",
]


@pytest.mark.parametrize("message", SIGNS)
def test_asymmetry_is_same_day(screen, message):
    assessment = screen.assess(message)
    assert rank(assessment.urgency) >= rank(Urgency.SAME_DAY), assessment.findings


@pytest.mark.parametrize("message", CALM)
def test_look_alike_stays_calm(screen, message):
    assessment = screen.assess(message)
    assert rank(assessment.urgency) < rank(Urgency.SAME_DAY), assessment.findings
