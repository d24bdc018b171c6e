"""Archive registry, citation parsing and formatting, and the glossary."""

import json

import pytest

from translit import find_citations, gloss, parse_citation
from translit.archives import archives, resolve


def test_every_predecessor_resolves_to_its_current_archive():
    for arc in archives():
        for name in [arc.current, *arc.predecessors]:
            for spelling in (name.acronym, name.acronym_cyr):
                m = resolve(spelling)
                assert m is not None and m.archive.id == arc.id, (spelling, arc.id)


@pytest.mark.parametrize("spelling,current", [
    ("RTsKhIDNI", "RGASPI"), ("ЦПА ИМЛ при ЦК КПСС", "RGASPI"), ("TsKhSD", "RGANI"), ("GA RF", "GARF"),
    ("AP RF", "APRF"), ("APRF", "APRF"), ("Arkhiv Prezidenta RF", "APRF"), ("TsA FSB RF", "TsA FSB"),
    ("TsA FSB Rossii", "TsA FSB"), ("ЦА ФСБ России", "TsA FSB"), ("TsGALI SSSR", "RGALI"),
    ("State Archive of the Russian Federation", "GARF"), ("Gosudarstvennyi arkhiv Rossiiskoi Federatsii", "GARF"),
    ("Государственный архив Российской Федерации", "GARF"), ("Osobyi arkhiv", "RGVA"), ("TsGADA", "RGADA"),
])
def test_any_spelling_resolves(spelling, current):
    assert resolve(spelling).archive.id == current


def test_unknown_archive_is_none():
    assert resolve("Archive of Atlantis") is None


CITATIONS = [
    ("RTsKhIDNI, f. 89, op. 73, d. 157", dict(archive_current="RGASPI", fond="89", opis="73", delo="157")),
    ("РГАСПИ. Ф. 17. Оп. 3. Д. 1003. Л. 5 об.", dict(archive_current="RGASPI", fond="17", opis="3", delo="1003", folios="5v")),
    ("Arkhiv Prezidenta RF, fond 3, opis' 24, delo 427, listy 13-18", dict(archive_current="APRF", fond="3", opis="24", delo="427", folios="13-18")),
    ("ГАРФ, ф. Р-8131, оп. 37, д. 12а, лл. 16–18об.", dict(archive_current="GARF", fond="R-8131", delo="12a", folios="16-18v")),
    ("GARF; f. A-259; op. 1; d. 5; ll. 5-5v, 7", dict(fond="A-259", folios="5-5v, 7")),
    ("TsA FSB Rossii, f. 3-ос, op. 1, d. 5", dict(archive_current="TsA FSB", fond="3-os")),
    ("RGALI, f. 1234, op. 2, ed. khr. 56, l. 3", dict(storage_unit="56", delo=None, folios="3")),
    ("AP RF, f. 3, op. 58, per. 2, d. 11, dok. 4", dict(perechen="2", dokument="4")),
    ("RGASPI, f.l7, op.3, d.1", dict(fond="17")),  # OCR: l for 1
]


@pytest.mark.parametrize("text,expected", CITATIONS)
def test_parse_citation(text, expected):
    c = parse_citation(text)
    assert c.is_citation
    for k, v in expected.items():
        assert getattr(c, k) == v, k
    assert c.unparsed == []


def test_formats_both_directions():
    c = parse_citation("РГАСПИ. Ф. 17. Оп. 3. Д. 1003. Л. 5 об.")
    assert c.format("english") == "RGASPI, f. 17, op. 3, d. 1003, l. 5ob."
    assert c.format("gost") == "РГАСПИ. Ф. 17. Оп. 3. Д. 1003. Л. 5 об."
    assert c.format("chicago") == "Russian State Archive of Socio-Political History (RGASPI), f. 17, op. 3, d. 1003, l. 5ob."
    e = parse_citation("GARF, f. R-8131, op. 37, d. 12a, ll. 16-18ob.")
    assert e.format("gost") == "ГАРФ. Ф. Р-8131. Оп. 37. Д. 12а. Л. 16–18 об."
    old = parse_citation("RTsKhIDNI, f. 89, op. 73, d. 157")
    assert old.format("english") == "RTsKhIDNI, f. 89, op. 73, d. 157."
    assert old.format("english", archive="current") == "RGASPI, f. 89, op. 73, d. 157."


@pytest.mark.parametrize("text", ["op. cit., ff. 12-14", "Vol. 3, p. 5", "Conquest, op. cit., p. 12", "f. 12v", ""])
def test_non_citations_are_left_unparsed(text):
    c = parse_citation(text)
    assert not c.is_citation and c.fond is None
    assert c.unparsed == ([text] if text else [])


def test_unreadable_parts_are_reported_not_guessed():
    c = parse_citation("RGASPI, f. 17, op. 3, d. 1003, [illegible stamp]")
    assert c.is_citation and c.unparsed == ["[illegible stamp]"]
    c = parse_citation("Archive of Atlantis, f. 1, op. 2, d. 3")
    assert c.archive_current is None and "not in the registry" in c.notes[0]


def test_footnote_with_several_references():
    found = find_citations("RTsKhIDNI, f. 89, op. 73, d. 157; GARF, f. R-5446, op. 1, d. 12, l. 3; op. cit., p. 4")
    assert [c.archive_current for c in found] == ["RGASPI", "GARF"]


def test_cli_cite_json(run_cli):
    out = run_cli("cite", "--json", "RTsKhIDNI, f. 89, op. 73, d. 157").stdout
    obj = json.loads(out)
    for k in ("archive_cited", "archive_current", "archive_name_en", "fond", "opis", "delo", "storage_unit",
              "perechen", "dokument", "folios", "unparsed"):
        assert k in obj
    assert obj["archive_current"] == "RGASPI" and obj["archive_cited"] == "RTsKhIDNI"


@pytest.mark.parametrize("text,word,lemma,english", [
    ("izdatel'stva", "izdatel'stva", "издательство", "publishing house"),
    ("postanovleniia", "postanovleniia", "постановление", "resolution, decree"),
    ("opisi", "opisi", "опись", "opis'"),
    ("Izd-vo Nauka", "Izd-vo", "издательство", "publishing house"),
    ("TsK VKP(b)", "VKP(b)", "ВКП(б)", "All-Union Communist Party"),
    ("v 5 tomakh", "tomakh", "том", "volume"),
    ("dokladnaia zapiska", "dokladnaia zapiska", "докладная записка", "report memorandum"),
    ("протокол заседания Политбюро", "Политбюро", "политбюро", "Politburo"),
])
def test_gloss_finds_inflected_and_abbreviated_terms(text, word, lemma, english):
    entries = {g.input: g for g in gloss(text)}
    g = entries[word]
    assert g.lemma == lemma and g.gloss.startswith(english)


def test_gloss_is_honest_about_where_a_gloss_comes_from():
    g = {x.input: x for x in gloss("zasedaniia Politbiuro kuzdry")}
    assert g["zasedaniia"].source == "dictionary" and g["zasedaniia"].lemma == "заседание" and g["zasedaniia"].pos == "NOUN"
    assert g["Politbiuro"].source == "glossary"
    assert g["kuzdry"].gloss is None and g["kuzdry"].source == "none"


def test_cli_gloss(run_cli):
    obj = json.loads(run_cli("gloss", "--json", "opis' 3").stdout)
    assert obj["words"][0]["gloss"].startswith("opis'")
