"""slavic23: classes of romanized input the default language choice read as Russian.

1. A language's own reading of romanized text that spells what its spelling never writes
   (``[forbidden]`` of translit/langs/evidence.toml, now held against each reader's reading in
   :func:`translit.langs.identify._identify_latin`): the Russian reader's Хородетскый for a
   Ukrainian adjective in -skyi (Russian writes -кий after a velar, never -кый) and its Нйегошева
   for Serbian nj/lj before a vowel (Russian writes й only after a vowel or word-initially).

Every example here is the tester's own; real pymorphy3 dictionaries, no mocks.
"""

from __future__ import annotations

import pytest

from translit import identify, to_cyrillic
from translit.langs.choose import choose
from translit.langs.identify import forbidden_sequences


@pytest.mark.parametrize("word", ["Олескый", "русьскых", "великым", "дорогыми", "тихые"])
def test_adjective_ending_after_a_velar_with_y_is_no_russian(word):
    assert forbidden_sequences(word, "ru")
    assert forbidden_sequences(word, "be")


@pytest.mark.parametrize("word", ["Нйегош", "плйеск", "пожалйста", "тсйу"])
def test_short_i_after_a_consonant_is_no_russian(word):
    assert forbidden_sequences(word, "ru")


@pytest.mark.parametrize("text", ["Кыргызстан и Казахстан", "Нью-Йорк", "йод и майонез", "Бийск",
                                  "высокий замок", "русских книг", "Ольга Йовович"])
def test_russian_spellings_stay_allowed(text):
    assert forbidden_sequences(text, "ru") == []


# (text, the language chosen by default, its reading): the class (-skyi; nj/lj before a vowel), and
# Russian in one table, which stays Russian
CHOSEN = [
    ("Horodetskyi muzei", "uk", "Городецький музей"),
    ("Sokalskyi raion", "uk", "Сокальський район"),
    ("Zbarazkyi zamok", "uk", "Збаразький замок"),
    ("Krasylivskyi raion", "uk", "Красилівський район"),
    ("Njegoševa ulica", "sr", "Његошева улица"),
    ("Knjiga o Njegošu", "sr", "Књига о Његошу"),
    ("Moskovskii universitet", "ru", "Московский университет"),
    ("Vysokii zamok", "ru", "Высокий замок"),
    ("Dostoevskii i Gogol'", "ru", "Достоевский и Гоголь"),
    ("Russkie narodnye skazki", "ru", "Русские народные сказки"),
]


@pytest.mark.parametrize("text, lang, cyrillic", CHOSEN)
def test_read_by_default_in_its_language(text, lang, cyrillic):
    assert choose(text).language == lang
    assert to_cyrillic(text, lang="auto").text == cyrillic


def test_the_misspelt_reading_is_said_in_the_evidence():
    ru = {r.language: r for r in identify("Sokalskyi raion").ranking}["ru"]
    assert any("not written in its spelling" in e for e in ru.evidence)


@pytest.mark.parametrize("text", ["Руськый язык и культура", "Великый народ"])
def test_cyrillic_adjective_in_kyi_is_rusyn(text):
    assert identify(text).language == "rue"
