"""gloss12's classes (issue 17), each on words and titles of our own (none from a gold file):

* a relational adjective whose own best English is its common cognate adjective keeps it
  (парламентский = parliamentary, not parliament); a rare cognate does not (пенсионный = pension);
* a relational adjective's base noun spelt with ё (осетровый → осётр) and the -яной/-яный/-янный,
  -ечный, -ецкий adjectives (водяной → вода, кузнечный → кузнец, рыболовецкий → рыболов);
* a noun of a quality (-ость) no dictionary has, through its adjective's English (тревожность =
  anxiety, уникальность = uniqueness);
* a compound of -плетение (корзиноплетение = basket weaving);
* a title's first word, capitalized as a sentence's, that is an adjective agreeing with the next
  word, not the surname pymorphy3 reads first (Горький опыт = bitter experience);
* the examples of a dictionary entry ("acute angle острый угол") as phrases a title may contain, so
  the phrase picks its words' senses (Острый угол = acute angle, Международное право = law).
"""

from __future__ import annotations

import pytest

from translit.glossary import derived_bases, english_quality_noun, gloss_text
from translit.glossary.dictionary import common_cognate, examples, index, ranking

pytestmark = pytest.mark.skipif(not index(), reason="no bilingual dictionary installed")


def first_gloss(title: str, word: str) -> str:
    w = next(w for w in gloss_text(title).words if w.cyrillic == word)
    return w.glosses[0] if w.glosses else ""


# --- a cognate adjective keeps its own English ---------------------------------------------------

@pytest.mark.parametrize("title,word,english", [
    ("Парламентские выборы", "Парламентские", "parliamentary"),
    ("Атмосферные явления", "Атмосферные", "atmospheric"),
    ("Конституционная реформа", "Конституционная", "constitutional"),
])
def test_a_common_cognate_adjective_is_kept(title, word, english):
    assert first_gloss(title, word) == english


@pytest.mark.parametrize("title,word,english", [
    ("Пенсионная реформа", "Пенсионная", "pension"),
    ("Школьные учебники", "Школьные", "school"),
    ("Книжная торговля", "Книжная", "book"),
    ("Резервный фонд", "Резервный", "reserve"),  # reserved is a verb's participle, no relational adjective
])
def test_a_rare_or_no_cognate_still_takes_the_base_noun(title, word, english):
    assert first_gloss(title, word) == english


@pytest.mark.parametrize("russian,english,common", [
    ("парламентский", "parliamentary", True), ("атмосферный", "atmospheric", True),
    ("пенсионный", "pensionary", False), ("школьный", "scholastic", False), ("книжный", "bookish", False),
])
def test_common_cognate(russian, english, common):
    assert common_cognate(russian, english) is common


# --- base nouns of relational adjectives ---------------------------------------------------------

@pytest.mark.parametrize("adjective,noun", [
    ("осетровый", "осётр"), ("медовый", "мёд"), ("ледовый", "лёд"),  # ё in the noun
    ("водяной", "вода"), ("земляной", "земля"), ("стеклянный", "стекло"), ("оловянный", "олово"),
    ("кузнечный", "кузнец"), ("огуречный", "огурец"),
    ("рыболовецкий", "рыболов"), ("купецкий", "купец"),
])
def test_derived_bases(adjective, noun):
    assert noun in derived_bases(adjective, "adjective")


@pytest.mark.parametrize("title,word,english", [
    ("Осетровые хозяйства", "Осетровые", "sturgeon"),
    ("Кузнечный молот", "Кузнечный", "of smith"),  # gloss17: an agent base is marked "of …"
    ("Оловянные солдатики", "Оловянные", "tin"),
])
def test_adjectives_glossed_through_those_nouns(title, word, english):
    assert first_gloss(title, word) == english


# --- nouns of a quality --------------------------------------------------------------------------

@pytest.mark.parametrize("adjective,noun", [
    ("anxious", "anxiety"), ("unique", "uniqueness"), ("functional", "functionality"),
    ("profitable", "profitability"), ("dry", "dryness"), ("lazy", "laziness"),
])
def test_english_quality_noun(adjective, noun):
    assert english_quality_noun(adjective) == noun


