"""review40: a newcomer's review of caps37 (a capitals line judged by its own line; VKP(b), RKP(b),
RSDRP(b) read whole), probe19 (``_line_all_capitals``) and 175bf95 (``_line_is_upper``).

Found: both answers were cached on ``(text, start)`` in an ``lru_cache(maxsize=8)``, so the cache kept
the last eight whole documents alive after the call (a batch of 100 MB documents: up to 800 MB held).
They are now keyed on the line itself (``_line_at``); the answers did not change. The other tests pin
what the review tried and found right: English with a bracketed enumerator after letters that are
also a Russian abbreviation passes through, English headlines over English body text pass through,
and the party abbreviations are read whole inside archive citations and catalogue notes.
"""

from __future__ import annotations

import sys

import pytest

import translit
from translit.read import language


def _fresh(text: str) -> str:
    """A new string object equal to ``text`` (no interned literal shared with the test's constants)."""
    return "".join(list(text))


@pytest.mark.parametrize("text", [
    "THE ARCHIVE OF GARF\n" + " ".join(["the Japanese architect"] * 50) + "\nIstoriia VKP(b) i TsK, Moskva.",
    "A CHECKLIST OF ZNAMIA\nCompiled by the staff of the library.",
    "RGASPI, f. 17 (TsK VKP(b)), op. 3, d. 45.\nISTORIIA SSSR\nTrudy AN SSSR, 1960.",
])
@pytest.mark.parametrize("to", ["cyrillic", "alalc"])
def test_no_document_is_kept_alive_after_convert(text, to):
    text = _fresh(text)
    before = sys.getrefcount(text)
    translit.convert(text, to=to)
    assert sys.getrefcount(text) == before


@pytest.mark.parametrize("text, at, expected", [
    ("Chapter 2\nA CHECKLIST OF ZNAMIA\nCompiled by the staff.", 12, True),
    ("Chapter 2\nA CHECKLIST OF ZNAMIA\nCompiled by the staff.", 2, False),
    ("Chapter 2\nA CHECKLIST OF ZNAMIA\nCompiled by the staff.", 40, False),
    ("ISTORIIA SSSR", 3, True),
    ("ISTORIIA SSSR\n", 13, True),
    ("\nISTORIIA SSSR", 0, False),
])
def test_capitals_line_answers_for_its_own_line(text, at, expected):
    assert language._capitals_line(text, at) is expected


@pytest.mark.parametrize("line", ["A CHECKLIST OF ZNAMIA", "THE ARCHIVE OF GARF, vol. 2, No. 4", "Compiled by the staff."])
def test_a_line_answers_alike_in_any_document(line):
    alone = language._all_capitals(line, 0)
    for text in (f"Chapter 2\n{line}\nmore body text", f"{line}\n" * 3, f"PREFACE\n\n{line}"):
        at = text.index(line) + 1
        assert language._all_capitals(text, at) is alone
        assert language._capitals_line(text, at) is line.isupper()


@pytest.mark.parametrize("text", [
    "See SSSR (b) below.",  # a bracketed enumerator after letters that are also a Russian abbreviation
    "KP(B) in the table gives the totals.",
    "Table 3(b) shows the results.",
    "The value of MP(B) is given by the formula.",
    "Compute MP(b) and MP(c) first.",
    "Section KP(b) of the rules applies.",
    "A NEW HISTORY OF THE PARTY\nThis book is about the Communist Party.",  # English headlines
    "THE WAR IN THE EAST\nThe book has an index.\nTHE END OF THE STORY",
    "500 $a Includes index.\n500 $a BIBLIOGRAPHY AND NOTES\n500 $a Text in English.",
])
@pytest.mark.parametrize("to", ["cyrillic", "alalc"])
def test_english_passes_through(text, to):
    assert translit.convert(text, to=to).text == text


@pytest.mark.parametrize("text, cyrillic", [
    ("RGASPI, f. 17 (TsK VKP(b)), op. 3, d. 45.", "(ЦК ВКП(б))"),
    ("RGASPI, f. 17 (TsK RKP(b)), op. 3, d. 45.", "(ЦК РКП(б))"),
    ("Protokoly TsK RSDRP(b).", "Протоколы ЦК РСДРП(б)."),
])
def test_party_abbreviations_in_citations(text, cyrillic):
    assert cyrillic in translit.convert(text, to="cyrillic").text
    alalc = translit.convert(text, to="alalc").text
    assert alalc.replace("T͡SK", "TsK") == text  # only the ts tie is added; the (b) stays as written


@pytest.mark.parametrize("text, cyrillic", [
    ("ISTORIIA SOVETSKOI LITERATURY\nMoskva: Nauka, 1965. 500 p.", "ИСТОРИЯ СОВЕТСКОЙ ЛИТЕРАТУРЫ\nМосква: Наука, 1965."),
    ("Note: ISTORIIA KOMMUNISTICHESKOI PARTII\nSovetskogo Soiuza, tom 3.", "ИСТОРИЯ КОММУНИСТИЧЕСКОЙ ПАРТИИ\nСоветского Союза"),
    ("500 $a Translation of: ISTORIIA SSSR.\n500 $a Includes index.", "ИСТОРИЯ СССР.\n500 $a Includes index."),
])
def test_capitals_first_line_of_a_russian_note(text, cyrillic):
    assert cyrillic in translit.convert(text, to="cyrillic").text
