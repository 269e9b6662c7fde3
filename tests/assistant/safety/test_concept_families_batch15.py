"""Emergency concept families added after batch 15's first contact: for each, general phrasings
in words of their own (no evaluation message, nor a near copy) at emergency level, in every read
language where the family was missing, and near-miss look-alikes that must stay below it."""

from __future__ import annotations

import pytest

from assistant.safety import Urgency


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        # Not being around to see how a treatment turns out.
        ("please dont bother booking the review, i won't be here to find out whether it worked", "self_harm"),
        ("no point sending aftercare tips, I probably won't be around to see the results", "self_harm"),
        # Affairs settled together with a future absence, in any order.
        ("the dog is going to my neighbour and my will is written, so I won't need the follow up", "self_harm"),
        ("i wont be needing another session. ive made arrangements for my rabbits", "self_harm"),
        # "Better off gone" in any person; everyone better off without her, said by her.
        ("my brother keeps saying hed be better off not around", "self_harm"),
        ("honestly i'd be better off gone, sorry to dump that on you", "self_harm"),
        ("my mum told me everyone would be better off without her", "self_harm"),
        ("creo que estaría mejor muerta, nadie lo notaría", "self_harm"),
        ("parfois je me dis que je serais mieux morte", "self_harm"),
        ("Ich wäre doch besser tot, ehrlich", "self_harm"),
        # Someone shut in and not answering after low talk.
        (
            "my flatmate has been saying she hates herself, now she's locked herself in her room and isn't answering",
            "self_harm",
        ),
        # Clinical shorthand: SI, ideation with a plan or intent, NSSI, an OD.
        ("paramedic here, active SI the past fortnight and tonight it feels different", "self_harm"),
        ("ideation with intent since sunday, please just cancel my slot", "self_harm"),
        ("history of NSSI and it started again this week", "self_harm"),
        ("thinking about an OD on my sleeping tablets tonight", "self_harm"),
        ("dark thoughts for a month and now I've made a plan", "self_harm"),
        # Numbing cream with a body-wide sign in other words, every read language.
        (
            "my mum spread numbing cream over both arms and wrapped them, now she's jittery and not making any sense",
            "numbing_cream_toxicity",
        ),
        (
            "Meine Schwester hat die Oberschenkel dick mit Betäubungscreme eingecremt, jetzt zittert sie",
            "numbing_cream_toxicity",
        ),
        ("Nach der Betäubungscreme auf dem ganzen Rücken redet er nur noch Unsinn", "numbing_cream_toxicity"),
        ("j'ai mis la crème anesthésiante sur les deux cuisses et maintenant je tremble", "numbing_cream_toxicity"),
        ("se untó crema anestésica en toda la espalda y ahora dice cosas sin sentido", "numbing_cream_toxicity"),
        ("mąż nałożył krem znieczulający na całe plecy i teraz gada od rzeczy", "numbing_cream_toxicity"),
        # Skin gone grey with a word between, grey or bluish with cold, a colour with severe pain.
        ("depuis le skinbooster le bout de mon nez est devenu tout gris", "vascular_occlusion"),
        ("ma lèvre est grise et glacée depuis la piqûre", "vascular_occlusion"),
        ("después del relleno la mejilla se ha vuelto grisácea", "vascular_occlusion"),
        ("seit der Spritze ist die Stelle am Kinn aschfahl und eiskalt", "vascular_occlusion"),
        ("po zabiegu skóra nad wargą poszarzała", "vascular_occlusion"),
        ("nach dem Filler ist die Lippe bläulich verfärbt und tut höllisch weh", "vascular_occlusion"),
        ("après l'injection la zone est toute blanche et j'ai atrocement mal", "vascular_occlusion"),
        ("tras la mesoterapia tengo una zona amoratada que me duele una barbaridad", "vascular_occlusion"),
        # A net, lace or web pattern.
        ("since the booster there's a purple pattern on my cheek like a fishnet", "vascular_occlusion"),
        ("tengo la frente con manchas tipo red desde la mesoterapia", "vascular_occlusion"),
        ("j'ai une marque comme de la dentelle violette sur la joue après l'injection", "vascular_occlusion"),
        ("Seit der Spritze habe ich netzförmige lila Flecken an der Stirn", "vascular_occlusion"),
        ("na czole mam fioletową siateczkę po zabiegu", "vascular_occlusion"),
        # One eye that sees badly, a dark shadow in its view, an eye that hurts.
        ("desde las inyecciones en la frente el ojo derecho me duele", "vision_or_stroke"),
        ("depuis les injections du front, je vois une ombre noire dans l'oeil gauche", "vision_or_stroke"),
        ("seit der Spritze tut mein linkes Auge so weh", "vision_or_stroke"),
        ("ich sehe seit gestern einen grauen Schatten im rechten Auge", "vision_or_stroke"),
        ("po zastrzykach w czoło słabo widzę na lewe oko", "vision_or_stroke"),
        # Rigors said strongly, hardly any urine.
        ("tengo 39 de fiebre y unos escalofríos brutales desde la mesoterapia", "sepsis"),
        ("apenas he hecho pis hoy y tengo fiebre desde la sesión", "sepsis"),
        ("depuis la séance j'ai de la fièvre avec de très gros frissons", "sepsis"),
        ("je n'ai presque pas uriné depuis hier et j'ai de la fièvre", "sepsis"),
        ("seit der Mesotherapie hohes Fieber und heftigen Schüttelfrost", "sepsis"),
        ("od zabiegu mam gorączkę i okropne dreszcze", "sepsis"),
        ("prawie nie oddaję moczu od wczoraj, mam gorączkę", "sepsis"),
        ("temp is 39.2 since the tummy meso and i've got massive shakes", "sepsis"),
        ("i've only peed once today and feel feverish since the jabs", "sepsis"),
    ],
)
def test_family_is_an_emergency(screen, text, situation):
    assessment = screen.assess(text)
    assert assessment.urgency is Urgency.EMERGENCY, assessment
    assert situation in [finding.situation for finding in assessment.findings], assessment


