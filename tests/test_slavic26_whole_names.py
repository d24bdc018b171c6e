"""slavic26: in English prose read in another Slavic language, a person's name is read whole. A
capitalized forename common in a Western list (Vera and Mira in Italian's and Spanish's, Elena,
Nina) standing one space from a surname the language reads is read with it when the language reads
it as a forename of its own (:func:`translit.langs.running.own_forename`: the Ukrainian dictionary's
Name tag; for the others their frequency list and a forename spelled the same, or a word English
hardly writes). When the language reads no such forename (Ukrainian knows Вера only as a surname),
the neighbour's lead is declined (:func:`translit.langs.choose._name_left_unread`) and the name never
comes out half Latin, half Cyrillic. English words stay English. Inputs written here; real
pymorphy3 dictionaries, wordfreq and GeoNames."""

from __future__ import annotations

import pytest
from test_slavic25_placed_names import _LATIN, _to_cyrillic

from translit.langs.running import own_forename


@pytest.mark.parametrize("text, name", [
    # Macedonian
    ("The singer Mira Sokolova was born in Kochani.", "Мира Соколова"),
    ("The singer Elena Sokolova was born in Kochani.", "Елена Соколова"),
    ("The singer Nina Sokolova was born in Kochani.", "Нина Соколова"),
    # Bulgarian
    ("The actress Vera Petrova was born in Pazardzhik.", "Вера Петрова"),
    ("The painter Maria Ivanova was born in Pazardzhik.", "Мария Иванова"),
    ("The singer Mira Sokolova was born in Pazardzhik.", "Мира Соколова"),
    # Ukrainian: forenames its dictionary tags Name
    ("The poet Anna Orlova was born in Kremenchuk.", "Анна Орлова"),
    ("The singer Nina Kovaleva was born in Kremenchuk.", "Ніна Ковалева"),
    ("The poet Marta Orlova was born in Kremenchuk.", "Марта Орлова"),
    # Serbian: the surname beside the forename carries Serbian letters
    ("The actress Vera Petrović was born in Kragujevac.", "Вера Петровић"),
    ("The singer Mira Marković was born in Čačak.", "Мира Марковић"),
    ("The singer Nina Đorđević was born in Niš.", "Нина Ђорђевић"),
])
def test_forename_read_with_its_surname(text: str, name: str) -> None:
    assert name in _to_cyrillic(text)


@pytest.mark.parametrize("text, forename, surname", [
    # Ukrainian reads Vera as Вера, which its dictionary knows only as a surname (its forename is Віра)
    ("The poet Vera Orlova was born in Kremenchuk.", "Vera", "Orlova"),
    ("The actress Vera Sokolova was born in Vinnytsia.", "Vera", "Sokolova"),
    ("The singer Vera Kovaleva was born in Zhytomyr.", "Vera", "Kovaleva"),
    # Ukrainian reads Maria as Маріа, no word of its list
    ("The actress Maria Zankovetska was born in Nizhyn.", "Maria", "Zankovetska"),
])
def test_never_half_latin(text: str, forename: str, surname: str) -> None:
    out = _to_cyrillic(text)
    start = text.index(forename)
    end = text.index(surname) + len(surname)
    a = out.index(text[:start]) + start if out.startswith(text[:start]) else None
    assert a is not None
    name = out[a:a + (end - start) + 8].split(" was ")[0]
    halves = name.split()
    assert len(halves) == 2
    assert bool(_LATIN.search(halves[0])) == bool(_LATIN.search(halves[1])), name


@pytest.mark.parametrize("text, kept", [
    ("The Vera Cruz ferry sailed to Kremenchuk.", "The Vera Cruz ferry"),
    ("The Vera Cruz ferry reached Kragujevac.", "The Vera Cruz ferry"),
    ("She studied at Mira Costa College before Kochani.", "Mira Costa College"),
    ("Grace Kelly visited Lviv.", "Grace Kelly visited"),
    ("Grace Kelly visited Čačak.", "Grace Kelly visited"),
])
def test_english_words_stay_english(text: str, kept: str) -> None:
    assert kept in _to_cyrillic(text)


@pytest.mark.parametrize("token, cyr, lang, expected", [
    ("Anna", "Анна", "uk", True),
    ("Nina", "Ніна", "uk", True),
    ("Vera", "Вера", "uk", False),   # a surname to Ukrainian's dictionary
    ("Mayor", "Майор", "uk", False),  # a noun, no forename
    ("Mira", "Мира", "mk", True),
    ("Elena", "Елена", "bg", True),
    ("Mayor", "Майор", "bg", False),
    ("Grace", "Гръце", "bg", False),  # no word of Bulgarian's list
])
def test_own_forename(token: str, cyr: str, lang: str, expected: bool) -> None:
    assert own_forename(token, cyr, lang) is expected


@pytest.mark.parametrize("token,cyr", [("Hanna", "Ганна"), ("Iryna", "Ірына"), ("Mikalai", "Мікалай"),
                                       ("Aliaksandr", "Аляксандр")])
def test_belarusian_forenames_are_its_own_though_its_dictionary_gives_no_frequencies(token, cyr):
    """Belarusian's Hunspell forms all stand at the floor frequency: a form of its dictionary is
    enough (the lead, after slavic26 left every Belarusian name beside a read surname in Latin)."""
    from translit.langs.running import own_forename

    assert own_forename(token, cyr, "be")


@pytest.mark.parametrize("token,cyr", [("Senator", "Сенатар"), ("Lake", "Лаке"), ("Xqzt", "Ксквт")])
def test_a_word_no_belarusian_form_or_a_title_is_no_forename(token, cyr):
    from translit.langs.running import own_forename

    assert not own_forename(token, cyr, "be")
