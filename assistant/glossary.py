"""A bilingual glossary of the clinic's subject, to read a question in another language.

The assistant answers in English only. A prospective patient who asks an
ordinary question in Spanish, French, German, Polish, Italian or Portuguese
("does it hurt?", "how many sessions?", "price?", "open on Sunday?") can
still be given the English answer, with a note in their language that the
clinic can help in it by phone. For that the message is *glossed*: each word
or phrase of the clinic's subject is replaced by English words, everything
else is dropped, and the English classifier reads the result
("¿cuántas sesiones necesito?" -> "how many sessions need").

The gloss is only a reading aid for the classifier. It is made of the
glossary's own English words (and of the message's words that already are
English, such as "sport" or "laser"), never of other patient text, so it can
carry no payload, slot or intent of its own. Whether it is read confidently
enough to answer is decided by `Gloss.usable` (enough of the message's
content words understood, at least one of them about the clinic's subject)
and then by the classifier's probability (rasa_addons/input_guard.py).

Matching is forgiving in the ways patients write: case and accents are
ignored (séance = seance, włosy = wlosy), a stem matches its inflections
(`sesion` matches sesiones, `wlos` matches włosów), and a longer word one
typing slip away from a stem still matches it (mesoterpia). Phrases are
matched before single words ("fait mal" = hurt, "wie viele" = how many).

Entries are written one a line as `stem[ stem...] = english words`; greetings
and courtesies have no English words (read, and left out of the gloss). A stem
shorter than four letters matches only the whole word. A stem starting with
`!` is compared with the word as typed (accents kept), for the few words
whose accent is their meaning (French "où" = where, "ou" = or).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Dict, FrozenSet, List, Sequence, Tuple

from assistant import nlp

# The languages glossed; the others that input_checks recognises keep the English-only reply.
LANGUAGES = ("es", "fr", "de", "pl", "it", "pt")

# English words of a gloss that say nothing about the subject by themselves:
# a gloss made only of these ("what is", "can I after") is not answered.
FUNCTION_WORDS = frozenset(
    """
    how many much long often when where who which what is are it do does can i you my me
    need the a to and or with without for of in on at after before really see go back
    have get take still very one only first make use your there this that also
    tomorrow next day wear buy scared
    """.split()
)

# Subject words patients type in any language that are not in the English lemma table.
LOANWORDS = frozenset(
    """
    botox prp paracetamol ibuprofen cellulite mesotherapy meso microneedling dermapen
    filler fillers laser peeling hydrafacial aqualyx kybella lipolab profhilo
    """.split()
)

_ENTRIES: Dict[str, str] = {
    # ------------------------------------------------------------------ Spanish
    "es": """
        buenos dias =
        buenas tardes =
        por favor =
        hola =
        gracias =
        saludos =
        dia siguiente = next day
        manana = tomorrow
        usar = wear
        llevar = wear
        mesoterap = mesotherapy
        meso = meso
        tratamiento = treatment
        procedimiento = procedure
        sesion = sessions
        cuantas veces = how often
        cuantas = how many
        cuantos = how many
        cuanto cuesta = how much cost
        cuanto vale = how much cost
        cuanto sale = how much cost
        cuanto tiempo = how long
        cuanto dura = how long last
        cuanto = how much
        precio = price
        tarifa = price
        cuesta = cost
        coste = cost
        costo = cost
        caro = expensive
        duele = hurt
        panico = scared
        miedo = scared
        terror = scared
        fobia = scared
        doler = hurt
        dolor = pain
        doloros = painful
        anestes = numbing anaesthetic
        duran = last
        dura = last
        durar = last
        duracion = how long last
        permanente = permanent
        resultado = results
        cuando = when
        ver = see
        notar = notice
        efectos secundarios = side effects
        efectos adversos = side effects
        secundario = side effects
        riesgo = risks
        peligros = dangerous
        complicacion = complications
        hinchazon = swelling
        inflamacion = swelling
        moraton = bruising
        moreton = bruising
        hematoma = bruising
        enrojecim = redness
        rojez = redness
        bultos = bumps
        despues = after
        antes y despues = before and after
        antes = before
        deporte = sport
        gimnasio = gym
        gym = gym
        ejercicio = exercise
        entrenar = work out
        correr = running
        nadar = swimming
        piscina = swimming pool
        sol = sun
        playa = beach
        vacaciones = holiday
        rayos uva = sunbed
        bronceado = tanning
        broncear = tanning
        sauna = sauna
        alcohol = alcohol
        vino = wine
        cerveza = beer
        beber = drink
        maquillaje = makeup
        maquillar = makeup
        lavar = wash
        ducha = shower
        duchar = shower
        cabello = hair
        pelo = hair
        capilar = hair
        caida = loss
        calvicie = baldness
        alopecia = hair loss
        cuero cabelludo = scalp
        cara = face
        rostro = face
        facial = face
        arruga = wrinkles
        lineas de expresion = fine lines
        flacidez = sagging skin
        piel = skin
        celulitis = cellulite
        grasa = fat
        papada = double chin
        barriga = belly
        abdomen = belly
        vientre = belly
        muslo = thighs
        acne = acne
        cicatri = scars
        manchas = dark spots
        melasma = melasma
        ojeras = dark circles
        embarazada = pregnant
        embarazo = pregnancy
        lactancia = breastfeeding
        amamant = breastfeeding
        quien = who
        medico = doctor
        doctor = doctor
        enfermer = nurse
        que es = what is
        en que consiste = what is
        como funciona = how does it work
        funciona = work
        realmente = really
        de verdad = really
        reservar = book
        reserva = booking
        pedir cita = book appointment
        cita = appointment
        consulta = consultation
        gratuita = free
        gratis = free
        abierto = open
        abren = open
        abre = open
        horario = opening hours
        domingo = Sunday
        sabado = Saturday
        lunes = Monday
        viernes = Friday
        martes = Tuesday
        miercoles = Wednesday
        jueves = Thursday
        hueco = free slot
        disponib = available
        atienden = open
        atendeis = open
        donde = where
        direccion = address
        como llegar = how to get there
        aparcamiento = parking
        aparcar = parking
        telefono = phone number
        correo = email
        hombre = men
        seguro = safe
        aprobado = approved
        legal = legal
        ingrediente = ingredients
        que se inyecta = what is injected
        inyecta = inject
        vitamina = vitamins
        aguja = needles
        sin = without
        en casa = at home
        comprar = buy
        combinar = combine
        diferencia = difference
        mejor = better
        trabajo = work
        trabajar = work
        volver = go back
        recuperacion = recovery
        clinica = clinic
        puedo = can i
        necesito = need
        fotos = photos
        opiniones = reviews
        resenas = reviews
        cancelar = cancel
        anular = cancel
        cambiar = change
        queja = complaint
        reclamacion = complaint
        tocar = touch
        masaje = massage
        ibuprofeno = ibuprofen
        analgesico = painkillers
        preparar = prepare
        candidato = good candidate
        adecuado = suitable
        inventor = invented
        origen = origin
        tratamientos ofrecen = treatments do you offer
    """,
    # ------------------------------------------------------------------- French
    "fr": """
        s il vous plait =
        bonjour =
        bonsoir =
        salut =
        merci =
        svp =
        stp =
        cordialement =
        lendemain = next day
        demain = tomorrow
        porter = wear
        mesotherap = mesotherapy
        meso = meso
        traitement = treatment
        soin = treatment
        seance = sessions
        combien de fois = how often
        combien de temps = how long
        combien coute = how much cost
        combien ca coute = how much cost
        combien = how many
        prix = price
        tarif = price
        coute = cost
        cout = cost
        cher = expensive
        fait mal = hurt
        peur = scared
        phobie = scared
        terreur = scared
        font mal = hurt
        piqure = injections
        faire mal = hurt
        mal = hurt
        douleur = pain
        douloureu = painful
        anesthe = numbing anaesthetic
        durent = last
        dure = last
        durer = last
        duree = how long
        permanent = permanent
        definiti = permanent
        resultat = results
        quand = when
        voir = see
        effets secondaires = side effects
        effets indesirables = side effects
        secondaire = side effects
        risque = risks
        dangereu = dangerous
        complication = complications
        gonflement = swelling
        enflure = swelling
        oedeme = swelling
        bleu = bruising
        hematome = bruising
        ecchymose = bruising
        rougeur = redness
        bosse = bumps
        apres = after
        avant apres = before and after
        avant = before
        sport = sport
        salle de sport = gym
        exercice = exercise
        entrainement = workout
        courir = running
        nager = swimming
        piscine = swimming pool
        soleil = sun
        plage = beach
        vacances = holiday
        cabine uv = sunbed
        bronzer = tanning
        bronzage = tanning
        sauna = sauna
        hammam = steam room
        alcool = alcohol
        vin = wine
        biere = beer
        boire = drink
        maquillage = makeup
        maquiller = makeup
        laver = wash
        douche = shower
        cheveu = hair
        capillaire = hair
        chute = loss
        calvitie = baldness
        alopecie = hair loss
        cuir chevelu = scalp
        visage = face
        ride = wrinkles
        ridule = fine lines
        relachement = sagging skin
        peau = skin
        cellulite = cellulite
        graisse = fat
        double menton = double chin
        ventre = belly
        cuisse = thighs
        acne = acne
        cicatrice = scars
        tache = dark spots
        melasma = melasma
        cerne = dark circles
        enceinte = pregnant
        grossesse = pregnancy
        allait = breastfeeding
        qui = who
        medecin = doctor
        docteur = doctor
        infirmi = nurse
        qu est ce que c est = what is
        qu est ce que = what is
        c est quoi = what is
        comment ca marche = how does it work
        comment fonctionne = how does it work
        fonctionne = work
        marche = work
        vraiment = really
        reserver = book
        reservation = booking
        prendre rendez vous = book appointment
        rendez vous = appointment
        rdv = appointment
        consultation = consultation
        gratuit = free
        ouvert = open
        ouvre = open
        horaire = opening hours
        dimanche = Sunday
        samedi = Saturday
        lundi = Monday
        vendredi = Friday
        mardi = Tuesday
        mercredi = Wednesday
        jeudi = Thursday
        creneau = free slot
        disponib = available
        !où = where
        adresse = address
        situe = located
        venir = get there
        garer = parking
        stationnement = parking
        parking = parking
        telephone = phone number
        mail = email
        homme = men
        sans danger = safe
        securitaire = safe
        autorise = approved
        approuve = approved
        legal = legal
        ingredient = ingredients
        produit = product
        injecte = inject
        vitamine = vitamins
        aiguille = needles
        sans = without
        a la maison = at home
        domicile = at home
        acheter = buy
        combiner = combine
        associer = combine
        difference = difference
        mieux = better
        meilleur = better
        travail = work
        reprendre = go back
        recuperation = recovery
        clinique = clinic
        cabinet = clinic
        puis je = can i
        peux je = can i
        est ce que je peux = can i
        je peux = can i
        peut on = can you
        photos = photos
        avis = reviews
        annuler = cancel
        deplacer = reschedule
        reporter = reschedule
        plainte = complaint
        reclamation = complaint
        toucher = touch
        masser = massage
        massage = massage
        ibuprofene = ibuprofen
        antidouleur = painkillers
        preparer = prepare
        candidat = good candidate
        adapte = suitable
        invente = invented
        origine = origin
        pain = bread
    """,
    # ------------------------------------------------------------------- German
    "de": """
        guten tag =
        guten morgen =
        guten abend =
        hallo =
        danke =
        bitte =
        gruss =
        nachsten tag = next day
        morgen = tomorrow
        tragen = wear
        mesotherap = mesotherapy
        meso = meso
        behandlung = treatment
        sitzung = sessions
        termine = sessions
        wie oft = how often
        wie viele = how many
        wie viel kostet = how much cost
        wie viel = how much
        wieviel = how much
        wie lange = how long
        was kostet = how much cost
        preis = price
        kostet = cost
        kosten = cost
        teuer = expensive
        weh = hurt
        angst = scared
        phobie = scared
        schmerz = pain
        schmerzhaft = painful
        betaub = numbing anaesthetic
        halten = last
        halt = last
        anhalten = last
        dauerhaft = permanent
        permanent = permanent
        ergebnis = results
        wirkung = effect
        wann = when
        sehen = see
        nebenwirkung = side effects
        risik = risks
        gefahrlich = dangerous
        komplikation = complications
        schwellung = swelling
        geschwollen = swelling
        blaue flecken = bruising
        blauer fleck = bruising
        hamatom = bruising
        rotung = redness
        knotchen = bumps
        beulen = bumps
        nach = after
        danach = after
        vorher nachher = before and after
        vorher = before
        vor = before
        sport = sport
        fitnessstudio = gym
        fitness = gym
        training = exercise
        trainieren = work out
        joggen = running
        laufen = running
        schwimmen = swimming
        sonne = sun
        strand = beach
        urlaub = holiday
        solarium = sunbed
        sonnenbank = sunbed
        braunen = tanning
        sauna = sauna
        dampfbad = steam room
        alkohol = alcohol
        wein = wine
        bier = beer
        trinken = drink
        make up = makeup
        schmink = makeup
        waschen = wash
        duschen = shower
        haarausfall = hair loss
        haar = hair
        glatze = baldness
        kopfhaut = scalp
        gesicht = face
        falte = wrinkles
        faltchen = fine lines
        haut = skin
        cellulite = cellulite
        orangenhaut = cellulite
        fett = fat
        doppelkinn = double chin
        bauch = belly
        oberschenkel = thighs
        akne = acne
        narbe = scars
        pigmentfleck = dark spots
        flecken = dark spots
        augenringe = dark circles
        schwanger = pregnant
        stillen = breastfeeding
        stillzeit = breastfeeding
        wer = who
        arzt = doctor
        arztin = doctor
        krankenschwester = nurse
        was ist = what is
        wie funktioniert = how does it work
        funktioniert = work
        wirkt = work
        wirklich = really
        buchen = book
        reservieren = book
        termin = appointment
        beratung = consultation
        kostenlos = free
        geoffnet = open
        offen = open
        offnungszeit = opening hours
        sonntag = Sunday
        samstag = Saturday
        montag = Monday
        freitag = Friday
        dienstag = Tuesday
        mittwoch = Wednesday
        donnerstag = Thursday
        freie termine = free appointments
        verfugbar = available
        wo = where
        adresse = address
        anfahrt = how to get there
        parken = parking
        parkplatz = parking
        telefon = phone number
        mann = men
        manner = men
        sicher = safe
        zugelassen = approved
        legal = legal
        inhaltsstoff = ingredients
        gespritzt = injected
        spritzt = inject
        vitamin = vitamins
        nadel = needles
        ohne = without
        zu hause = at home
        zuhause = at home
        kaufen = buy
        kombinier = combine
        unterschied = difference
        besser = better
        arbeit = work
        arbeiten = work
        erholung = recovery
        klinik = clinic
        praxis = clinic
        kann ich = can i
        darf ich = can i
        fotos = photos
        bilder = photos
        bewertung = reviews
        absagen = cancel
        stornieren = cancel
        verschieben = reschedule
        beschwerde = complaint
        beruhren = touch
        massage = massage
        massieren = massage
        schmerzmittel = painkillers
        vorbereiten = prepare
        geeignet = suitable
        erfunden = invented
        herkunft = origin
    """,
    # ------------------------------------------------------------------- Polish
    "pl": """
        dzien dobry =
        czesc =
        witam =
        dziekuje =
        prosze =
        pozdrawiam =
        nastepnego dnia = next day
        jutro = tomorrow
        nosic = wear
        mezoterap = mesotherapy
        mezo = meso
        zabieg = treatment
        sesj = sessions
        ile razy = how many sessions
        jak czesto = how often
        ile kosztuje = how much cost
        ile = how many
        jak dlugo = how long
        cena = price
        cennik = price
        koszt = cost
        drog = expensive
        boli = hurt
        boje sie = scared
        strach = scared
        fobi = scared
        przeraz = scared
        bol = pain
        bolesn = painful
        znieczul = numbing anaesthetic
        utrzymuj = last
        trwa = last
        trwal = permanent
        efekt = results
        rezultat = results
        kiedy = when
        widac = see
        zobacz = see
        skutki uboczne = side effects
        efekty uboczne = side effects
        uboczn = side effects
        ryzyk = risks
        niebezpieczn = dangerous
        powiklan = complications
        obrzek = swelling
        opuchl = swelling
        siniak = bruising
        krwiak = bruising
        zaczerwien = redness
        grudk = bumps
        po = after
        przed i po = before and after
        przed = before
        sport = sport
        silowni = gym
        cwiczen = exercise
        cwiczyc = exercise
        trening = workout
        biegac = running
        plywa = swimming
        basen = swimming pool
        slonc = sun
        opala = tanning
        plaz = beach
        wakacj = holiday
        urlop = holiday
        solarium = sunbed
        sauna = sauna
        saune = sauna
        alkohol = alcohol
        wino = wine
        piwo = beer
        pic = drink
        makijaz = makeup
        malowac = makeup
        myc = wash
        umyc = wash
        prysznic = shower
        wlos = hair
        wypadani = loss
        lysien = baldness
        skora glowy = scalp
        twarz = face
        zmarszcz = wrinkles
        skora = skin
        skore = skin
        skory = skin
        cellulit = cellulite
        tluszcz = fat
        tkanki tluszczowej = fat
        podbrodek = double chin
        brzuch = belly
        uda = thighs
        udach = thighs
        tradzik = acne
        blizn = scars
        przebarwien = dark spots
        plam = dark spots
        cienie pod oczami = dark circles
        sinice = dark circles
        ciaz = pregnant
        karmi = breastfeeding
        kto = who
        lekarz = doctor
        pielegniark = nurse
        co to jest = what is
        czym jest = what is
        na czym polega = what is
        jak dziala = how does it work
        dziala = work
        naprawde = really
        umowic = book
        zapisac = book
        rezerwac = booking
        zarezerwowac = book
        wizyt = appointment
        konsultac = consultation
        bezplatn = free
        darmow = free
        otwart = open
        czynn = open
        godziny otwarcia = opening hours
        godzin = hours
        niedziel = Sunday
        sobot = Saturday
        poniedzialek = Monday
        piatek = Friday
        wtorek = Tuesday
        wtorki = Tuesday
        sroda = Wednesday
        srode = Wednesday
        czwart = Thursday
        wolny termin = free appointment
        wolne terminy = free appointments
        dostepn = available
        pomalowac = makeup
        umalowac = makeup
        gdzie = where
        adres = address
        dojechac = get there
        parking = parking
        zaparkowac = parking
        telefon = phone number
        mezczyzn = men
        bezpieczn = safe
        zatwierdzon = approved
        legaln = legal
        sklad = ingredients
        wstrzykuj = inject
        wstrzykiwan = injected
        witamin = vitamins
        igl = needles
        bez = without
        w domu = at home
        kupic = buy
        laczyc = combine
        polaczyc = combine
        roznic = difference
        lepsz = better
        pracy = work
        praca = work
        wrocic = go back
        klinik = clinic
        gabinet = clinic
        moge = can i
        czy moge = can i
        zdjeci = photos
        opini = reviews
        odwolac = cancel
        przelozyc = reschedule
        zmienic = change
        reklamac = complaint
        skarg = complaint
        dotykac = touch
        masaz = massage
        masowac = massage
        przeciwbol = painkillers
        przygotowac = prepare
        nadaje = suitable
        wymyslil = invented
    """,
    # ------------------------------------------------------------------ Italian
    "it": """
        per favore =
        ciao =
        buongiorno =
        buonasera =
        salve =
        grazie =
        saluti =
        giorno dopo = next day
        domani = tomorrow
        indossare = wear
        usare = use
        mesoterap = mesotherapy
        meso = meso
        trattamento = treatment
        trattamenti = treatment
        sedut = sessions
        sessioni = sessions
        ogni quanto = how often
        quante volte = how often
        quante = how many
        quanti = how many
        quanto costa = how much cost
        quanto costano = how much cost
        quanto tempo = how long
        quanto dura = how long last
        quanto durano = how long last
        quanto = how much
        prezzo = price
        prezzi = price
        tariff = price
        costa = cost
        costo = cost
        caro = expensive
        fa male = hurt
        paura = scared
        fobia = scared
        terrore = scared
        male = hurt
        dolore = pain
        doloros = painful
        anestet = numbing anaesthetic
        durano = last
        dura = last
        durare = last
        permanent = permanent
        definitiv = permanent
        risultat = results
        quando = when
        vedere = see
        vedo = see
        effetti collaterali = side effects
        collateral = side effects
        rischi = risks
        pericolos = dangerous
        complicanz = complications
        gonfiore = swelling
        gonfi = swelling
        lividi = bruising
        livido = bruising
        ematoma = bruising
        rossore = redness
        arrossam = redness
        bozzi = bumps
        ponfi = bumps
        dopo = after
        prima e dopo = before and after
        prima = before
        sport = sport
        palestra = gym
        esercizio = exercise
        allenamento = workout
        allenarmi = work out
        correre = running
        nuotare = swimming
        piscina = swimming pool
        sole = sun
        spiaggia = beach
        vacanza = holiday
        lampada = sunbed
        lampade = sunbed
        solarium = sunbed
        abbronza = tanning
        sauna = sauna
        bagno turco = steam room
        alcol = alcohol
        alcool = alcohol
        vino = wine
        birra = beer
        bere = drink
        trucco = makeup
        truccar = makeup
        lavare = wash
        doccia = shower
        capelli = hair
        capillare = hair
        caduta = loss
        calvizie = baldness
        alopecia = hair loss
        cuoio capelluto = scalp
        viso = face
        faccia = face
        rughe = wrinkles
        pelle = skin
        cellulite = cellulite
        grasso = fat
        adipe = fat
        doppio mento = double chin
        pancia = belly
        addome = belly
        cosce = thighs
        coscia = thighs
        acne = acne
        cicatric = scars
        macchie = dark spots
        occhiaie = dark circles
        incinta = pregnant
        gravidanza = pregnancy
        allatt = breastfeeding
        chi = who
        medico = doctor
        dottor = doctor
        infermier = nurse
        che cos e = what is
        cos e = what is
        che cosa e = what is
        come funziona = how does it work
        funziona = work
        davvero = really
        veramente = really
        prenotare = book
        prenotazione = booking
        appuntamento = appointment
        consulenza = consultation
        visita = consultation
        gratuit = free
        aperto = open
        aperti = open
        apre = open
        orari = opening hours
        orario = opening hours
        domenica = Sunday
        sabato = Saturday
        lunedi = Monday
        venerdi = Friday
        martedi = Tuesday
        mercoledi = Wednesday
        giovedi = Thursday
        disponibil = available
        dove = where
        indirizzo = address
        arrivare = get there
        parcheggi = parking
        telefono = phone number
        uomini = men
        uomo = men
        sicur = safe
        approvat = approved
        legale = legal
        ingredient = ingredients
        iniett = inject
        iniezion = injection
        punture = injections
        vitamin = vitamins
        aghi = needles
        ago = needles
        senza = without
        a casa = at home
        comprare = buy
        combinare = combine
        abbinare = combine
        differenza = difference
        meglio = better
        migliore = better
        lavoro = work
        lavorare = work
        tornare = go back
        recupero = recovery
        clinica = clinic
        centro = clinic
        posso = can i
        foto = photos
        recensioni = reviews
        annullare = cancel
        disdire = cancel
        spostare = reschedule
        reclamo = complaint
        toccare = touch
        massaggi = massage
        ibuprofene = ibuprofen
        paracetamolo = paracetamol
        antidolorific = painkillers
        prepararmi = prepare
        preparare = prepare
        adatt = suitable
        inventat = invented
        origine = origin
    """,
    # --------------------------------------------------------------- Portuguese
    "pt": """
        bom dia =
        boa tarde =
        por favor =
        ola =
        obrigado =
        obrigada =
        dia seguinte = next day
        amanha = tomorrow
        usar = wear
        mesoterap = mesotherapy
        meso = meso
        tratamento = treatment
        procedimento = procedure
        sess = sessions
        quantas vezes = how often
        quantas = how many
        quantos = how many
        quanto custa = how much cost
        quanto tempo = how long
        quanto dura = how long last
        quanto = how much
        preco = price
        valor = price
        custa = cost
        custo = cost
        caro = expensive
        doi = hurt
        medo = scared
        pavor = scared
        panico = scared
        fobia = scared
        terror = scared
        doer = hurt
        dor = pain
        doloros = painful
        anestes = numbing anaesthetic
        duram = last
        dura = last
        durar = last
        permanente = permanent
        definitiv = permanent
        resultado = results
        quando = when
        ver = see
        efeitos colaterais = side effects
        efeitos secundarios = side effects
        colatera = side effects
        riscos = risks
        risco = risks
        perigos = dangerous
        complicac = complications
        inchaco = swelling
        inchad = swelling
        hematoma = bruising
        roxo = bruising
        vermelhid = redness
        caroco = bumps
        depois = after
        antes e depois = before and after
        antes = before
        esporte = sport
        desporto = sport
        academia = gym
        ginasio = gym
        exercicio = exercise
        treinar = work out
        correr = running
        nadar = swimming
        piscina = swimming pool
        sol = sun
        praia = beach
        ferias = holiday
        solario = sunbed
        bronze = tanning
        sauna = sauna
        alcool = alcohol
        vinho = wine
        cerveja = beer
        beber = drink
        maquiagem = makeup
        maquilhagem = makeup
        lavar = wash
        banho = shower
        duche = shower
        cabelo = hair
        capilar = hair
        queda = loss
        calvicie = baldness
        alopecia = hair loss
        couro cabeludo = scalp
        rosto = face
        cara = face
        facial = face
        rugas = wrinkles
        flacidez = sagging skin
        pele = skin
        celulite = cellulite
        gordura = fat
        gordura localizada = fat
        papada = double chin
        barriga = belly
        abdomen = belly
        coxa = thighs
        acne = acne
        cicatriz = scars
        cicatrizes = scars
        manchas = dark spots
        melasma = melasma
        olheiras = dark circles
        gravida = pregnant
        gravidez = pregnancy
        amamenta = breastfeeding
        quem = who
        medico = doctor
        doutor = doctor
        enfermeir = nurse
        o que e = what is
        como funciona = how does it work
        funciona = work
        realmente = really
        mesmo = really
        marcar = book
        marcacao = appointment
        agendamento = appointment
        agendar = book
        reservar = book
        consulta = consultation
        gratuit = free
        gratis = free
        aberto = open
        aberta = open
        abre = open
        horario = opening hours
        domingo = Sunday
        sabado = Saturday
        segunda = Monday
        sexta = Friday
        terca = Tuesday
        quarta feira = Wednesday
        quinta feira = Thursday
        atendem = open
        atende = open
        vaga = free slot
        disponib = available
        onde = where
        endereco = address
        morada = address
        chegar = get there
        estacionamento = parking
        estacionar = parking
        telefone = phone number
        homens = men
        homem = men
        seguro = safe
        aprovado = approved
        legal = legal
        ingrediente = ingredients
        injeta = inject
        vitamina = vitamins
        agulha = needles
        sem = without
        em casa = at home
        comprar = buy
        combinar = combine
        diferenca = difference
        melhor = better
        trabalho = work
        trabalhar = work
        voltar = go back
        recuperacao = recovery
        clinica = clinic
        posso = can i
        fotos = photos
        avaliac = reviews
        opinioes = reviews
        cancelar = cancel
        desmarcar = cancel
        remarcar = reschedule
        reclamac = complaint
        queixa = complaint
        tocar = touch
        massag = massage
        ibuprofeno = ibuprofen
        analgesico = painkillers
        preparar = prepare
        indicad = suitable
        inventou = invented
        origem = origin
    """,
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Letters that Unicode does not decompose into a base letter and an accent.
_PLAIN = str.maketrans({"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d"})
# A stem this long or longer also matches longer words (its inflections).
_MIN_PREFIX_STEM = 4
# Words this long or longer may match a stem with one typing slip, and only stems
# this long or longer: a slip in a short stem makes another word ("quiero" is not "quien").
_MIN_TYPO_WORD = 6
_MIN_TYPO_STEM = 6


def fold(word: str) -> str:
    """Lower case, without accents: "Séances" -> "seances", "włosów" -> "wlosow"."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Entry:
    stems: Tuple[str, ...]  # folded, or raw for a stem written with "!"
    raw: Tuple[bool, ...]
    english: str

    @property
    def length(self) -> int:
        return sum(len(s) for s in self.stems)


