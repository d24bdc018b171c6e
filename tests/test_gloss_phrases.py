"""Dictionary phrases and derivation in the gloss: the Russian phrases of a sense (кафедральный
собор, почтовая марка) are indexed under their lemmas; a phrase that stands in the title picks its
head noun's own sense (марки = stamps, not marks) and gives a word with no entry of its own the
phrase's English; a head noun with no entry takes its phrases' English (собор = cathedral); a
relational adjective or a diminutive with no entry is glossed through its base noun (капитанская
= captain, дочка = daughter). The first tests read a small dictd file written here; the rest the
installed Mueller 7 and FreeDict dictionaries and the real pymorphy3 dictionary."""

import pytest
from dictd_files import write_dictd

from translit.glossary import _morph, derived_bases, dictionary, gloss_text


def _word(text: str, word: str):
    return next(w for w in gloss_text(text).words if w.cyrillic.lower() == word.lower())


def _installed():
    if not dictionary.sources():
        pytest.fail("mueller7-dict / dict-freedict-eng-rus are not installed (make dicts)")


@pytest.mark.parametrize("body, phrase", [
    ("   _n. кафедральный собор", "кафедральный собор"),
    ("   1) повестка дня 2) программа", "повестка дня"),
    ("   _анат. кора головного мозга", "кора головного мозга"),
])
def test_a_phrase_that_is_a_whole_item_is_kept(body, phrase):
    assert phrase in [s.russian for s in dictionary.senses(body)]


@pytest.mark.parametrize("phrase, key, head", [
    ("земная кора", "земной кора", "кора"),
    ("повестка дня", "повестка день", "повестка"),
    ("почтовая марка", "почтовый марка", "марка"),  # марка is first read as Марк's genitive
    ("духовная семинария", "духовный семинария", "семинария"),  # духовная is no noun here
])
def test_phrase_key_and_head(phrase, key, head):
    assert dictionary._phrase_key(phrase, _morph()) == (key, head)


@pytest.mark.parametrize("phrase", ["в течение", "так как", "очень хорошо"])
def test_a_phrase_of_function_words_or_without_a_noun_is_not_indexed(phrase):
    assert dictionary._phrase_key(phrase, _morph()) == (None, None)


def test_build_indexes_a_phrase_and_its_head_apart(tmp_path):
    src = write_dictd(tmp_path, "mini", {"cathedral": "   _n. кафедральный собор",
                                     "crust": "   1) корка 2) _геол. земная кора",
                                     "house": "   _n. дом"})
    built = dictionary.build([src])
    assert built["кафедральный собор"][0][0] == "cathedral"
    assert built["земной кора"][0][0] == "crust"
    # the head noun's candidates from phrases stand under their own key, not the word's
    assert "собор" not in built
    assert built[dictionary.HEAD + "собор"][0][0] == "cathedral"
    assert built["корка"][0][0] == "crust"
    # the phrase's score is lowered by phrase_head for its head
    head_score = built[dictionary.HEAD + "собор"][0][2]
    assert head_score == pytest.approx(built["кафедральный собор"][0][2] - dictionary.ranking().phrase_head, abs=1e-3)


@pytest.mark.parametrize("text, word, wanted, plain", [
    ("Почтовые марки СССР", "марки", "stamp", "mark"),
    ("Болезни сердца", "Болезни", "disease", None),
    ("Красная армия", "армия", "army", None),
])
def test_a_title_phrase_picks_its_heads_own_sense(text, word, wanted, plain):
    _installed()
    w = _word(text, word)
    assert w.glosses[0] == wanted and w.kind == "phrase" and w.term
    if plain:  # alone, the word's first sense is another one
        assert _word(word, word).glosses[0] == plain


@pytest.mark.parametrize("text, word", [
    ("Стенографический отчёт", "отчёт"),  # стенографический отчёт = verbatim
    ("Журнал заседаний", "Журнал"),  # журнал заседаний = minute-book
    ("Путевые заметки", "заметки"),  # путевые заметки = itinerary
])
def test_a_phrases_whole_english_is_not_put_on_its_head(text, word):
    _installed()
    w = _word(text, word)
    phrase = dictionary.index()[" ".join(dictionary._phrase_key(text.lower(), _morph())[0].split())]
    assert w.glosses[0] != phrase[0][0]


@pytest.mark.parametrize("text, word, wanted", [
    ("Заработная плата", "Заработная", "wage"),
    ("Свидетельские показания", "Свидетельские", None),
    ("Титульный лист", "Титульный", None),
])
def test_a_word_with_no_entry_takes_its_phrases_english(text, word, wanted):
    _installed()
    alone = _word(word, word)
    w = _word(text, word)
    assert w.source == "dictionary" and w.kind == "phrase" and w.glosses
    assert alone.glosses != w.glosses
    if wanted:
        assert w.glosses[0] == wanted


@pytest.mark.parametrize("word, wanted", [("собор", "cathedral"), ("повинность", "conscription"),
                                          ("промысел", None)])
def test_a_head_noun_with_no_entry_takes_its_phrases_english(word, wanted):
    _installed()
    assert dictionary.HEAD + word in dictionary.index() and word not in dictionary.index()
    w = _word(word, word)
    assert w.source == "dictionary" and w.glosses
    if wanted:
        assert w.glosses[0] == wanted


@pytest.mark.parametrize("lemma, kind, base", [
    ("капитанский", "adjective", "капитан"),
    ("губернский", "adjective", "губерния"),
    ("казачий", "adjective", "казак"),
    ("синодальный", "adjective", "синод"),
    ("дочка", "diminutive", "дочь"),
    ("книжка", "diminutive", "книга"),
    ("рыбка", "diminutive", "рыба"),
])
def test_derived_bases(lemma, kind, base):
    assert base in derived_bases(lemma, kind)


@pytest.mark.parametrize("lemma, kind", [("стол", "diminutive"), ("новый", "adjective"), ("ёж", "diminutive")])
def test_no_base_when_no_regular_ending_gives_a_noun(lemma, kind):
    assert derived_bases(lemma, kind) == []


@pytest.mark.parametrize("text, word, wanted, base", [
    ("Капитанская дочка", "Капитанская", "captain", "капитан"),
    ("Капитанская дочка", "дочка", "daughter", "дочь"),
    ("Исповедные записи прихожан", "Исповедные", "confession", "исповедь"),  # исповедные ведомости is one curated term
    ("Казачьи войска", "Казачьи", "Cossack", "казак"),
])
def test_a_word_with_no_entry_is_glossed_through_its_base(text, word, wanted, base):
    _installed()
    w = _word(text, word)
    assert (w.glosses[0], w.kind, w.term, w.source) == (wanted, "derived", base, "dictionary")


def test_a_word_with_an_entry_is_not_derived():
    _installed()
    # исторический has a good entry of its own (historical): it is not glossed as история (книжный,
    # whose own English is the weak bookish, is: see test_gloss_classes2.py)
    w = _word("исторический", "исторический")
    assert w.kind != "derived" and w.glosses


def test_arbitrary_unicode_survives():
    for text in ("", "собор\u0301", "📚 Почтовые марки", "ДОЧКА", "кора-кора", "\x00земная\tкора"):
        g = gloss_text(text)
        assert isinstance(g.gloss, str)
