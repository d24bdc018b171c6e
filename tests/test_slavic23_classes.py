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


@pytest.mark.parametrize("text, cyrillic", [
    ("Horodetskyi muzei", "Городецький музей"),
    ("Sokalskyi raion", "Сокальський район"),
    ("Zbarazkyi zamok", "Збаразький замок"),
    ("Krasylivskyi raion", "Красилівський район"),
])
def test_ukrainian_adjective_in_skyi_is_read_as_ukrainian(text, cyrillic):
    assert choose(text).language == "uk"
    assert to_cyrillic(text, lang="auto").text == cyrillic


@pytest.mark.parametrize("text, cyrillic", [
    ("Njegoševa ulica", "Његошева улица"),
    ("Knjiga o Njegošu", "Књига о Његошу"),
])
def test_serbian_nj_before_a_vowel_is_read_as_serbian(text, cyrillic):
    assert choose(text).language == "sr"
    assert to_cyrillic(text, lang="auto").text == cyrillic


def test_the_misspelt_reading_is_said_in_the_evidence():
    ru = {r.language: r for r in identify("Sokalskyi raion").ranking}["ru"]
    assert any("not written in its spelling" in e for e in ru.evidence)


@pytest.mark.parametrize("text, cyrillic", [
    ("Moskovskii universitet", "Московский университет"),
    ("Vysokii zamok", "Высокий замок"),
    ("Dostoevskii i Gogol'", "Достоевский и Гоголь"),
    ("Russkie narodnye skazki", "Русские народные сказки"),
])
def test_russian_adjectives_in_ii_stay_russian(text, cyrillic):
    assert choose(text).language == "ru"
    assert to_cyrillic(text, lang="auto").text == cyrillic


@pytest.mark.parametrize("text", ["Руськый язык и культура", "Великый народ"])
def test_cyrillic_adjective_in_kyi_is_rusyn(text):
    assert identify(text).language == "rue"


@pytest.mark.parametrize("text, cyrillic", [
    ("Sabor frulaša", "Сабор фрулаша"),
    ("Dragačevski sabor", "Драгачевски сабор"),
    ("Zakon o opštoj upravi", "Закон о општој управи"),
    ("Selo Petnica kod Valjeva", "Село Петница код Ваљева"),
])
def test_serbian_latin_read_through_mixed_russian_tables_is_serbian(text, cyrillic):
    assert choose(text).language == "sr"
    assert to_cyrillic(text, lang="auto").text == cyrillic


def test_mixed_tables_names_the_words():
    from translit.langs.identify import mixed_tables
    from translit.read.reader import to_cyrillic as russian

    assert mixed_tables(russian("Dragačevski sabor").words) is not None
    ru = {r.language: r for r in identify("Dragačevski sabor").ranking}["ru"]
    assert any("no one table unites" in e for e in ru.evidence)


@pytest.mark.parametrize("text", ["Sobranie sochinenii v piati tomakh", "Voina i mir",
                                  "Sobranie sočinenij v pjati tomach", "Istoriya goroda Moskvy"])
def test_russian_in_one_convention_is_no_mix(text):
    from translit.langs.identify import mixed_tables
    from translit.read.reader import to_cyrillic as russian

    assert mixed_tables(russian(text).words) is None
    assert choose(text).language == "ru"


@pytest.mark.parametrize("text", ["Michail Wrubel'", "Wremja i žizn'", "Archiv goroda Woronescha",
                                  "Nikolaj Gogol' i Puschkin"])
def test_russian_in_mixed_conventions_stays_russian(text):
    # real catalogues mix conventions (German w, sch beside Czech ch, ž): every word is still a
    # Russian word, so the text is Russian before identification weighs the mix
    from translit.langs.identify import mixed_tables
    from translit.read.reader import to_cyrillic as russian

    assert mixed_tables(russian(text).words) is not None
    assert choose(text).language == "ru"