def _parse(block: str) -> List[_Entry]:
    entries = []
    for line in block.strip().splitlines():
        source, _, english = line.partition("=")
        stems = source.split()
        entries.append(
            _Entry(
                stems=tuple(s[1:].lower() if s.startswith("!") else fold(s) for s in stems),
                raw=tuple(s.startswith("!") for s in stems),
                english=english.strip(),
            )
        )
    # Longer phrases and stems first, so "wie viele" wins over "wie viel" and "wie".
    return sorted(entries, key=lambda e: (-len(e.stems), -e.length))


@cache
def entries(language: str) -> Tuple[_Entry, ...]:
    return tuple(_parse(_ENTRIES[language]))


def _one_slip(a: str, b: str) -> bool:
    """Whether a and b differ by at most one insertion, deletion, substitution
    or swap of neighbouring letters."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) <= 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1 :] == short:
            return True
    return False


def _stem_matches(stem: str, raw: bool, word: str, typed: str, fuzzy: bool) -> bool:
    if raw:
        return typed.lower() == stem
    if word == stem or (len(stem) >= _MIN_PREFIX_STEM and word.startswith(stem)):
        return True
    if not fuzzy or len(word) < _MIN_TYPO_WORD or len(stem) < _MIN_TYPO_STEM:
        return False
    # A slip in the stem part of an inflected word: compare the word's beginning of
    # the stem's length (give or take a letter) with the stem.
    return any(_one_slip(word[: len(stem) + d], stem) for d in (-1, 0, 1))


def _match_at(tokens: Sequence[str], typed: Sequence[str], start: int, language: str) -> Tuple[_Entry, int] | None:
    """The entry read at tokens[start]: the longest phrase that matches exactly, else
    the single-word stem that covers most of the word ("mesoterapie", a slip for
    "mesotherapie", is mesotherapy, not just "meso")."""
    best: Tuple[int, _Entry] | None = None
    for entry in entries(language):
        n = len(entry.stems)
        if start + n > len(tokens):
            continue
        if n > 1:
            if all(
                _stem_matches(entry.stems[k], entry.raw[k], tokens[start + k], typed[start + k], False)
                for k in range(n)
            ):
                return entry, n  # phrases come first, longest first
            continue
        stem, raw, word = entry.stems[0], entry.raw[0], tokens[start]
        if _stem_matches(stem, raw, word, typed[start], False):
            score = 2 * len(stem)
        elif _stem_matches(stem, raw, word, typed[start], True):
            score = 2 * len(stem) - 3  # a slip costs a little more than a letter
        else:
            continue
        if best is None or score > best[0]:
            best = (score, entry)
    return (best[1], 1) if best is not None else None


@cache
def _stop_words(language: str) -> FrozenSet[str]:
    import importlib

    module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    return frozenset(fold(w) for w in module.STOP_WORDS)


def prepare() -> None:
    """Parse the glossary and load its stop-word lists now (at model load), not in
    the first foreign patient's turn."""
    for language in LANGUAGES:
        entries(language)
        _stop_words(language)


