"""Classes of words the bilingual dictionaries gloss badly or not at all, and the general rule for
each: numerals come from the closed table ``numerals.toml`` (триста, восемнадцатый, полтора; сто
is hundred, not cent); a relational adjective made from a curated term is glossed through it
(губернский → губерния); an adverb with no entry is glossed through its adjective, made an English
adverb (исторически = historically). Real pymorphy3 and the installed dictionaries."""

import pytest

from translit.glossary import adjective_of, english_adverb, gloss_text


def _word(title: str, word: str):
    return next(w for w in gloss_text(title).words if w.cyrillic == word)


@pytest.mark.parametrize("title,word,english", [
    ("Триста лет царствования", "Триста", "three hundred"),
    ("Пятьсот вопросов по анатомии", "Пятьсот", "five hundred"),
    ("Восемнадцатое брюмера", "Восемнадцатое", "eighteenth"),
    ("Полтора века русской музыки", "Полтора", "one and a half"),
    ("Сто лет одиночества", "Сто", "hundred"),  # not the abbreviation СТО, nor cent
    ("Тысяча и одна ночь", "Тысяча", "thousand"),  # not mil
    ("Двое в степи", "Двое", "two"),
    ("В трёхсотом году", "трёхсотом", "three hundredth"),
])
def test_a_numeral_is_glossed_from_the_numeral_table(title, word, english):
    w = _word(title, word)
    assert w.glosses[0] == english
    assert w.kind == "numeral" and w.source == "glossary"


def test_a_numeral_noun_in_the_plural_keeps_its_number_word():
    assert gloss_text("Две тысячи лет").gloss == "two · thousand · years"


def test_a_magpie_is_no_forty():
    assert _word("Сороки на заборе", "Сороки").kind != "numeral"


@pytest.mark.parametrize("title,word,english,base", [
    ("Журналы заседаний губернского собрания", "губернского", "province", "губерния"),
    ("Права волостных старшин", "волостных", "rural district", "волость"),
    ("Дела уездного суда", "уездного", "district", "уезд"),
])
def test_a_relational_adjective_of_a_curated_term_is_glossed_through_it(title, word, english, base):
    w = _word(title, word)
    assert w.line == english and w.term == base
    assert w.source == "glossary" and w.kind == "derived"


def test_an_adjective_with_an_entry_of_its_own_keeps_it():
    # архивный has a dictionary entry: the curated архив does not replace it
    assert _word("Архивные документы", "Архивные").kind != "derived"


@pytest.mark.parametrize("adverb,adjective", [("исторически", "исторический"), ("строго", "строгий"),
                                              ("досрочно", "досрочный"), ("искренне", "искренний")])
def test_the_adjective_of_an_adverb(adverb, adjective):
    assert adjective_of(adverb) == adjective


def test_no_adjective_for_a_word_that_is_none():
    assert adjective_of("вперёд") is None and adjective_of("о") is None


@pytest.mark.parametrize("adjective,adverb", [("historical", "historically"), ("gradual", "gradually"),
                                              ("simple", "simply"), ("steady", "steadily"),
                                              ("basic", "basically"), ("public", "publicly")])
def test_the_english_adverb_of_an_adjective(adjective, adverb):
    assert english_adverb(adjective) == adverb


@pytest.mark.parametrize("adjective", ["hard", "late", "near", "trying", "russian"])
def test_no_english_adverb_for_a_flat_pair_or_a_non_word(adjective):
    # hardly, lately, nearly mean something else; tryingly and russianly are no words wordfreq knows
    assert english_adverb(adjective) is None


@pytest.mark.parametrize("title,word,english", [
    ("Исторически сложившиеся области", "Исторически", "historically"),
    ("Политически грамотный рабочий", "Политически", "politically"),
    ("Научно обоснованные нормы", "Научно", "scientifically"),
    ("Строго секретно", "Строго", "strictly"),
])
def test_an_adverb_with_no_entry_is_glossed_through_its_adjective(title, word, english):
    w = _word(title, word)
    assert english in w.glosses and w.kind == "derived" and w.pos == "ADVB"
    assert all(g.endswith("ly") for g in w.glosses[:1])