@pytest.mark.parametrize(
    "text",
    [
        # Away, not gone; a pet sitter, not a farewell.
        "I won't be around next week as I'm on holiday, can we move my review?",
        "i won't be around to see the results at the 2 week check, I'm abroad for work, can I send photos",
        "the cat sitter is sorted so I'm free for Friday's session",
        "I won't be around on Saturday, the dog is going to my mum's",
        "final session on Friday, I've sorted everything for the kids",
        "my will is sorted and the dog goes to the kennels while we're on honeymoon, can I book before?",
        # Better off gone: an ex, a lump.
        "my ex is better off gone tbh, anyway can I book lips for Saturday",
        "those stubborn lumps would be better off gone, can fat dissolving help",
        "locked myself out of the house lol, can I come 10 mins late",
        # SI joint, SI units, an eye drop "OD", a plan for one's skin, Spanish "si".
        "I have SI joint pain after the gym, can I still have my thigh meso?",
        "my optician says use the drops OD twice a day, is under-eye meso ok?",
        "I have a plan for my skincare this year: three meso sessions",
        "si puedo ir mañana a la sesión, ¿tengo que llevar algo?",
        "Si, I've got a date for the wedding, can I book the booster before?",
        "mam plan od jutra, czy mogę przyjść na zabieg?",
        # Numbing cream as instructed, nothing wrong.
        "I used the numbing cream on a small area like the leaflet says, all fine, just checking timing",
        "j'ai mis la crème anesthésiante une heure avant comme indiqué, tout va bien",
        # Grey weather, grey hair, fishnet tights.
        "the forecast is grey and cold for my appointment day, should I still come?",
        "le temps est gris et froid, je peux quand même courir après la séance?",
        "my roots have gone grey, can scalp meso help?",
        # German "weiß" is also "I know".
        "Ich weiß nicht, ob das normal ist, aber es tut sehr weh nach der Spritze",
        "j'ai les cheveux gris et la peau terne, la mésothérapie peut aider?",
        # A dull complexion and whether a treatment helps it, not a change after one.
        "ma peau est grise et terne, la mésothérapie peut aider?",
        "meine Haut wirkt fahl, hilft Mesotherapie?",
        "moja cera zrobiła się szara, czy mezoterapia pomoże?",
        "my fishnet tights rubbed the injection site, is that ok?",
        # A dark spot on the skin, not in the sight.
        "tengo una mancha oscura en la mejilla, ¿la mesoterapia la quita?",
        # Chills from a song, a mild chill with a fever.
        "that song gave me full body chills lol, anyway can I book",
        "un poco de fiebre y escalofríos leves desde ayer",
    ],
)
def test_look_alikes_are_not_emergencies(screen, text):
    assert screen.assess(text).urgency is not Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # Numbing cream with confusion or shaking, in either order.
        "mi sono messa l'emla su tutte e due le cosce e ora mi sento confusa e agitata",
        "ela começou a tremer e a falar sem nexo depois da pomada anestésica nas pernas",
        # Grey or bluish and cold skin; a patch of colour with severe pain; a web pattern.
        "il mento è diventato grigiastro e gelido dopo il filler",
        "a bochecha ficou azulada e fria depois da aplicação",
        "tenho uma placa escura no nariz desde o preenchimento e dói demais",
        "ho una chiazza violacea a forma di ragnatela sul naso dopo il filler",
        "apareceu uma mancha roxa em forma de teia no nariz depois da aplicação",
        # Sight going in one eye, a dark shadow in its view, an eye that hurts.
        "da ieri dopo la seduta ci vedo sfocato dall'occhio sinistro",
        "ho un'ombra nera nella vista dell'occhio destro dopo le punture",
        "depois das injeções na testa o olho direito está doendo muito",
        "não consigo enxergar direito desde o preenchimento",
        # Strong rigors, hardly any urine.
        "ho la febbre e fortissimi brividi dopo la mesoterapia",
        "estou com febre e quase não urinei hoje",
    ],
)
def test_italian_and_portuguese_emergency_phrases(screen, text):
    assert screen.assess(text).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "non vedo l'ora di fare la seduta di venerdì!",
        "não vejo a hora de ver o resultado",
        "non vedo nessuna differenza dopo tre sedute, è normale?",
        "não vejo muito bem a diferença depois de três sessões",
        "ho una macchia scura sulla guancia, la mesoterapia aiuta?",
    ],
)
def test_italian_and_portuguese_look_alikes_are_not_emergencies(screen, text):
    assert screen.assess(text).urgency is not Urgency.EMERGENCY
