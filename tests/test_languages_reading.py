"""Reading romanized Ukrainian, Bulgarian, Macedonian, Belarusian back, and Serbian Latin ↔ Cyrillic."""

import pytest

from translit import romanize
from translit.errors import UnknownLanguageError
from translit.langs.reader import to_cyrillic
from translit.langs.serbian import read_serbian, to_cyrillic_exact


@pytest.mark.parametrize("latin,cyrillic", [
    ("Istorii͡a Ukraïny-Rusy", "Історія України-Руси"),          # ALA-LC with ties
    ("Istorii\ufe20a\ufe21 Ukrai\u0308ny", "Історія України"),     # MARC half ties, decomposed ï
    ("Kyiv Kharkiv Lviv Zaporizhzhia Ternopil", "Київ Харків Львів Запоріжжя Тернопіль"),  # national, ь dropped
    ("Kyyiv L’viv", "Київ Львів"),                                 # BGN/PCGN 1965
    ("Hrushevsʹkyĭ, Mykhaĭlo", "Грушевський, Михайло"),
    ("Znamianka", "Знам'янка".replace("'", "ʼ")),                 # the apostrophe restored
])
def test_ukrainian_reads_back_in_every_scheme(latin, cyrillic):
    assert to_cyrillic(latin, "uk").text == cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Istoriya na balgarskiya ezik", "История на българския език"),
    ("Istorii͡a na bŭlgarskii͡a ezik", "История на българския език"),
    ("Sofia Bulgaria Plovdiv", "София България Пловдив"),
    ("Shtastlivets", "Щастливец"),
])
def test_bulgarian_reads_back(latin, cyrillic):
    assert to_cyrillic(latin, "bg").text == cyrillic


@pytest.mark.parametrize("latin,cyrillic", [
    ("Istorija na makedonskiot narod", "Историја на македонскиот народ"),
    ("Gjorgji Kjerka", "Ѓорѓи Ќерка"),
    ("Ǵorǵi Ḱerka", "Ѓорѓи Ќерка"),              # ALA-LC precomposed
    ("G\u0301org\u0301i", "Ѓорѓи"),                 # decomposed
])
def test_macedonian_reads_back(latin, cyrillic):
    assert to_cyrillic(latin, "mk").text == cyrillic


def test_belarusian_reads_with_its_hunspell_dictionary():
    # `make dicts` installs hunspell-be and unmunch: the Belarusian word list (langs/lexicon.py)
    r = to_cyrillic("Mahilioŭ Viciebsk Homieĺ", "be")
    assert r.text == "Магілёў Віцебск Гомель"
    assert {w.method for w in r.words} == {"lexicon"} and not r.note
    assert to_cyrillic("Belaruskai͡a ėntsyklapedyi͡a", "be").text == "Беларуская энцыклапедыя"
    assert to_cyrillic("Kastryčnicki", "be").text == "Кастрычніцкі"


@pytest.mark.parametrize("latin,cyrillic", [("Zhdanovichy", "Ждановічы"), ("Dziarzhynsk", "Дзяржынск")])
def test_belarusian_word_outside_the_dictionary_reads_by_the_character_model(latin, cyrillic):
    r = to_cyrillic(latin, "be")
    assert r.text == cyrillic
    assert r.words[0].method == "character-model" and r.words[0].confidence <= 0.7


def test_reading_explains_candidates_and_keeps_the_rest():
    r = to_cyrillic("Kyiv, 2010 (vyd. 2)", "uk")
    assert r.text.startswith("Київ, 2010 (")
    w = r.words[0]
    assert w.method == "lexicon" and w.candidates[0].cyrillic == "Київ" and "Zipf" in w.candidates[0].reason
    assert r.as_dict()["words"][0]["cyrillic"] == "Київ"


def test_unknown_language_for_reading():
    with pytest.raises(UnknownLanguageError):
        to_cyrillic("Kyiv", "xx")


@pytest.mark.parametrize("cyr", ["Историја Србије", "Ђорђе Ђорђевић", "ЉУБЉАНА Његош Џеп", "Ћирилица и латиница",
                                 "Надживети инјекција конјункција поджупан оџак"])
def test_serbian_round_trip_is_exact(cyr):
    latin = romanize(cyr, "national", lang="sr")
    assert read_serbian(latin).text == cyr
    assert to_cyrillic(latin, "sr").text == cyr


def test_serbian_digraphs_at_prefix_boundaries():
    assert to_cyrillic_exact("nadživeti") == "надживети"
    assert to_cyrillic_exact("injekcija") == "инјекција"
    assert to_cyrillic_exact("odžak") == "оџак"   # no prefix: the digraph stays one letter
    assert to_cyrillic_exact("Ljubljana") == "Љубљана"


def test_serbian_typed_without_diacritics_is_read_by_the_lexicon():
    r = read_serbian("Cacak i Djordjevic")
    assert r.text == "Чачак и Ђорђевић"
    assert r.words[0].method == "lexicon" and "without diacritics" in r.words[0].candidates[0].reason
