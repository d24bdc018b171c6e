"""Regression tests for reader defects found by a hostile probe: each checks a class of inputs."""

from __future__ import annotations

import pytest

from translit.read.reader import to_cyrillic
from translit.read.tokens import latin_words


@pytest.mark.parametrize("name", ["VanderPoel", "FitzGerald", "VonDerAhe", "DelVecchio", "VandenBerg"])
def test_a_surname_with_a_particle_and_an_inner_capital_is_one_word(name):
    assert [w.group() for w in latin_words(f"H. B. {name}, ed.")][2] == name
    # in running text the surname is kept whole, not half converted (VanderПоел)
    out = to_cyrillic(f"a note by H. B. {name} on the maps", policy="running").text
    assert name in out


@pytest.mark.parametrize("brand, parts", [("CardioSomatika", ["Cardio", "Somatika"]),
                                          ("DerzhavaFilʹm", ["Derzhava", "Filʹm"]),
                                          ("VanyaKnigi", ["Vanya", "Knigi"])])
def test_a_joined_brand_name_is_still_cut(brand, parts):
    assert [w.group() for w in latin_words(brand)] == parts


@pytest.mark.parametrize("letter", ["é", "è", "č", "ý", "ė"])
def test_a_lone_accented_letter_that_spells_no_russian_word_is_left(letter):
    r = to_cyrillic(letter)
    assert r.text == letter and not r.words[0].is_russian
    assert to_cyrillic(f"  {letter}\n").text == f"  {letter}\n"


@pytest.mark.parametrize("text, want", [("â", "я"), ("Ė. Bagritskiĭ", "Э. Багрицкий"), ("ž", "ж")])
def test_a_lone_letter_that_is_a_russian_word_or_an_initial_is_still_read(text, want):
    assert to_cyrillic(text).text == want


@pytest.mark.parametrize("latin, cyr", [("CCCP", "СССР"), ("MXAT", "МХАТ"), ("TACC", "ТАСС"), ("MOCKBA", "МОСКВА")])
def test_latin_capitals_that_look_like_a_known_cyrillic_word_read_as_it(latin, cyr):
    assert to_cyrillic(latin).text == cyr
    assert to_cyrillic(f"Istoriia {latin}").text == f"История {cyr}"


@pytest.mark.parametrize("word", ["TOM", "KGB", "NKVD", "SSSR"])
def test_capitals_a_scheme_spells_as_a_known_word_keep_that_reading(word):
    # TOM is том either way; KGB, NKVD and SSSR are romanized abbreviations, not lookalikes
    assert to_cyrillic(word).text == {"TOM": "ТОМ", "KGB": "КГБ", "NKVD": "НКВД", "SSSR": "СССР"}[word]


@pytest.mark.parametrize("latin, cyr", [("ch", "ч"), ("sh", "ш"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"),
                                        ("shch", "щ")])
def test_a_letter_keys_alike_in_any_case_and_in_cyrillic(latin, cyr):
    from translit.matchkey import key

    k = key(cyr)
    assert key(latin) == key(latin.capitalize()) == key(latin.upper()) == k
    assert key(k) == k


@pytest.mark.parametrize("latin, cyr", [("ya", "я"), ("yu", "ю"), ("yalta", "Ялта"), ("dostoyevsky", "Достоевский"),
                                        ("Istoriia SSSR", "история ссср")])
def test_lower_case_text_that_is_no_key_keys_as_its_cyrillic(latin, cyr):
    from translit.matchkey import key

    assert key(latin) == key(cyr)
    assert key(key(cyr)) == key(cyr)


@pytest.mark.parametrize("latin, cyr", [("Khrushchev", "Хрущев"), ("Chruschtschew", "Хрущев"),
                                        ("Khrouchtchev", "Хрущев"), ("Gorbachev", "Горбачев"), ("Fedor", "Федор")])
def test_no_yo_where_the_input_does_not_spell_it(latin, cyr):
    assert to_cyrillic(latin).text == cyr


@pytest.mark.parametrize("latin, cyr", [("Chruschtschow", "Хрущёв"), ("Gorbatschow", "Горбачёв"),
                                        ("Semjonow", "Семёнов"), ("Khrushchëv", "Хрущёв")])
def test_yo_where_the_input_spells_it_apart_from_e(latin, cyr):
    # German o (and Polish o) after a hushing consonant, jo and ALA-LC ë write ё, never е
    assert to_cyrillic(latin).text == cyr


@pytest.mark.parametrize("latin, scheme", [("T͡Sarskoe Selo", "alalc"), ("Tsarskoye Selo", "bgn-pcgn"),
                                           ("Krasnoe Selo", None), ("Tsarskoe Selo", None)])
@pytest.mark.parametrize("yo", [False, True])
def test_selo_is_never_read_with_yo(latin, scheme, yo):
    out = to_cyrillic(latin, scheme=scheme, yo=yo).text
    assert out.endswith(" Село") and "ё" not in out.lower()
