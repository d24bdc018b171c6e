"""gloss16's classes (issue 17), found in the misses of gloss_gold_heldout10 (trade and technical
titles) and tested here on words of our own, with the installed Mueller 7 and FreeDict dictionaries
and the real pymorphy3 dictionary:

* the fields of aviation (_ав.), railways (_ж-д.), photography (_фот.), diplomacy (_дип.) and
  book-keeping (_бухг.) are named by their terms (самолёт, гидросамолёт, планер; негатив, фотоплёнка;
  посольство, консул; калькуляция, дебет), and mining and textiles by more of theirs (шахтный, крепь,
  бурение; трикотаж), so a title of the field takes its sense of an ambiguous word (посадка = landing
  beside a seaplane, not embarkation; штопор = spin beside a glider, not corkscrew);
* a field's sense far down a general entry counts, in a title of that field, with most of its place
  given back (``field_position``): проявление beside негатив is development (Mueller's tenth sense of
  development, _фот.), and stays display, manifestation elsewhere;
* a curated document or archival word in a title of a field in which the dictionary gives it a sense
  of its own takes that sense (протокол beside посольство, консул = protocol), and keeps its curated
  gloss elsewhere (Протокол собрания = minutes);
* a word of a dictionary phrase is read as the lemma the phrase was matched by (морские суда, грузовые
  суда: судно, ships, not суд, courts);
* the head noun of a dictionary phrase whose English is a closed compound ending with one of the head's
  own senses takes that sense (месторождение нефти = oilfield: field; угольный пласт = coalbed: bed;
  авиационный двигатель = aeroengine: engine), as "postage stamp" gives марка stamp;
* a relational adjective the dictionaries lack is derived from its noun when its ending has ё (лососёвый
  → лосось, рублёвый → рубль: the endings are matched with ё as е) or its noun a fleeting vowel
  (крючковый → крючок, суконный → сукно, derivation.toml [fleeting]);
* the curated век (century) is an age after the adjective of a period's name (бронзовый, железный,
  золотой, серебряный век, средние века) and a century elsewhere (XIX века, начало века).
"""

from __future__ import annotations

import pytest

from translit.glossary import (_closes, _fleeting_variants, _in_field_sense, _phrase_readings, _terms,
                               derived_bases, gloss_text)
from translit.glossary.dictionary import _fold, field_senses, fields, index, lookup, ranking

needs_dicts = pytest.mark.skipif(not index(), reason="dictionaries not installed (make dicts)")


def _word(text: str, word: str):
    """The gloss of ``word`` in the gloss of ``text``."""
    return next(w for w in gloss_text(text).words if w.cyrillic.lower() == word.lower())


def _first(text: str, word: str) -> str:
    """The first English gloss of ``word`` in the gloss of ``text``."""
    w = _word(text, word)
    return w.glosses[0] if w.glosses else ""


# --- the new fields and their markers ----------------------------------------------------------------

@pytest.mark.parametrize("label, marker", [
    ("ав", "гидросамолёт"), ("ав", "планер"), ("ж-д", "узкоколейка"), ("ж-д", "тепловоз"),
    ("фот", "негатив"), ("фот", "фотоплёнка"), ("дип", "посольство"), ("дип", "консул"),
    ("бухг", "калькуляция"), ("бухг", "дебет"), ("горн", "шахтный"), ("горн", "бурение"),
    ("текст", "трикотаж"),
])
def test_field_markers(label, marker):
    assert _fold(marker) in fields()[label]  # markers are compared folded (ё as е)


@needs_dicts
@pytest.mark.parametrize("text, word, expected", [
    ("Посадка гидросамолёта на воду", "Посадка", "landing"),
    ("Штопор планера", "Штопор", "spin"),
    ("Проявление негативов", "Проявление", "development"),
    ("Шахтные выработки Кузбасса", "выработки", "working"),
])
def test_field_sense_in_a_title_of_the_field(text, word, expected):
    assert _first(text, word) == expected


@needs_dicts
@pytest.mark.parametrize("text, word, unexpected", [
    ("Посадка картофеля", "Посадка", "landing"),
    ("Проявление мужества", "Проявление", "development"),
    ("Выработка электроэнергии", "Выработка", "working"),
])
def test_ordinary_sense_outside_the_field(text, word, unexpected):
    assert _first(text, word) != unexpected


# --- a field's sense far down its entry --------------------------------------------------------------

@needs_dicts
def test_field_position_gives_back_the_place():
    rk = ranking()
    assert 0 < rk.field_position <= 1
    # development's _фот. sense scores, in photography, better than its place in the entry alone gives
    seen = field_senses()["проявление"][("development", "n")]["фот"]
    own = dict(((e, p), sc) for e, p, sc in index()["проявление"])[("development", "n")]
    assert seen > own + rk.label_penalty(("фот",))
    assert lookup(["проявление"], "n", field=frozenset({"фот"}))[0][0] == "development"
    assert lookup(["проявление"], "n")[0][0] != "development"


# --- a curated word in a field that gives it a sense of its own --------------------------------------

