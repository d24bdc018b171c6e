"""The letters of the other Cyrillic languages (and the old letters) through the Russian schemes.

A Belarusian, Ukrainian, Serbian, Macedonian or pre-1945 Bulgarian word romanized or converted in a
scheme written for Russian comes out in Latin letters only (schemes/other-letters.toml), in the
scheme's own published form where its standard gives one; a letter no table has passes through
and is reported; the readers never learn these rows.
"""

import re

import pytest

from translit.conversion import convert
from translit.romanize import romanize, romanize_detailed
from translit.schemes import SCHEME_IDS, get_scheme, other_letters

CYRILLIC = re.compile("[\u0400-\u052f]")
RUSSIAN_ONLY = ("gost-779b", "icao", "german", "french", "popular", "scholarly", "bs2979", "transliterate-ru")

BELARUSIAN = ["Слаўгарад", "воўк", "Заслаўе", "ЎСЕ"]
UKRAINIAN = ["Їжакевич", "Запоріжжя", "Ґудзь", "Європа"]
SERBIAN = ["Ђурђевац", "Љубиша", "Његош", "Џаковица", "Ћуприја"]
MACEDONIAN = ["Ѓорѓија", "ќерка", "ѕвезда", "Ѐ"]
OLD_BULGARIAN = ["мѫжъ", "рѫка", "землѭ"]


@pytest.mark.parametrize("scheme", RUSSIAN_ONLY)
@pytest.mark.parametrize("word", BELARUSIAN + UKRAINIAN + SERBIAN + MACEDONIAN + OLD_BULGARIAN)
def test_no_cyrillic_letter_left(scheme, word):
    out = romanize(word, scheme)
    assert not CYRILLIC.search(out), out
    assert out  # nothing lost


@pytest.mark.parametrize("scheme", SCHEME_IDS)
def test_every_scheme_has_a_row_for_every_letter(scheme):
    rows = {**other_letters(scheme), **get_scheme(scheme).letters}
    assert set("іїєґўђјљњћџѓќѕѣѳѵѫѭѐѝ") <= set(rows)


@pytest.mark.parametrize("word, latin", [
    ("воўк", "vou`k"),  # GOST 7.79-2000 system B, Belarusian ў = u`
    ("Їжак", "Yizhak"),  # Ukrainian ї = yi
    ("Ґудзь", "G`udz`"),  # Ukrainian ґ = g`
    ("ѕвезда", "z`vezda"),  # Macedonian ѕ = z`
    ("Љубиша", "L`ubisha"),  # љ = l`
    ("мѫж", "mo`zh"),  # Bulgarian ѫ = o`
])
def test_gost_779b_system_b_letters(word, latin):
    assert romanize(word, "gost-779b") == latin


@pytest.mark.parametrize("word, latin", [
    ("Ђурђевац", "Đurđevac"),  # ISO 9: ђ đ
    ("Љубиша", "L̂ubiša"),  # ISO 9: љ l̂
    ("Ѓорѓија", "Ǵorǵiǰa"),  # ISO 9: ѓ ǵ, ј ǰ
    ("воўк", "voŭk"),
    ("Київ", "Kiïv"),
])
def test_iso9_letters(word, latin):
    assert romanize(word, "iso9") == latin


@pytest.mark.parametrize("scheme, word, latin", [
    # the ALA-LC and BGN/PCGN tables of Serbian, Macedonian, Ukrainian, Belarusian; the letters
    # Russian shares (ц, ш) stay in the Russian table's form
    ("alalc", "Ђурђевац", "Đurđevat͡s"),
    ("alalc", "Џаковица", "Džakovit͡sa"),
    ("alalc", "Ѓорѓија", "Ǵorǵija"),
    ("alalc", "Київ", "Kiïv"),
    ("bgn-pcgn", "Ѓорѓија", "Gjorgjija"),
    ("bgn-pcgn", "Європа", "Yevropa"),
    ("bgn-pcgn", "Његош", "Njegosh"),
    ("bgn-pcgn", "воўк", "vowk"),
])
def test_library_and_geographic_schemes_take_the_language_tables(scheme, word, latin):
    assert romanize(word, scheme) == latin


@pytest.mark.parametrize("word, latin", [
    ("Љубиша", "Ljubisha"),
    ("Џаковица", "Dzakovitsa"),
    ("Ѓорѓија", "Gorgija"),
    ("воўк", "vouk"),
])
def test_icao_is_ascii(word, latin):
    assert romanize(word, "icao") == latin


@pytest.mark.parametrize("word", ["ЉУБИША", "ЎСЕ", "ЏАКОВИЦА"])
def test_capitals_in_an_all_caps_word(word):
    out = romanize(word, "gost-779b", acronyms="upper")
    assert out == out.upper() and not CYRILLIC.search(out)


@pytest.mark.parametrize("text", [
    "Нацыянальны гістарычны архіў Беларусі",
    "Архів Ґрушевського у Києві",
    "Историјски архив Ђорђа Вајферта",
])
@pytest.mark.parametrize("scheme", ["gost-779b", "icao", "german", "alalc"])
def test_convert_to_a_russian_scheme(text, scheme):
    out = convert(text, to=scheme).text
    assert not CYRILLIC.search(out), out


@pytest.mark.parametrize("letter", ["ӣ", "ҧ", "ԁ"])  # Tajik, Abkhaz, Komi: no table has them
def test_a_letter_no_table_has_passes_through_and_is_reported(letter):
    r = romanize_detailed("да" + letter + "на", "gost-779b")
    assert letter in r.text and r.text.startswith("da")
    assert [(n.kind, n.found) for n in r.notes] == [("unmapped", letter)]
    assert r.notes[0].start == 2


@pytest.mark.parametrize("scheme", ["alalc", "iso9", "gost-779b", "icao"])
def test_the_readers_never_learn_the_rows(scheme):
    letters = get_scheme(scheme).letters
    assert not set("ўђјљњћџѓќѕѫ") & set(letters)


@pytest.mark.parametrize("text, latin", [
    ("Москва", "Moskva"), ("щука", "shhuka"), ("цирк", "cirk"),
])
def test_russian_unchanged(text, latin):
    assert romanize(text, "gost-779b") == latin