@pytest.mark.parametrize("adjective", ["xyzzyq", "Anxious", "", "наш", "well-known"])
def test_no_quality_noun_is_made_up(adjective):
    assert english_quality_noun(adjective) is None


@pytest.mark.parametrize("title,word,english", [
    ("Тревожность и страх", "Тревожность", "anxiety"),
    ("Уникальность памятника", "Уникальность", "uniqueness"),
    ("Прибыльность предприятий", "Прибыльность", "profitability"),
    ("Конкурентоспособность экономики", "Конкурентоспособность", "competitiveness"),
])
def test_quality_nouns_in_titles(title, word, english):
    assert first_gloss(title, word) == english


@pytest.mark.parametrize("title", ["Сухость", "Скорость", "Молодость"])
def test_a_quality_noun_with_an_entry_keeps_it(title):
    w = gloss_text(title).words[0]
    assert w.source == "dictionary" and w.kind != "derived"  # its own entry, not made from the adjective


# --- compounds of -плетение ----------------------------------------------------------------------

@pytest.mark.parametrize("title,english", [
    ("Корзиноплетение", "basket weaving"), ("Бисероплетение", "bead weaving"),
    ("Кружевоплетение на коклюшках", "lace weaving"),
])
def test_weaving_compounds(title, english):
    w = gloss_text(title).words[0]
    assert w.glosses[0] == english and w.source == "dictionary" and w.kind == "compound"


# --- a sentence's capital on an adjective that is also a surname ---------------------------------

@pytest.mark.parametrize("title,english", [
    ("Горький опыт", "bitter"), ("Броневой поезд", "armour"), ("Грозный царь", "fearsome"),
])
def test_first_word_adjective_not_surname(title, english):
    w = gloss_text(title).words[0]
    assert w.source == "dictionary" and w.glosses[0] == english


@pytest.mark.parametrize("title,word", [
    ("Максим Горький", "Горький"),  # after a forename: the surname
    ("Горький и Чехов", "Горький"),  # no agreeing word after it
    ("Успенский собор", "Успенский"),  # an adjective no dictionary has stays the name it may be
])
def test_the_surname_stays(title, word):
    w = next(w for w in gloss_text(title).words if w.cyrillic == word)
    assert w.source == "name"


# --- examples of entries as phrases --------------------------------------------------------------

def test_examples_of_an_entry():
    body = ("_a. 1) острый; acute angle острый угол; acute pain (острая боль) 2) проницательный; "
            "an acute observer проницательный наблюдатель; very acute mind очень острый ум")
    got = {ru: en for ru, en, _ in examples("acute", body, 0.0, ranking())}
    assert got["острый угол"] == "acute angle"
    assert got["очень острый ум"] == "very acute mind"
    assert "острая боль" not in got  # in parentheses: no example
    assert got["проницательный наблюдатель"] == "acute observer"  # without its article
    assert all(" " in en for en in got.values())


def test_an_example_needs_the_headword():
    assert not list(examples("acute", "1) острый; sharp angle острый угол", 0.0, ranking()))


@pytest.mark.parametrize("title,words", [
    ("Острый угол", ["acute", "angle"]),
    ("Действительный залог", ["active", "voice"]),
    ("Брюшная полость", ["abdominal", "cavity"]),
])
def test_an_example_picks_both_words_senses(title, words):
    assert [w.glosses[0] for w in gloss_text(title).words] == words


@pytest.mark.parametrize("title,word,english", [
    ("Международное право", "право", "law"),
    ("Гражданское право", "право", "law"),
    ("Внешняя политика", "политика", "policy"),
])
def test_an_example_picks_the_head_nouns_sense(title, word, english):
    assert first_gloss(title, word) == english


@pytest.mark.parametrize("text", ["", "\U0001F600", "тревожность\u0000", "ЁЁЁ", "Горький\u200b опыт",
                                  "корзиноплетение" * 20])
def test_any_unicode_survives(text):
    g = gloss_text(text)
    assert isinstance(g.gloss, str)