@needs_dicts
@pytest.mark.parametrize("text, expected", [
    ("Протокол посольства", "protocol"),
    ("Консульский протокол", "protocol"),
])
def test_curated_word_takes_the_fields_sense(text, expected):
    w = _word(text, "протокол" if "протокол" in text else "Протокол")
    assert w.source == "dictionary" and w.glosses[0] == expected


@needs_dicts
@pytest.mark.parametrize("text", ["Протокол собрания", "Протокол допроса свидетеля", "Протоколы заседаний"])
def test_curated_word_kept_outside_the_field(text):
    w = gloss_text(text).words[0]
    assert w.source == "glossary" and w.glosses[0].startswith("minutes")


@needs_dicts
def test_in_field_sense_needs_a_field_and_a_derivable_kind():
    by_lemmas = _terms()[0]
    protokol = by_lemmas[("протокол",)]
    assert _in_field_sense(protokol, "протокол", frozenset({"дип"}))
    assert not _in_field_sense(protokol, "протокол", frozenset())
    assert not _in_field_sense(protokol, "протокол", frozenset({"муз"}))  # no musical sense of протокол


# --- the lemma a dictionary phrase was matched by ----------------------------------------------------

@needs_dicts
@pytest.mark.parametrize("text", ["Морские суда", "Грузовые суда", "Рыболовные суда Мурманска"])
def test_phrase_reading_chooses_the_lemma(text):
    assert _word(text, "суда").lemma == "судно"


def test_phrase_readings_order():
    from translit.glossary import _morph

    parses = _morph().parse("суда")
    ordered = _phrase_readings(parses[:4], ("морской судно", True, [], None))
    assert ordered[0].normal_form == "судно"
    # a phrase of other lemmas leaves the order as it was
    assert [p.normal_form for p in _phrase_readings(parses[:4], ("высокий гора", True, []))] == \
        [p.normal_form for p in parses[:4]]


# --- a closed English compound ends with the head's sense --------------------------------------------

@pytest.mark.parametrize("english, sense, expected", [
    ({"oilfield"}, "field", True),
    ({"coalbed"}, "bed", True),
    ({"aeroengine"}, "engine", True),
    ({"field"}, "field", False),  # the whole word is no compound
    ({"shield"}, "field", False),  # not a sense it ends with: the letters differ
    ({"tea"}, "ea", False),  # too short a sense to tell
])
def test_closes(english, sense, expected):
    assert _closes(english, sense) is expected


@needs_dicts
@pytest.mark.parametrize("text, word, expected", [
    ("Месторождения нефти в Сибири", "Месторождения", "field"),
    ("Угольный пласт", "пласт", "bed"),
    ("Авиационные двигатели", "двигатели", "engine"),
])
def test_head_of_a_closed_compound(text, word, expected):
    assert _first(text, word) == expected


# --- ё in an adjective's ending, and a fleeting vowel in its noun ------------------------------------

@pytest.mark.parametrize("adjective, noun", [
    ("лососёвый", "лосось"), ("рублёвый", "рубль"),  # ё in the ending
    ("крючковый", "крючок"), ("суконный", "сукно"), ("оконный", "окно"),  # a fleeting vowel
    ("сосновый", "сосна"), ("книжный", "книга"),  # no change where none was needed
])
def test_derived_bases(adjective, noun):
    assert noun in derived_bases(adjective, "adjective")


@pytest.mark.parametrize("stem, expected", [
    ("крючк", ["крючк", "крючок", "крючек"]),  # two consonants at the end: a vowel put in
    ("сукон", ["сукон", "сукн"]),  # a vowel between the last two consonants: taken out
    ("сосн", ["сосн", "сосон", "сосен"]),
    ("мо", ["мо"]),  # too short
    ("лисий", ["лисий"]),  # ends in й: nothing
])
def test_fleeting_variants(stem, expected):
    assert _fleeting_variants(stem) == expected


@needs_dicts
def test_derived_bases_keep_the_stems_yo():
    # only the ending is matched with ё as е: лётный is made from лёт (flight), not from лето (summer)
    assert derived_bases("лётный", "adjective") == ["лёт"]
    assert "лето" not in derived_bases("лётный", "adjective")
    assert _first("Лётные испытания", "Лётные") != "summer"


@needs_dicts
@pytest.mark.parametrize("text, word, expected", [
    ("Нерест лососёвых рыб", "лососёвых", "salmon"),
    ("Суконная фабрика в Москве", "Суконная", "cloth"),
    ("Крючковые снасти", "Крючковые", "hook"),
])
def test_derived_adjective_glossed(text, word, expected):
    assert _first(text, word) == expected


# --- век: an age after a period's adjective ---------------------------------------------------------

@needs_dicts
@pytest.mark.parametrize("text, expected", [
    ("Культура бронзового века", "age"),
    ("Поэты Серебряного века", "age"),
    ("Города в средние века", "age"),
    ("История XIX века", "century"),
    ("Начало века", "century"),
    ("Литература двадцатого века", "century"),
])
def test_vek_age_or_century(text, expected):
    assert _first(text, "века") == expected
