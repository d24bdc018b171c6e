"""slavic23: classes of romanized input the default language choice read as Russian.

1. A language's own reading of romanized text that spells what its spelling never writes
   (``[forbidden]`` of translit/langs/evidence.toml, now held against each reader's reading in
   :func:`translit.langs.identify._identify_latin`): the Russian reader's Хородетскый for a
   Ukrainian adjective in -skyi (Russian writes -кий after a velar, never -кый) and its Нйегошева
   for Serbian nj/lj before a vowel (Russian writes й only after a vowel or word-initially).
2. A Russian reading of romanized text whose words no one Russian table writes all of
   (:func:`translit.langs.identify.mixed_tables`): Serbian Latin read word by word through Russian's
   foreign-convention tables (sabor as German's забор beside ISO 9's č; opštoj beside French's
   upravi), while a Russian text is written in one convention.

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


# (text, the language chosen by default, its reading): class 1 (-skyi; nj/lj before a vowel), class 2
# (Serbian Latin through mixed Russian tables), and Russian in one table, which stays Russian
CHOSEN = [
    ("Horodetskyi muzei", "uk", "Городецький музей"),
    ("Sokalskyi raion", "uk", "Сокальський район"),
    ("Zbarazkyi zamok", "uk", "Збаразький замок"),
    ("Krasylivskyi raion", "uk", "Красилівський район"),
    ("Njegoševa ulica", "sr", "Његошева улица"),
    ("Knjiga o Njegošu", "sr", "Књига о Његошу"),
    ("Sabor frulaša", "sr", "Сабор фрулаша"),
    ("Dragačevski sabor", "sr", "Драгачевски сабор"),
    ("Zakon o opštoj upravi", "sr", "Закон о општој управи"),
    ("Selo Petnica kod Valjeva", "sr", "Село Петница код Ваљева"),
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


def test_mixed_tables_names_the_words():
    from translit.langs.identify import mixed_tables
    from translit.read.reader import to_cyrillic as russian

    assert mixed_tables(russian("Dragačevski sabor").words) is not None
    ru = {r.language: r for r in identify("Dragačevski sabor").ranking}["ru"]
    assert any("no one table unites" in e for e in ru.evidence)


@pytest.mark.parametrize("text, mixed", [
    ("Sobranie sochinenii v piati tomakh", False), ("Voina i mir", False),
    ("Sobranie sočinenij v pjati tomach", False), ("Istoriya goroda Moskvy", False),
    # real catalogues mix conventions too (German w, sch beside Czech ch, ž): every word is still a
    # Russian word, so the text is Russian before identification weighs the mix
    ("Michail Wrubel'", True), ("Wremja i žizn'", True), ("Archiv goroda Woronescha", True),
    ("Nikolaj Gogol' i Puschkin", True),
])
def test_russian_in_one_or_mixed_conventions_stays_russian(text, mixed):
    from translit.langs.identify import mixed_tables
    from translit.read.reader import to_cyrillic as russian

    assert (mixed_tables(russian(text).words) is not None) is mixed
    assert choose(text).language == "ru"
