"""Missed warning signs in every language (round 17, helper h2), in wordings written for these
tests, not copied from a batch:

- indirect self-harm (A32): no wish to wake up again, "better off without me", "I don't want to be
  here any more", "how to make it all end", an unnamed decision with a farewell, suicidal thoughts
  "back" after an attempt the writer tells of, no way out beside an act of finality;
- net-language emergency pictures: lips or tongue swelling with swallowing trouble or a wheeze,
  skin that "went white" with cold or severe pain, sight suddenly not right, numbing cream with a
  racing heart (B8, B11, B12, B10); lumps that burst and drain after fat dissolving (B15 same day);
- review rows named in the net languages: insulin, von Willebrand, chemotherapy, an age under 18;
- English: a past reaction "happening again right now", sugars "all over the shop", a child's
  17th birthday.

Near misses keep their level: figures of speech, waking early, a move, a denial, a story that is
over, an adult's birthday."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency, rank
from assistant.safety.indirect_self_harm import indirect_self_harm
from assistant.safety.unread_emergency_words import table_emergency, table_same_day

SELF_HARM = [
    "honestly some nights I pray I won't wake up, the scarring was the last straw",
    "my husband and the kids would be better off without me",
    "I just don't want to be alive any more, the mirror is unbearable",
    "how do you make it all end, I keep asking myself",
    "I've made up my mind what I'm going to do. Please cancel my remaining sessions, and thank you for everything.",
    "Those dark thoughts are back since the treatment went wrong. I attempted suicide in my twenties.",
    "Ojalá no me despertara mañana, ya no puedo más.",
    "Ils seraient tous mieux sans moi.",
    "Ich möchte morgens einfach nicht mehr aufwachen.",
    "Sarebbe meglio se non ci fossi più.",
    "Não quero mais acordar, sério.",
    "Lepiej by im było beze mnie.",
    "Ik wil niet meer wakker worden.",
    "Jag vill inte leva längre.",
    "Jeg vil ikke vågne op igen.",
    "Jeg har bestemt meg for hva jeg skal gjøre, jeg orker ikke mer.",
    "Keşke bir daha uyanmasam.",
    "Καλύτερα χωρίς εμένα.",
    "Nechci už žít.",
    "Jobb lenne nélkülem mindenkinek.",
    "Nu mai vreau să trăiesc.",
    "En halua enää elää.",
    "Ne želim više živjeti.",
    "Gav bort min katt och mina smycken, ser ingen väg ut.",
]

SELF_HARM_LOOK_ALIKES = [
    "I don't want to wake up early for the 8am slot, anything later?",
    "I hope I don't wake up swollen tomorrow after the lip treatment",
    "I no longer want to wake up at 5 to do my skincare, any simpler routine?",
    "I'm done with this queue, can someone just answer",
    "I can't take this heat any more lol, is the clinic air conditioned?",
    "I've decided what I'll do about my fringe, can I book the hair meso for Friday?",
    "I've decided what I'll do: cancel my Tuesday booking and thanks for everything, I'm moving to Leeds",
    "Kan ni flytta fram tiden till imorgon? Tack för allt!",
    "my friend tried to end things years ago and recovered, is meso safe for someone on sertraline?",
    "the photo looks better without me in it haha",
    "Ich kann nicht mehr warten, wann ist der nächste Termin?",
    "Non voglio più svegliarmi alle 6 per venire da voi, avete orari serali?",
    "I don't want to be here any more than an hour, how long is the appointment?",
]


@pytest.mark.parametrize("message", SELF_HARM)
def test_indirect_self_harm_is_read(message: str) -> None:
    assert indirect_self_harm(message) is not None


@pytest.mark.parametrize("message", SELF_HARM)
def test_indirect_self_harm_is_an_emergency(screen, message: str) -> None:
    assert screen.assess(message).urgency == Urgency.EMERGENCY


@pytest.mark.parametrize("message", SELF_HARM_LOOK_ALIKES)
def test_everyday_wordings_are_not_self_harm(message: str) -> None:
    assert indirect_self_harm(message) is None


NET_EMERGENCIES = [
    "Po mezoterapii mi otéká jazyk a těžko polykám.",
    "Dudaklarım hızla şişiyor ve yutkunmakta zorlanıyorum",
    "Huuleni turpoavat ja on vaikea niellä",
    "Az ajkam megdagadt, nehezen nyelek",
    "Tungen føles enorm og det piber når jeg trækker vejret",
    "na mjestu uboda koža je poplavila i jako boli",
    "Kohta poskessa valkoistui ja on kylmä",
    "Az orromon a bőr kifehéredett, nagyon fáj",
    "Plötsligt kan jag inte se ordentligt med höger öga efter behandlingen",
    "Namazal jsem si záda emlou a teď mi buší srdce a jsem zmatený",
]

NET_LOOK_ALIKES = [
    "Usne su mi malo natekle nakon tretmana, normalno?",
    "Jeg kan ikke se ordentligt uden mine briller, kan I sende en mail?",
    "Huulet on vähän turvoksissa, onko normaalia?",
]


@pytest.mark.parametrize("message", NET_EMERGENCIES)
def test_net_picture_is_an_emergency(screen, message: str) -> None:
    assert table_emergency(message) is not None
    assert screen.assess(message).urgency == Urgency.EMERGENCY


@pytest.mark.parametrize("message", NET_LOOK_ALIKES)
def test_net_look_alike_is_not_an_emergency_picture(message: str) -> None:
    assert table_emergency(message) is None


DRAINING = [
    "Tri tjedna nakon otapanja masnoće na trbuhu čvorovi su pukli i curi gnoj",
    "Yağ eritmeden bir ay sonra karnımdaki yumrular patladı",
]


@pytest.mark.parametrize("message", DRAINING)
def test_draining_lumps_are_same_day(screen, message: str) -> None:
    assert table_same_day(message) is not None
    assert rank(screen.assess(message).urgency) >= rank(Urgency.SAME_DAY)


@pytest.mark.parametrize("message", ["Karnımdaki sertlikler hala var ama akıntı yok, normal mi?"])
def test_denied_draining_is_not_read(message: str) -> None:
    assert table_same_day(message) is None


REVIEW = [
    "Inzulin koristim već 10 godina, tip 1. Smijem li na tretman?",
    "Jeg er 17 år, kan jeg bestille?",
    "Mám hemofilii, je to problém?",
    "Kemoterapi bitti 3 ay önce, saç mezoterapisi olur mu?",
    "Insuliinia pistän päivittäin, käykö mesoterapia?",
    "blood sugars have been all over the shop lately, can I still have body meso?",
    "booking for my son's 16th birthday, he really wants it",
]

REVIEW_LOOK_ALIKES = [
    "for my 30th birthday I want the full package",
    "17 yaşındayken akne tedavisi gördüm, şimdi 30 yaşındayım",
    "Jeg var 16 år da jeg fik akne",
]


@pytest.mark.parametrize("message", REVIEW)
def test_review_rows_in_every_language(screen, message: str) -> None:
    assert rank(screen.assess(message).urgency) >= rank(Urgency.REVIEW)


@pytest.mark.parametrize("message", REVIEW_LOOK_ALIKES)
def test_review_look_alikes_stay_calm(screen, message: str) -> None:
    assert screen.assess(message).urgency is None


def test_present_recurrence_beats_history(screen) -> None:
    message = (
        "I had a bad allergic reaction to a filler in 2019. It's happening again now after this morning's "
        "session, my tongue feels thick."
    )
    assert screen.assess(message).urgency == Urgency.EMERGENCY


def test_past_reaction_alone_stays_below_emergency(screen) -> None:
    message = "I had a reaction years ago, it was awful. Does meso cause reactions?"
    assert screen.assess(message).urgency != Urgency.EMERGENCY
