"""The scholarly (linguistic) transliteration of Ukrainian, Belarusian, Bulgarian and Macedonian
(``schemes/<lang>/scholarly.toml``): romanizing, reading back with the language named and found,
identifying the language of romanized text, and converting inside English prose. Inputs written
for this file, not taken from any benchmark."""

import pytest

from translit import romanize
from translit.langs.api import convert, to_cyrillic
from translit.langs.choose import choose
from translit.langs.identify import identify, marked_tables, scheme_marks, unwritten_letters
from translit.langs.reader import own_spellings, preferred_schemes
from translit.schemes import get_scheme, scheme_ids

FORWARD = [
    ("bg", "Съвременен български език", "Săvremenen bălgarski ezik"),
    ("bg", "Щъркели над Пловдив", "Štărkeli nad Plovdiv"),
    ("bg", "Хляб и сол", "Chljab i sol"),
    ("uk", "Щоденник письменника", "Ščodennyk pysʹmennyka"),
    ("uk", "Європейський вибір", "Jevropejsʹkyj vybir"),
    ("uk", "Їжак і хмара", "Jižak i chmara"),
    ("be", "Беларуская мова ў школе", "Belaruskaja mova ŭ škole"),
    ("be", "Хрысціянская думка", "Chryscijanskaja dumka"),
    ("be", "Ёсць такі народ", "Ëscʹ taki narod"),
    ("mk", "Ќерамиди и ѕидови", "Ḱeramidi i dzidovi"),
    ("mk", "Џеб со пари", "Džeb so pari"),
    ("mk", "Хроника на Ѓевгелија", "Hronika na Ǵevgelija"),
]


def test_each_language_lists_the_scheme():
    for lang in ("uk", "be", "bg", "mk"):
        assert "scholarly" in scheme_ids(lang)
        assert get_scheme("scholarly", lang).choices  # the choices where practice varies are written
    assert "scholarly" not in scheme_ids("sr")  # Serbian's Latin alphabet is its national table


@pytest.mark.parametrize("lang,cyr,lat", FORWARD)
def test_romanize(lang, cyr, lat):
    assert romanize(cyr, "scholarly", lang=lang) == lat


@pytest.mark.parametrize("lang,cyr,lat", FORWARD)
def test_read_back_with_the_language_named(lang, cyr, lat):
    assert to_cyrillic(lat, lang).text == cyr


@pytest.mark.parametrize("lat,cyr", [
    ("Săvremenen bălgarski ezik", "Съвременен български език"),
    ("Štărkeli nad Plovdiv", "Щъркели над Пловдив"),
    ("Ščodennyk pysʹmennyka", "Щоденник письменника"),
    ("Jevropejsʹkyj vybir", "Європейський вибір"),
    ("Belaruskaja mova ŭ škole", "Беларуская мова ў школе"),
    ("Ḱeramidi i dzidovi", "Ќерамиди и ѕидови"),
])
def test_read_back_with_the_language_found(lat, cyr):
    assert to_cyrillic(lat, "auto").text == cyr


def test_variants_of_practice_are_read_back_but_not_written():
    # Bulgarian ъ: ă written, ǎ read; х: ch written, x read (and h in Bulgarian's national table)
    assert to_cyrillic("Tǎžna pesen", "bg").text == "Тъжна песен"
    assert to_cyrillic("Xljab i sol", "bg").text == "Хляб и сол"
    assert to_cyrillic("Jižak i xmara", "uk").text == "Їжак і хмара"
    assert to_cyrillic("Xryscijanskaja dumka", "be").text == "Хрысціянская думка"
    # Macedonian reads no x as х: in its other tables' text an x is a Roman numeral (vo XX vek)
    assert to_cyrillic("Makedonskata poezija vo XX vek", "mk").text == "Македонската поезија во XX век"
    assert "ǎ" not in romanize("Тъжна песен", "scholarly", lang="bg")
    # ... and the options write them
    assert romanize("Тъжна песен", "scholarly", lang="bg", caron=True) == "Tǎžna pesen"
    assert romanize("Їжак і хмара", "scholarly", lang="uk", x_for_kh=True) == "Jižak i xmara"


def test_marks_of_the_table_include_what_it_reads():
    assert {"ă", "ǎ"} <= scheme_marks()[("bg", "scholarly")]
    assert {"ǵ", "ḱ", "č"} <= scheme_marks()[("mk", "scholarly")]


