"""prose21: a name with an English possessive is converted whole or kept whole, never half.

- a Russian forename (or patronymic, initials) before a Russian surname with an English 's: the whole
  name is read and the 's kept (Kazimir Malevich's → Казимир Малевич's), as the name reads without it;
- a lone surname with 's (Gorky's) and a name with a Western forename (Isaac Levitan's) or a Western
  surname (Boris Johnson's) stay whole as English writes them;
- a name ending in a soft-sign apostrophe before the 's (Gogol’'s) is a word and a possessive, not one
  word Dal’'s that neither language reads.

Real lexicon and pymorphy3; every input is written here, none is taken from a benchmark file."""

import pytest

from prose_helpers import alalc, cyr, word


@pytest.mark.parametrize("text, name", [
    ("The sketches in Valentin Serov's notebook date from 1890.", "Валентин Серов's"),
    ("A copy of Mikhail Lermontov's first poem was sold.", "Михаил Лермонтов's"),
    ("Her reading of Marina Tsvetaeva's letters changed the chapter.", "Марина Цветаева's"),
    ("Nikolai Ivanovich Vavilov's seed bank survived the siege.", "Николай Иванович Вавилов's"),
])
def test_russian_forename_and_surname_read_whole_with_the_s_kept(text, name):
    out = cyr(text)
    assert name in out, out
    assert out.endswith(text[text.index("'s") + 2:]), out  # the English after the 's is untouched


@pytest.mark.parametrize("text", [
    "Isaac Babel's stories and Boris Johnson's speech were quoted.",
    "We compared Jean Sibelius's symphonies with Andy Murray's memoir.",
    "Gorky's play opened in 1902.",
])
def test_other_possessive_names_stay_whole(text):
    assert cyr(text) == text


@pytest.mark.parametrize("text", [
    "The portrait of Pavel Tretyakov's wife hangs there.",
    "We read Sergei Witte's memoirs again.",
    "Anna Pavlova's shoes were auctioned.",
])
def test_no_name_is_half_converted(text):
    """Whatever is decided, the forename and the surname go together: both Latin or both Cyrillic."""
    out = cyr(text)
    name = text.split("'s")[0].split()[-2:]
    got = out.split("'s")[0].split()[-2:]
    assert [w.isascii() for w in got] in ([True, True], [False, False]), (name, got)


@pytest.mark.parametrize("text, surname", [
    ("The dictionary was Vladimir Dal’'s life work.", "Dal’"),
    ("We found Igor’'s letter in the file.", "Igor’"),
    ("The Kazan’'s archive is in the old building.", "Kazan’"),
])
def test_soft_sign_apostrophe_before_a_possessive_is_two_words(text, surname):
    w = word(text, surname)  # the name alone, not "Dal’'s"
    assert w.input == surname


@pytest.mark.parametrize("text", [
    "A copy of Mikhail Lermontov's first poem was sold.",
    "Nikolai Ivanovich Vavilov's seed bank survived the siege.",
    "The sketches in Valentin Serov's notebook date from 1890.",
])
def test_scheme_conversion_keeps_the_possessive(text):
    out = alalc(text)
    assert "'s " in out and out.count("'s") == text.count("'s"), out


@pytest.mark.parametrize("text, name", [
    ("The dictionary was Vladimir Dal’'s life work.", "Владимир Даль's"),
    ("We quote Nikolai Gogolʹ's letter to Belinskii.", "Николай Гоголь's"),
    ("The map follows Petr Semenov-Tian-Shanskii's survey.", "Петр Семенов-Тян-Шанский's"),
])
def test_a_marked_surname_after_a_russian_forename_is_read(text, name):
    """A surname with a mark only romanizations write (a sign, kh, ii) after a Russian forename is a
    Russian surname even when its reading is a common word (даль)."""
    out = cyr(text)
    assert name in out, out
