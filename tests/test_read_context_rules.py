"""Reading-accuracy rules of the reverse tables and the reader, each on several inputs through
the public API (the real pymorphy3 dictionary and wordfreq behind them)."""

import pytest

from translit import romanize, to_cyrillic
from translit.read.chunks import tables


# A spelling a scheme writes only before certain letters (popular ь → y before a vowel, Spanish
# and French г → gu before е/и) is no reading of those Latin letters elsewhere: y ending daty is
# not ь, gu ending drugu is not г.
OUT_OF_CONTEXT = [
    ("daty", "даты"),
    ("Nekotorye daty", "Некоторые даты"),
    ("drugu", "другу"),
    ("vragu", "врагу"),
    ("v krugu druzei", "в кругу друзей"),
]


@pytest.mark.parametrize("text,want", OUT_OF_CONTEXT, ids=[t for t, _ in OUT_OF_CONTEXT])
def test_a_spelling_of_a_context_rule_is_not_read_outside_its_context(text, want):
    assert to_cyrillic(text).text == want


IN_CONTEXT = [("popular", "Ильин"), ("popular", "бульон"), ("popular", "Ильинский"),
              ("spanish", "Герасимов"), ("spanish", "Евгения"), ("french", "Геннадий"),
              ("polish", "Ольга"), ("polish", "Ильич"), ("french", "Верещагин"), ("spanish", "Сергий"),
              ("french", "Долгих")]


@pytest.mark.parametrize("scheme,cyr", IN_CONTEXT, ids=[f"{s}-{c}" for s, c in IN_CONTEXT])
def test_a_spelling_of_a_context_rule_is_read_in_its_context(scheme, cyr):
    latin = romanize(cyr, scheme)
    assert to_cyrillic(latin, scheme=scheme).text == cyr
    assert to_cyrillic(latin).text == cyr


def test_the_reverse_tables_hold_a_before_rule_only_with_its_next_letter():
    rows = {(c.latin, c.cyrillic) for row in tables().by_first.values() for c in row}
    assert ("gue", "ге") in rows and ("gui", "ги") in rows  # Spanish, French
    assert ("yo", "ьо") in rows  # popular: бульон
    assert ("gu", "г") not in rows and ("y", "ь") not in rows
    assert ("ye", "ѣ") in rows  # GOST 7.79 B's ѣ stays readable: the popular ye (ьэ) is a context rule


# A match key is ALA-LC without diacritics in lower-case ASCII: text written that way is read in
# that scheme, so the key of a key is the key (with the scheme detected, the short adjective
# vazhny was read as the popular -y = -ый, and gave another key).
KEYS = ["Vazhny dokumenty", "nikolaj", "jurij gagarin", "Aeroportu sostavili chtoby izvestny medlenneye", "Nashi zadachi vazhny", "Istoriia izvestny medlennee", "Pis'ma drugu", "Nuzhny li reformy?",
        "Война и мир", "Dostoevsky, Fyodor"]


@pytest.mark.parametrize("text", KEYS)
def test_a_key_read_again_is_the_same_key(text):
    from translit.matchkey import key

    k = key(text)
    assert k and key(k) == k


def test_a_key_like_query_is_read_in_alalc_without_diacritics():
    from translit.matchkey import key

    assert key("vazhny dokumenty") == key("Важны документы")
    assert key("izvestny") == key("известны")
    assert key("nuzhny") == key("нужны")


# A sign the scheme itself writes as nothing (ICAO, popular, German, French, Polish, Czech and
# Spanish drop ь; most of them ъ too) is no slip in that scheme: Пьер in the popular scheme costs
# what Петр costs, and the frequency of the forms decides (Pyer is Пьер, not the rare Пер).
SILENT_SIGNS = [
    ("Pyer Bezukhov", "popular", "Пьер Безухов"),
    ("Igor Stravinskii", "icao", "Игорь Стравинский"),
    ("Kazan", "french", "Казань"),
    ("syeli", "popular", "съели"),
    ("Syrye", "popular", "Сырье"),
]


@pytest.mark.parametrize("text,scheme,want", SILENT_SIGNS, ids=[t for t, _, _ in SILENT_SIGNS])
def test_a_sign_the_scheme_does_not_write_costs_no_slip_in_it(text, scheme, want):
    r = to_cyrillic(text, scheme=scheme)
    assert r.text == want
    assert r.words[0].candidates[0].slips == []
    assert scheme in r.words[0].candidates[0].schemes


def test_a_sign_left_out_is_still_a_slip_where_the_scheme_writes_it():
    # ALA-LC writes ь as a prime: Igor without it is read, but with the slip named
    for text, want in (("Igor", "Игорь"), ("Kazan", "Казань"), ("Gogol", "Гоголь")):
        c = to_cyrillic(text, scheme="alalc-plain").words[0].candidates[0]
        assert c.cyrillic == want and c.slips


def test_lower_case_text_that_alalc_cannot_spell_is_still_detected():
    from translit.matchkey import key

    assert key("nikolaj") == key("Николай")  # ISO 9 j
    assert key("jurij gagarin") == key("Юрий Гагарин")
    assert key("wolfgang") == key("Wolfgang")  # read alike, whatever the case