@pytest.mark.parametrize("lat,lang", [
    ("Săvremenen bălgarski ezik", "bg"),
    ("Tăžna pesen za Rodopite", "bg"),
    ("Ščodennyk pysʹmennyka", "uk"),
    ("Jevropejsʹkyj vybir Ukrajiny", "uk"),
    ("Belaruskaja mova ŭ škole", "be"),
    ("Ḱeramidi i dzidovi", "mk"),
])
def test_identification_of_romanized_text(lat, lang):
    assert identify(lat).language == lang
    assert choose(lat).language == lang


def test_bulgarian_mark_admits_the_scholarly_c_and_j():
    # without a mark c and j still count against Bulgarian; with ă they are the scholarly table's
    assert unwritten_letters("Cvetna gradina", "bg") == ["c"]
    assert unwritten_letters("Cvetna gradina na bălgarina", "bg") == []
    assert unwritten_letters("Moja bălgarska kuchnja", "bg") == []
    assert marked_tables(frozenset({"ă"}), "bg") == ("scholarly",)
    assert marked_tables(frozenset({"ǎ"}), "bg") == ("iso9", "scholarly")
    assert marked_tables(frozenset(), "bg") == () and marked_tables(frozenset({"č"}), "bg") == ()


@pytest.mark.parametrize("line,want", [
    ("Her study Săvremenen bălgarski ezik appeared in 1998.",
     "Her study Съвременен български език appeared in 1998."),
    ("The anthology Ščodennyk pysʹmennyka was banned in 1937.",
     "The anthology Щоденник письменника was banned in 1937."),
    ("His poem Belaruskaja mova ŭ škole was set to music.",
     "His poem Беларуская мова ў школе was set to music."),
    ("In Štărkeli nad Plovdiv the narrator returns home.",
     "In Щъркели над Пловдив the narrator returns home."),
])
def test_convert_inside_english_prose(line, want):
    assert convert(line, to="cyrillic", lang="auto").text == want


def test_russian_scholarly_text_stays_russian():
    for text in ("Istorija russkoj literatury", "Voprosy jazykoznanija", "Sovremennyj russkij jazyk"):
        assert choose(text).language == "ru", text
    assert convert("Tolstoj wrote Vojna i mir in Jasnaja Poljana.", to="cyrillic", lang="auto").text \
        == "Толстой wrote Война и мир in Ясная Поляна."


def test_cli_round_trip(run_cli):
    assert run_cli("romanize", "--lang", "bg", "--scheme", "scholarly", "Тъжна песен").stdout == "Tăžna pesen\n"
    assert run_cli("cyrillic", "--lang", "bg", "Tăžna pesen").stdout == "Тъжна песен\n"
    assert run_cli("cyrillic", "Săvremenen bălgarski ezik").stdout == "Съвременен български език\n"


def test_arbitrary_unicode_survives():
    for text in ("", "\u0361\u0301", "ă" * 40, "\ud7ff\U0001f600 ǎ ǫ", "123 - --", "x\u0306"):
        for lang in ("uk", "be", "bg", "mk"):
            assert isinstance(romanize(text, "scholarly", lang=lang), str)
            assert isinstance(to_cyrillic(text, lang).text, str)
            assert isinstance(unwritten_letters(text, lang), list)


@pytest.mark.parametrize("word,lang,cyr", [
    ("Chepurnivka", "uk", "Чепурнівка"),
    ("Kuchmynets", "uk", "Кучминець"),
    ("Chumakovo", "bg", "Чумаково"),
    ("Ochkovets", "bg", "Очковец"),
])
def test_ch_without_a_scholarly_spelling_stays_ch(word, lang, cyr):
    # the scholarly table's ch is х; a text with none of its own spellings (ja, ă, x) is not read in it
    assert "scholarly" not in preferred_schemes([word.lower()], lang)
    assert to_cyrillic(word, lang).text == cyr


def test_own_spellings_bring_the_scholarly_table_in():
    assert "scholarly" in preferred_schemes(["kyjiv"], "uk")
    assert "scholarly" in preferred_schemes(["istorija"], "bg")
    assert "scholarly" in preferred_schemes(["tăžna", "pesen"], "bg")
    assert {"ja", "x", "ă"} <= set(own_spellings("bg")["scholarly"])
    assert own_spellings("mk") == {}  # Macedonian's scholarly ch is no letter: nothing to keep apart


def test_scheme_named_without_a_language_takes_the_identified_language_table(run_cli):
    # before, the Russian scholarly table wrote these (Bʺlgarija, Ukrajini)
    assert run_cli("romanize", "--scheme", "scholarly", "История на България").stdout == "Istorija na Bălgarija\n"
    assert run_cli("romanize", "--scheme", "scholarly", "Історія України").stdout == "Istorija Ukrajiny\n"
    assert run_cli("romanize", "--scheme", "scholarly", "Война и мир").stdout == "Vojna i mir\n"
