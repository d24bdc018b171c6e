"""gloss10's classes (issue 17), each on words of our own, not of any gold file.

1. A title's field is also marked by a word the dictionary gives mostly as a term of that field
   (fields.toml [dictionary_marks]), and medicine's surgical senses (_хир.) count as medicine's.
2. A hyphened English compound is scored below its wordfreq figure (ranking.toml ``hyphen``):
   wordfreq rates it by its parts (fancy-work as common as fancy and work).
3. A lower-case common word that spells a capitals-only abbreviation is the word (ран = wounds,
   not РАН), while capitals, and a lower-case spelling that is no word, stay the abbreviation.
"""

from __future__ import annotations

import pytest

from translit.glossary import _reading, gloss_text, title_fields
from translit.glossary.dictionary import dictionary_marks, field_of_word, fields, index, ranking


def _first(title: str, word: str) -> str:
    w = next(w for w in gloss_text(title).words if w.cyrillic == word)
    return w.glosses[0] if w.glosses else ""


# --- 1. fields marked by the dictionary's own labels ---------------------------------------------

@pytest.mark.parametrize("word,label", [("аппендицит", "мед"), ("аппендицит", "хир"), ("забой", "горн"),
                                        ("вёрстка", "полигр")])
def test_a_term_of_a_field_marks_it(word, label):
    assert label in field_of_word(word.replace("ё", "е"))


@pytest.mark.parametrize("word", ["книга", "история", "город"])
def test_an_ordinary_word_marks_no_field(word):
    assert field_of_word(word) == frozenset()


def test_the_dictionary_mark_reaches_the_other_words_only():
    toks, _ = _reading("Острый аппендицит")
    marks = title_fields(toks)
    assert "мед" in marks[0] and "мед" not in marks[1]


@pytest.mark.parametrize("title", ["Хирургия переломов", "Перелом ключицы в клинике", "Врач и переломы"])
def test_in_a_medical_title_a_surgical_sense_wins(title):
    word = next(w.cyrillic for w in gloss_text(title).words if w.cyrillic.lower().startswith("перелом"))
    assert _first(title, word) == "fracture"


def test_outside_medicine_the_fracture_sense_does_not_win():
    assert _first("Перелом в войне", "Перелом") != "fracture"


def test_every_group_label_is_a_field():
    groups = dictionary_marks()[2]
    assert set(groups) <= set(fields()) | {"мед"}
    assert all(lab in ranking().labels for lab in fields())


# --- 2. hyphened compounds -----------------------------------------------------------------------

@pytest.mark.parametrize("word,english,compound", [
    ("премьера", "premiere", "first-night"),
    ("смертность", "mortality", "death-rate"),
    ("путеводитель", "guide", "guide-book"),
    ("гол", "goal", "touch-down"),
])
def test_a_single_word_outranks_a_hyphened_compound(word, english, compound):
    ranked = [e for e, _, _ in index()[word]]
    assert ranked.index(english) < ranked.index(compound)


def test_the_hyphen_weight_is_data():
    assert ranking().hyphen > 0


# --- 3. lower-case words that spell an abbreviation ------------------------------------------------

@pytest.mark.parametrize("title,word,english", [
    ("Лечение огнестрельных ран", "ран", "wound"),
    ("Перевязка ран и язв", "ран", "wound"),
])
def test_a_lower_case_word_is_not_the_abbreviation(title, word, english):
    w = next(w for w in gloss_text(title).words if w.cyrillic == word)
    assert w.source == "dictionary" and w.glosses[0] == english


@pytest.mark.parametrize("title,word", [("Президиум РАН", "РАН"), ("доклад цк", "цк"), ("визит в сша", "сша")])
def test_capitals_and_non_words_stay_abbreviations(title, word):
    w = next(w for w in gloss_text(title).words if w.cyrillic == word)
    assert w.source == "abbreviation"


@pytest.mark.parametrize("text", ["ран\u0301", "РАН-ран", "ран ☃ 𝔘", ""])
def test_arbitrary_text_survives(text):
    assert isinstance(gloss_text(text).words, list)


# --- 4. a noun made of an adjective's form (лёгкое, ископаемое, насекомое) ---------------------------

@pytest.mark.parametrize("title,word,lemma", [
    ("Болезни лёгких", "лёгких", "лёгкое"),
    ("Поиски ископаемых", "ископаемых", "ископаемое"),
    ("Знаки препинания: запятая", "запятая", "запятая"),
])
def test_an_adjective_form_with_no_noun_after_it_is_the_lexical_noun(title, word, lemma):
    w = next(w for w in gloss_text(title).words if w.cyrillic == word)
    assert w.lemma == lemma


@pytest.mark.parametrize("title,word,lemma", [
    ("Решение лёгких задач", "лёгких", "лёгкий"),   # an agreeing noun follows
    ("Коротко о главном", "главном", "главный"),     # a neuter singular stays the adjective's
    ("О прошлом", "прошлом", "прошлый"),
])
def test_otherwise_the_adjective_stays(title, word, lemma):
    w = next(w for w in gloss_text(title).words if w.cyrillic == word)
    assert w.lemma == lemma


# --- 5. relational adjectives: the base noun's English that the adjective's entries confirm -------

@pytest.mark.parametrize("adjective,english", [
    ("восковой", "wax"),       # not waxy: Mueller gives wax _attr. восковой
    ("снежный", "snow"),       # not snowy
    ("резервный", "reserve"),  # not reserved
])
def test_a_confirmed_attributive_noun_beats_a_derived_adjective(adjective, english):
    assert gloss_text(adjective).words[0].glosses[0] == english


@pytest.mark.parametrize("adjective,english", [
    ("исторический", "historical"), ("литературный", "literary"), ("политический", "political"),
])
def test_an_adjective_with_a_strong_english_keeps_it(adjective, english):
    assert gloss_text(adjective).words[0].glosses[0] == english


def test_the_attributive_weights_are_data():
    assert 0 < ranking().attributive_confirmed < ranking().attributive


# --- 6. a noun followed by a clause that defines it is the genus of a definition, not a sense -------

from translit.glossary.dictionary import senses  # noqa: E402


def _russian(body: str) -> list[str]:
    return [s.russian for s in senses(body)]


@pytest.mark.parametrize("body,genus", [
    ("_n. лошадь, выращенная для скачек", "лошадь"),
    ("_n. лицо, которому передано имущество", "лицо"),
    ("_n. дом, построенный из брёвен", "дом"),
])
def test_the_genus_of_a_definition_is_no_translation(body, genus):
    assert genus not in _russian(body)


@pytest.mark.parametrize("body,word", [
    ("_n. согласие, согласованное мнение", "согласие"),   # a participle before its noun: a synonym
    ("_a. сильный, обладающий большой силой", "сильный"),  # an adjective's elaboration
    ("_n. мертвец, оживший покойник", "мертвец"),
    ("_n. лошадь, конь", "лошадь"),
])
def test_a_synonym_phrase_keeps_the_word_before_it(body, word):
    assert word in _russian(body)


def test_a_common_word_loses_the_rare_english_of_a_definition():
    assert index()["ценности"][0][0] != "swag"
