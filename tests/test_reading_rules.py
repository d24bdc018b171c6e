"""Rules of the language decision and the reader, each shown on several inputs through the
public `to_cyrillic`: every case here gives another reading with its rule switched off (checked
by switching each off in turn), so none of these rules can go silently."""

import pytest

from translit import to_cyrillic


def _check(text: str, want: str) -> None:
    assert to_cyrillic(text).text == want


# A capitalized word with a known-name reading that English also writes (Wilson, Xavier) is
# not taken for English outright: its neighbours decide, so inside romanized Russian it is read.
NAMES_ENGLISH_WRITES = [
    ("Wilson: pis'ma i dokumenty", "Вильсон: письма и документы"),
    ("Pis'ma Wilson k rodnym", "Письма Вильсон к родным"),
    ("Xavier v vospominaniiakh sovremennikov", "Хавьер в воспоминаниях современников"),
    ("Cecilia, pis'ma. Edited by John Smith.", "Цецилия, письма. Edited by John Smith."),
]


@pytest.mark.parametrize("text,want", NAMES_ENGLISH_WRITES, ids=[t for t, _ in NAMES_ENGLISH_WRITES])
def test_a_name_english_also_writes_follows_its_neighbours(text, want):
    _check(text, want)


def test_a_name_english_also_writes_stays_among_english_words():
    for text in ("Letters of Wilson to his family", "Xavier and Gloria in Paris"):
        _check(text, text)


# A full stop after a word of four letters or more ends a clause: a word of both languages
# (no, on) after it goes with its own sentence, not with the word just before the stop.
FULL_STOP_ENDS_CLAUSE = [
    ("Ocherki istorii. No publisher named on title page", "Очерки истории. No publisher named on title page"),
    ("Stikhotvoreniia. No date of publication given", "Стихотворения. No date of publication given"),
    ("Sbornik statei. No title page; caption title", "Сборник статей. No title page; caption title"),
    ("Vospominaniia. No more published", "Воспоминания. No more published"),
    ("Copy imperfect. On byl prav", "Copy imperfect. Он был прав"),
    ("Library has vol. 1 only. On i ego vremia", "Library has vol. 1 only. Он и его время"),
]


@pytest.mark.parametrize("text,want", FULL_STOP_ENDS_CLAUSE, ids=[t for t, _ in FULL_STOP_ENDS_CLAUSE])
def test_a_full_stop_after_a_word_ends_the_clause(text, want):
    _check(text, want)


# Initials after "Surname," belong to that surname, even when an English title follows closer.
INITIALS_AFTER_SURNAME = [
    ("Bukharin, N. I. Selected writings", "Бухарин, Н. И. Selected writings"),
    ("Benua, A. N., compiler", "Бенуа, А. Н., compiler"),
    ("Tsvetaeva, M. I. Letters to Rilke", "Цветаева, М. И. Letters to Rilke"),
    ("Berberova, N. N. The italics are mine", "Берберова, Н. Н. The italics are mine"),
    ("Bakhtin, M. M. Problems of Dostoevsky's poetics", "Бахтин, М. М. Problems of Dostoevsky's poetics"),
    ("Likhachev, D. S. Reflections on Russia", "Лихачев, Д. С. Reflections on Russia"),
]


@pytest.mark.parametrize("text,want", INITIALS_AFTER_SURNAME, ids=[t for t, _ in INITIALS_AFTER_SURNAME])
def test_initials_after_a_surname_and_comma_belong_to_it(text, want):
    _check(text, want)


# A lower-case word whose only Russian reading is a rare proper name (rotten → Роттен) counts
# less as Russian, so an English word quoted in romanized Russian stays English.
LOWER_CASE_RARE_NAME = [
    ("Slovo rotten v angliiskom iazyke", "Слово rotten в английском языке"),
    ("Kak perevesti slovo donate", "Как перевести слово donate"),
    ("Perevod slova ripe na russkii iazyk", "Перевод слова ripe на русский язык"),
    ("Znachenie slova shake v pesniakh", "Значение слова shake в песнях"),
    ("Istoriia slova genera v biologii", "История слова genera в биологии"),
]


@pytest.mark.parametrize("text,want", LOWER_CASE_RARE_NAME, ids=[t for t, _ in LOWER_CASE_RARE_NAME])
def test_a_lower_case_word_read_only_as_a_rare_name_is_not_taken_for_russian(text, want):
    _check(text, want)
