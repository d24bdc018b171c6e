"""cite19: format() spells an archive's name outside the registry in the other script only on
evidence that it is a post-Soviet archive's romanized name (an opis' in the citation, a romanized
архив / центр in the name); a Western archive's acronym (BL, TNA, YIVO, NARA, SOAS) is written as
cited in every style, GOST included."""
import pytest

from translit import parse_citations
from translit.archives.citation import _unregistered_name


def one(text: str):
    found = parse_citations(text)
    assert len(found) == 1, found
    return found[0]


WESTERN = [
    ("BL Add MS, f. 7, d. 12, l. 4.", "BL Add MS"),
    ("TNA, f. 371, d. 8, l. 15.", "TNA"),
    ("YIVO, f. 3, d. 44, l. 2.", "YIVO"),
    ("NARA, f. 59, d. 861, l. 9.", "NARA"),
    ("SOAS, f. 2, d. 17, l. 30.", "SOAS"),
]


@pytest.mark.parametrize("text,name", WESTERN)
@pytest.mark.parametrize("style", ["gost", "english", "chicago"])
def test_western_acronym_written_as_cited(text, name, style):
    out = one(text).format(style)
    assert out.startswith(name + (". " if style == "gost" else ", ")), out


@pytest.mark.parametrize("name", ["YIVO", "TNA", "BL Add MS", "NARA"])
def test_unregistered_latin_needs_evidence(name):
    assert _unregistered_name(name, True, "ru") == name
    assert _unregistered_name(name, True, "ru", post_soviet=False) == name


@pytest.mark.parametrize("text,gost", [
    ("GAChO, f. R-274, op. 1, d. 12.", "ГАЧО"),
    ("TsDNI Tomskoi oblasti, f. 80, op. 1, d. 12.", "ЦДНИ Томской области"),
    ("GAYaO, f. R-3, op. 2, d. 41.", "ГАЯО"),
    ("DAKhO, f. 2, op. 1, spr. 7, ark. 3.", "ДАХО"),
    # a romanized архив is evidence without an opis'
    ("Gosudarstvennyi arkhiv Tomskoi oblasti, f. 1, d. 2.", "Государственный архив Томской области"),
    # no opis', but the acronym opens as post-Soviet archives' do (labels.toml [post_soviet_acronyms])
    ("GATO, f. 1, d. 2, l. 3.", "ГАТО"),
    ("OGAChO, f. P-288, d. 5, l. 2.", "ОГАЧО"),
    ("GKU GAKO, f. 3, d. 7, l. 1.", "ГКУ ГАКО"),
    ("TsDOOSO, f. 4, d. 9, l. 1.", "ЦДООСО"),
    ("TsDNI Tomskoi oblasti, f. 80, d. 12.", "ЦДНИ Томской области"),
])
def test_post_soviet_evidence_keeps_cyrillic(text, gost):
    assert one(text).format("gost").startswith(gost + ". "), one(text).format("gost")


@pytest.mark.parametrize("text,lat", [
    ("ГАСО, ф. Р-88, оп. 1, д. 5.", "GASO"),
    ("ГАСО. Ф. Р-88. Д. 5. Л. 6.", "GASO"),  # a Cyrillic acronym needs no opis'
    ("ГАТО. Ф. 1. Оп. 2. Д. 3.", "GATO"),
])
@pytest.mark.parametrize("style", ["english", "chicago"])
def test_cyrillic_acronym_romanized(text, lat, style):
    assert one(text).format(style).startswith(lat + ", ")


def test_western_acronym_untouched_by_convert():
    from translit import convert

    text = "See YIVO, f. 3, d. 44, l. 2, and TNA, f. 371, d. 8."
    out = convert(text, to="cyrillic")
    assert "YIVO" in out.text and "TNA" in out.text


@pytest.mark.parametrize("word,expected", [
    ("GATO", True), ("TsGAOR", True), ("DAKhO", True), ("GA", True),
    ("GAlicia", False), ("TNA", False), ("YIVO", False), ("NARA", False), ("DAta", False),
])
def test_post_soviet_opening(word, expected):
    from translit.archives.citation import _post_soviet_opening

    assert _post_soviet_opening(word) is expected
