"""gloss15's classes (issue 17), found in the misses of gloss_gold_heldout9 and tested here on words
of our own, with the installed Mueller 7 and FreeDict dictionaries, the Wiktionary pivot files and the
real pymorphy3 dictionary:

* a false friend: an English look-alike of a Russian word that Wiktionary, read through other
  languages, never gives for it while it gives another of the dictionary's candidates, loses the
  cognate bonus, and the candidate Wiktionary gives most takes it (диапазон = range, not diapason;
  приют = shelter, not port; импульс = impulse, not impact); a look-alike Wiktionary does give keeps
  it (кредит = credit, нация = nation);
* a title of music, named by an instrument (флейта, виолончель, баян …), marks its field, so the
  music sense of an ambiguous word is taken (этюд = etude, not essay);
* a dictionary phrase's English of one word that is one of its modifier's own senses and none of its
  head's is the modifier's (горная порода = rock, not mountain; специфическое средство = specific;
  половой орган = genital);
* a curated bibliographic or archival word that heads a dictionary phrase (an adjective before it)
  whose English is one of the word's own senses is glossed in that ordinary sense (судебное дело =
  case, not delo (file); каменный век = age, not century; броневой лист = plate, not leaf), and keeps
  its curated sense when the phrase's English is none of its senses (учёное общество = society);
* a word pymorphy3 reads both as a noun and as an adjective whose feminine or neuter form that noun
  is (ванная, столовая, жаркое) is the adjective before a noun it agrees with (ванная комната =
  bath room, столовая посуда = table ware, жаркое лето = hot summer), the noun else.
"""

from __future__ import annotations

import pytest

from translit.glossary import gloss_text, pivot
from translit.glossary.dictionary import _false_friend, _heir, index, lookup, ranking

needs_all = pytest.mark.skipif(not index() or not pivot.index(),
                               reason="dictionaries or pivot files not installed (make dicts)")


def _first(text: str, word: str) -> str:
    """The first English gloss of ``word`` in the gloss of ``text``."""
    w = next(w for w in gloss_text(text).words if w.cyrillic.lower() == word.lower())
    return w.glosses[0] if w.glosses else ""


# --- false friends --------------------------------------------------------------------------------

ROWS = (("diapason", "n", 3.0), ("range", "n", 2.9), ("compass", "n", 2.0))


@pytest.mark.parametrize("wiktionary, expected", [
    ({"range": 2, "scope": 1}, True),  # Wiktionary gives another candidate, never the look-alike
    ({"diapason": 1, "range": 3}, False),  # Wiktionary gives the look-alike too
    ({}, False),  # Wiktionary has nothing for the word
    ({"scope": 4}, False),  # Wiktionary gives none of the dictionary's candidates
])
def test_a_look_alike_is_a_false_friend_only_when_wiktionary_gives_another_candidate(wiktionary, expected):
    assert _false_friend("diapason", ROWS, wiktionary, ranking()) is expected


def test_a_capitalized_look_alike_is_never_a_false_friend():
    # Wiktionary's pairs are in lower case and may not list a proper noun (Soviet for совет)
    assert not _false_friend("Diapason", ROWS, {"range": 3}, ranking())


def test_the_candidate_wiktionary_gives_most_takes_the_false_friends_bonus():
    rows = (("chart", "n", 3.3), ("card", "n", 5.1), ("map", "n", 4.8))
    # (карта and chart are look-alikes; card and map are not)
    assert _heir("карта", rows, {"map": 5, "card": 3}, ranking()) == "map"
    assert _heir("карта", rows, {}, ranking()) is None


@needs_all
@pytest.mark.parametrize("text, word, wanted, false_friend", [
    ("Диапазон частот", "Диапазон", "range", "diapason"),
    ("Приют для бездомных", "Приют", "shelter", "port"),
    ("Импульс и энергия", "Импульс", "impulse", "impact"),
])
def test_a_false_friend_loses_to_the_word_wiktionary_gives(text, word, wanted, false_friend):
    assert _first(text, word) == wanted
    assert false_friend in [e for e, _, _ in index()[word.lower()]]  # the dictionary does give it


@needs_all
@pytest.mark.parametrize("text, word, wanted", [
    ("Кредит и банки", "Кредит", "credit"),
    ("Нация и государство", "Нация", "nation"),
    ("Реклама в газетах", "Реклама", "advertisement"),
])
def test_a_cognate_wiktionary_confirms_or_a_better_word_stays(text, word, wanted):
    assert _first(text, word) == wanted


# --- a title of music ---------------------------------------------------------------------------

@needs_all
@pytest.mark.parametrize("text", ["Этюд для флейты", "Этюды для контрабаса", "Три этюда для аккордеона"])
def test_an_instrument_makes_a_title_one_of_music(text):
    word = next(w for w in gloss_text(text).words if w.lemma == "этюд")
    assert word.glosses[0] == "etude"
    assert _first("Этюд", "Этюд") != "etude"  # alone, the word is first an essay (a sketch)


# --- a phrase's one-word English on its modifier ------------------------------------------------------

@needs_all
@pytest.mark.parametrize("text, word, wanted", [
    ("Горная порода", "Горная", "rock"),
    ("Специфическое средство", "Специфическое", "specific"),
    ("Половой орган", "Половой", "genital"),
])
def test_a_phrases_one_word_english_goes_to_the_modifier_that_has_it(text, word, wanted):
    w = next(w for w in gloss_text(text).words if w.cyrillic == word)
    assert w.glosses[0] == wanted and w.kind == "phrase"
    alone = lookup([w.lemma], "a", n=1)[0][0]
    assert alone != wanted  # alone, the adjective's first English is another one


# --- a curated word in an ordinary phrase -------------------------------------------------------------

@needs_all
@pytest.mark.parametrize("text, word, wanted, curated", [
    ("Судебное дело", "дело", "case", "delo (file)"),
    ("Каменный век", "век", "age", "century"),
    ("Броневой лист", "лист", "plate", "leaf, folio"),
])
def test_a_curated_word_heading_an_ordinary_phrase_takes_the_phrases_sense(text, word, wanted, curated):
    assert _first(text, word) == wanted
    assert _first(word, word) == curated  # alone, the curated row glosses it


@needs_all
@pytest.mark.parametrize("text, word, curated", [
    ("Учёное общество", "общество", "society"),  # учёное общество = learned body: body is no sense of общество
    ("Сборник статей", "Сборник", None),  # the head before its genitive: no modifier before it
])
def test_a_curated_word_keeps_its_row_when_the_phrase_names_none_of_its_senses(text, word, curated):
    w = next(w for w in gloss_text(text).words if w.cyrillic == word)
    assert w.source == "glossary"
    if curated:
        assert w.glosses[0] == curated


# --- an adjective's form made a noun, before a noun it agrees with ------------------------------------

@needs_all
@pytest.mark.parametrize("text, word, wanted, alone", [
    ("Ванная комната", "Ванная", "bath", "Ванная и кухня"),
    ("Столовая посуда", "Столовая", "table", "Столовая и кухня"),
    ("Жаркое лето", "Жаркое", "hot", "Жаркое из свинины"),
])
def test_a_substantivized_form_before_its_noun_is_the_adjective(text, word, wanted, alone):
    w = next(w for w in gloss_text(text).words if w.cyrillic == word)
    assert w.glosses[0] == wanted and w.pos == "ADJF"
    # with no noun after it, the word is the noun (bathroom, dining room, roast)
    assert next(w for w in gloss_text(alone).words if w.cyrillic == word).pos == "NOUN"
