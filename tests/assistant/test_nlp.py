from assistant import nlp


def test_words_carry_lower_cased_lookup_lemmas():
    words = nlp.words("Injections HURT? I can't breathe")

    assert [w.text for w in words] == ["Injections", "HURT", "I", "ca", "n't", "breathe"]
    assert [w.lemma for w in words] == ["injection", "hurt", "i", "ca", "not", "breathe"]


def test_markup_is_ignored_but_offsets_still_point_into_the_original():
    text = "<b>swollen</b> lips"
    words = nlp.words(text)

    assert [w.text for w in words] == ["swollen", "lips"]
    assert [text[w.start : w.end] for w in words] == ["swollen", "lips"]
    assert words[0].lemma == "swell"


def test_mask_markup_keeps_length():
    text = "hi <script>alert(1)</script> there"
    assert len(nlp.mask_markup(text)) == len(text)
    assert "script" not in nlp.mask_markup(text)


def test_english_word_lookup():
    assert nlp.is_english_word("bruising")
    assert not nlp.is_english_word("duele")