# --- fields: biology's and botany's markers ------------------------------------------------------

@pytest.mark.parametrize("title,word,english", [
    ("Происхождение видов и эволюция", "видов", "species"),
    ("Виды и популяции", "Виды", "species"),
    ("Мхи и лишайники Карелии", "лишайники", "lichen"),
])
def test_a_title_of_the_field_picks_its_sense(title, word, english):
    assert first_gloss(title, word) == english


def test_no_marker_no_field():
    assert first_gloss("Виды на урожай", "Виды") != "species"


# --- possessive adjectives of animals and persons, к/ц → ч before -ный ----------------------------

@pytest.mark.parametrize("adjective,noun", [
    ("утиный", "утка"), ("гусиный", "гусь"), ("журавлиный", "журавль"),
    ("помещичий", "помещик"), ("птичий", "птица"), ("волчий", "волк"), ("медвежий", "медведь"),
    ("овечий", "овца"), ("скрипичный", "скрипка"), ("пшеничный", "пшеница"), ("цветочный", "цветок"),
])
def test_possessive_and_alternating_bases(adjective, noun):
    assert noun in derived_bases(adjective, "adjective")


@pytest.mark.parametrize("title,word,english", [
    ("Гусиное перо", "Гусиное", "goose"),
    ("Птичий рынок", "Птичий", "bird"),
    ("Пшеничный хлеб", "Пшеничный", "wheat"),
    ("Овечья шерсть", "Овечья", "sheep"),
])
def test_those_adjectives_in_titles(title, word, english):
    assert first_gloss(title, word) == english


@pytest.mark.parametrize("title,word,english", [
    ("Точный расчёт", "Точный", "accurate"),  # точный is no adjective of ток: its own English stays
    ("Вечный огонь", "Вечный", "eternal"),
    ("Личный архив", "Личный", "personal"),
])
def test_an_adjective_with_its_own_english_keeps_it(title, word, english):
    assert first_gloss(title, word) == english


# --- loanwords: Greek and Latin h as г, -ия as -y -------------------------------------------------

@pytest.mark.parametrize("russian,english", [
    ("гистология", "histology"), ("гомеопатия", "homeopathy"), ("гуманизм", "humanism"),
    ("феноменология", "phenomenology"), ("эпистемология", "epistemology"),
])
def test_loanwords_with_h_and_y(russian, english):
    from translit.glossary.dictionary import loanword

    assert loanword(russian, "NOUN") == english


@pytest.mark.parametrize("russian", ["интернат", "фамилия", "гипотеза"])
def test_no_loanword_is_made_up(russian):
    from translit.glossary.dictionary import loanword

    assert loanword(russian, "NOUN") is None


# --- library and records terms (curated rows with their sources) --------------------------------

@pytest.mark.parametrize("title,word,english", [
    ("Каталогизация периодических изданий", "Каталогизация", "cataloguing"),
    ("Предметизация литературы по истории", "Предметизация", "subject indexing"),
    ("Абонемент научной библиотеки", "Абонемент", "lending"),
    ("Делопроизводство в учреждениях", "Делопроизводство", "records management"),
    ("Электронный документооборот", "документооборот", "document flow"),
])
def test_library_and_records_terms(title, word, english):
    w = next(w for w in gloss_text(title).words if w.cyrillic == word)
    assert w.source == "glossary" and w.line == english


@pytest.mark.parametrize("title,english", [
    ("Межбиблиотечный абонемент в вузе", "interlibrary loan"),
    ("Шифр хранения и опись", "shelfmark"),
    ("Экспертиза ценности документов и отбор на хранение", "appraisal"),
    ("Каталог старопечатных книг", "early printed book"),
])
def test_library_and_records_phrases(title, english):
    assert any(w.line == english for w in gloss_text(title).words)


@pytest.mark.parametrize("title,english", [
    ("Театральный абонемент", "season ticket"), ("Концертный абонемент", "season ticket"),
    ("Шифры и коды", "ciphers"),  # шифр alone is no shelfmark
])
def test_outside_a_library(title, english):
    assert english in gloss_text(title).gloss