@dataclass(frozen=True)
class Gloss:
    language: str
    english: str  # the glossary's English words, in the message's order
    content_words: int  # the message's words that are not stop words
    understood: int  # of those, how many the glossary (or English itself) read
    subject_words: int  # glossary words of the gloss that are about something (not FUNCTION_WORDS)

    @property
    def usable(self) -> bool:
        """Enough of the message read to let the classifier answer it: at least
        one subject word, and at least half of the content words understood
        (a question about something the glossary does not know, say a tattoo,
        keeps the English-only reply instead of being answered by its other words)."""
        return self.subject_words >= 1 and self.understood * 2 >= self.content_words


def gloss(text: str, language: str) -> Gloss | None:
    """The message read into English words, or None for a language not glossed."""
    if language not in LANGUAGES:
        return None
    typed = _WORD.findall(nlp.mask_markup(text))
    tokens = [fold(t) for t in typed]
    stop = _stop_words(language)
    english: List[str] = []
    content = understood = subject = 0
    i = 0
    while i < len(tokens):
        found = _match_at(tokens, typed, i, language)
        if found is not None:
            entry, n = found
            if entry.english:
                english.append(entry.english)
            subject += sum(1 for w in entry.english.lower().split() if w not in FUNCTION_WORDS)
            words = tokens[i : i + n]
            content += sum(1 for w in words if w not in stop and len(w) > 2)
            understood += sum(1 for w in words if w not in stop and len(w) > 2)
            i += n
            continue
        word = tokens[i]
        i += 1
        if word in stop or len(word) <= 2:
            continue
        content += 1
        if word in LOANWORDS:
            english.append(word)
            understood += 1
            subject += 1
        elif word.isascii() and len(word) >= 4 and nlp.is_english_word(word):
            # Already English (sport, laser): read as it is, but not a subject on its
            # own, since many foreign words happen to be spelt like English ones.
            english.append(word)
            understood += 1
    return Gloss(language, " ".join(english), content, understood, subject)
