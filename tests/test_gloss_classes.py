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


@pytest.mark.parametrize("title,word,english", [
    ("Пчеловодство для начинающих", "начинающих", "novice"),
    ("Лицевые счета рабочих и служащих", "рабочих", "worker"),
    ("Лицевые счета рабочих и служащих", "служащих", "employee"),
    ("Служащие предприятий", "Служащие", "employee"),
    ("Протоколы общего собрания рабочих и служащих фабрики", "служащих", "employee"),
    ("Жития святых на русском языке", "святых", "saint"),
])
def test_an_adjective_or_participle_standing_as_a_noun_is_glossed_as_one(title, word, english):
    # no word after it agrees with it: it is the noun (employees), not the participle (serving)
    w = _word(title, word)
    assert w.glosses[0] == english and w.pos == "NOUN"


def test_a_substantive_in_the_plural_is_plural_on_the_line():
    assert gloss_text("Служащие предприятий").gloss.startswith("employees")


@pytest.mark.parametrize("title,word,english", [
    ("Ведущие отрасли промышленности", "Ведущие", "leading"),
    ("Больные дети", "Больные", "sick"),
    ("Военные действия", "Военные", "military"),
])
def test_an_adjective_before_its_noun_stays_an_adjective(title, word, english):
    w = _word(title, word)
    assert w.glosses[0] == english and w.pos in ("ADJF", "PRTF")


def test_agreement_in_the_accusative_plural_needs_the_same_animacy():
    from translit.glossary import _agrees, _morph

    m = _morph()
    anim = next(p for p in m.parse("служащих") if p.tag.POS == "ADJF" and p.tag.case == "accs")
    assert not any(_agrees(anim, q) for q in m.parse("фабрики"))  # an inanimate noun: no pair
    assert any(_agrees(anim, q) for q in m.parse("граждан"))  # an animate one agrees


@pytest.mark.parametrize("title,word,english", [
    ("Военные действия", "Военные", "military"),  # not soldiers
    ("Рабочий день", "Рабочий", "working"),  # not worker
    ("Учёные записки университета", "Учёные", "learned"),  # not scientists
])
def test_a_noun_and_adjective_before_a_noun_it_agrees_with_is_the_adjective(title, word, english):
    w = _word(title, word)
    assert w.glosses[0] == english and w.pos == "ADJF"


@pytest.mark.parametrize("text,key", [("Военные действия", "военный действие"), ("Рабочий день", "рабочий день"),
                                      ("Военные корабли", "военный корабль")])
def test_the_head_of_a_dictionary_phrase_is_its_noun_not_a_substantive_adjective(text, key):
    from translit.glossary import _phrases, _reading

    toks, _ = _reading(text)
    found = _phrases(text, toks)
    assert found[0][0] == key
    assert found[1][1] and not found[0][1]  # the noun is the head, the adjective (also a noun) is not


@pytest.mark.parametrize("title,line", [
    ("Метрические книги церкви", "parish register"),
    ("Ревизские сказки о душах", "revision list"),
    ("Исповедные ведомости прихода", "confession list"),
    ("Послужные списки офицеров", "service record"),
    ("Писцовые книги Новгорода", "cadastral book"),
])
def test_a_record_type_of_russian_archives_is_one_archival_term(title, line):
    # a word-by-word gloss gives metric · books, audit · fairy tales: the record type is one term
    w = gloss_text(title).words[0]
    assert w.line == line and w.kind == "document" and w.source == "glossary" and w.reference
    assert " " in w.cyrillic  # both words of it


@pytest.mark.parametrize("title,word,english", [
    ("Хрестоматия по древнерусской литературе", "древнерусской", "ancient Russian"),
    ("Грамматика церковнославянского языка", "церковнославянского", "church Slavonic"),
    ("Западноевропейский феодализм", "Западноевропейский", "western European"),
    ("Словарь живого великорусского языка", "великорусского", "great Russian"),
])
def test_a_compound_of_two_adjectives_is_glossed_part_by_part(title, word, english):
    w = _word(title, word)
    assert w.glosses == [english] and w.kind == "compound" and "+" in w.term


@pytest.mark.parametrize("title,word", [
    ("В пореформенной деревне", "пореформенной"),  # по-реформенный, not пор|е|форменный
    ("Почвы лесостепной зоны", "лесостепной"),  # a noun first part is not tried
])
def test_no_compound_from_a_stem_that_is_no_adjective(title, word):
    assert _word(title, word).kind != "compound"
