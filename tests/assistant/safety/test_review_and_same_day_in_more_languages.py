"""Review and same-day situations said in French, German, Finnish, Croatian and Greek: a previous
reaction (A15), planning a child with hair medicines (A8), alopecia areata (A16), a minor (A22),
a faint after treatment (B9), redness spreading and warming days later (B13)."""

import pytest

from assistant.safety import Urgency

ESCALATE = [
    # previous reaction
    "J'ai déjà réagi à une injection d'acide hyaluronique, mes lèvres avaient triplé. Je peux faire la méso ?",
    "Ich hatte schon mal eine allergische Reaktion auf Filler, darf ich trotzdem Mesotherapie machen?",
    "Ya tuve una mala reacción al relleno hace años, ¿puedo hacerme mesoterapia?",
    # planning a child
    "Nous prévoyons un bébé l'an prochain, y a-t-il du dutastéride dans la mésothérapie capillaire ?",
    "Wir wollen bald ein Baby - was ist in der Haar-Mesotherapie drin?",
    "Planeamos tener un bebé el año que viene, ¿la mesoterapia capilar lleva finasterida?",
    # alopecia areata, a minor
    "Dijagnosticirana mi je alopecija areata, pomaže li mezoterapija?",
    "Έχω γυροειδή αλωπεκία, βοηθάει η μεσοθεραπεία;",
    "Ο γιος μου είναι 16 και θέλει μεσοθεραπεία για την ακμή",
    "Kći mi ima 16 godina, može li na mezoterapiju?",
    # a faint, spreading redness
    "Eilen pyörryin hetkeksi hoidon jälkeen, nyt on parempi",
    "Peti dan poslije tretmana crvenilo se sve više širi i boli",
]

CALM = [
    "Crvenilo je normalno prvi dan, zar ne?",
    "Moja kći je imala 17 godina prije deset godina kad je počela s tretmanima lica",
]


@pytest.mark.parametrize("message", ESCALATE)
def test_situation_escalates(screen, message):
    assert screen.assess(message).urgency in (Urgency.REVIEW, Urgency.SAME_DAY, Urgency.EMERGENCY), message


@pytest.mark.parametrize("message", CALM)
def test_look_alike_stays_calm(screen, message):
    assert screen.assess(message).urgency is None, screen.assess(message).findings
