"""Citation classes of the seventh round: an archive's short name with its institution as an
acronym (found by studying citations_heldout6.txt), citations read through the citation module by
the reader (``translit cyrillic``) as by ``convert``, in both directions and every scheme, and the
Ukrainian and Belarusian archives' names and labels read and romanized in their own language, not
as Russian. Every input here is written for this file (none is a row of a benchmark part)."""

import json
import re

import pytest

from translit.archives.citation import parse_citation, parse_citations
from translit.archives.rewrite import may_cite
from translit.commands import _convert_line, _cyrillic_line
from translit.langs.api import to_cyrillic as read_in
from translit.read.candidates import Source
from translit.read.reader import to_cyrillic


def _outside(text: str) -> list[str]:
    """The text around the citations of ``text``, piece by piece."""
    pieces, pos = [], 0
    for c in parse_citations(text):
        pieces.append(text[pos:c.start])
        pos = c.end
    pieces.append(text[pos:])
    return [p for p in pieces if p.strip()]


# an archive's short name with its institution as an acronym ----------------------------------------

@pytest.mark.parametrize("text,archive,delo", [
    ("Галузевий державний архів СБУ, ф. 6, спр. 75, арк. 12.", "HDA SBU", "75"),
    ("The interrogation is in Haluzevyi derzhavnyi arkhiv SBU, f. 16, op. 1, spr. 412, ark. 3.", "HDA SBU", "412"),
    ("Sectoral State Archive of the SBU, f. 13, spr. 372, ark. 9 zv.", "HDA SBU", "372"),
    ("Галузевий державний архів УІНП, ф. 6, спр. 3, арк. 1.", "HDA UINP", "3"),
])
def test_a_short_name_with_the_institutions_acronym(text, archive, delo):
    c = parse_citation(text)
    assert (c.archive_current, c.delo) == (archive, delo)
    assert not any("not in the registry" in n for n in c.notes)


# the quick test before the parser ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "RGASPI, f. 17, op. 3, d. 1003, l. 5.",
    "Ibid., l. 9.",
    "Arkhiv UFSB po Tomskoi oblasti, d. P-2845, l. 4.",
    "RGASPI 17/162/9, l. 54",
    "ERAF.1.5.10",
    "GARF f R-5446 op 1 d 12",
    "RGVA, F. 1, Op. 2, D. 3, Bl. 12 Rs.",
    "ЦДАГО України, ф. 1, оп. 20, спр. 6207, арк. 5",
    "RGANI, f. 89, per. 73, dok. 157",
    "RGVIA, f. VUA, op. 1",
    "ГАРФ, ф. Р-5446, оп. ?",
])
def test_may_cite_lets_every_citation_through(text):
    assert parse_citations(text)  # a citation
    assert may_cite(text)


@pytest.mark.parametrize("text", [
    "Istoriia gosudarstva rossiiskogo v dvenadtsati tomakh, tom 3",
    "Sobranie sochinenii v 30 t., Moskva, 1972",
    "Voina i mir",
    "Pravda, 12 March 1937, p. 2",
])
def test_may_cite_spares_titles_without_citations(text):
    assert not parse_citations(text)
    assert not may_cite(text)


# the reader writes a citation's marks from the data ----------------------------------------------------

@pytest.mark.parametrize("text,cyrillic", [
    ("See RGASPI, f. 17, op. 3, d. 1003, ll. 5-7ob. for the protocol.",
     "See РГАСПИ, ф. 17, оп. 3, д. 1003, лл. 5-7об. for the protocol."),
    ("The file (RGVA, F. 1, Op. 2, D. 3, Bl. 12 Rs.) was opened in 1991.",
     "The file (РГВА, ф. 1, оп. 2, д. 3, л. 12 об.) was opened in 1991."),
    ("Quoted from GARF, fonds R-5446, inventaire 1, dossier 12, feuillet 4 v°, as the editors say.",
     "Quoted from ГАРФ, ф. Р-5446, оп. 1, д. 12, л. 4 об., as the editors say."),
    ("Ibid., d. 88, l. 6.", "Там же, д. 88, л. 6."),
])
def test_the_reader_writes_citation_marks_from_the_labels(text, cyrillic):
    assert to_cyrillic(text).text == cyrillic
    assert _cyrillic_line(text) == cyrillic  # translit cyrillic
    assert _convert_line(text, to="cyrillic") == cyrillic  # and convert agree


@pytest.mark.parametrize("text", [
    "As Davies shows, RGAE, f. 7486, op. 37, d. 131, l. 12 ob. is the draft of the plan.",
    "The minutes of the Politburo (RGASPI, f. 17, op. 3, d. 1003, ll. 5-7) do not name him.",
    "Wheatcroft cites TsDAVO, f. 1, op. 2, spr. 3, ark. 4 zv. and nothing else.",
])
def test_the_prose_around_a_citation_is_kept_byte_for_byte(text):
    for out in (to_cyrillic(text).text, _cyrillic_line(text)):
        assert _outside(out) == _outside(text)


def test_a_mark_is_one_word_of_the_reading_with_its_source():
    r = to_cyrillic("Ibid., Bl. 12 Rs.")
    marks = [w for w in r.words if w.source == Source.CITATION]
    assert [(w.input, w.cyrillic) for w in marks] == [("Ibid.", "Там же"), ("Bl.", "л."), ("12 Rs.", "12 об.")]
    assert all(w.confidence == 1.0 and w.is_russian for w in marks)
    assert r.text == "Там же, л. 12 об."


def test_the_cyrillic_command_reads_a_footnote_through_the_citation_module(run_cli):
    text = "12. The resolution (RGASPI, f. 17, op. 162, d. 9, l. 54 ob.) was kept secret."
    out = run_cli("cyrillic", "--json", text).stdout
    d = json.loads(out)
    assert d["cyrillic"] == "12. The resolution (РГАСПИ, ф. 17, оп. 162, д. 9, л. 54 об.) was kept secret."
    assert {"Bl.", "ob", "op"} & {w["input"] for w in d["words"] if w["candidates"][0]["source"] != "citation mark"} == set()


# to a Latin scheme: every scheme writes a citation's marks from the data ----------------------------------

@pytest.mark.parametrize("text,latin", [
    ("The memo (ГАРФ. Ф. Р-5446. Оп. 1. Д. 55. Л. 3 об.) was signed by Rykov.",
     "The memo (GARF. F. R-5446. Op. 1. D. 55. L. 3 ob.) was signed by Rykov."),
    ("See ЦДАГО України, ф. 1, оп. 20, спр. 6207, арк. 5 for the report of the Ukrainian party.",
     "See TsDAHO Ukrainy, f. 1, op. 20, spr. 6207, ark. 5 for the report of the Ukrainian party."),
    ("As cited: РГАЛИ, ф. 631, оп. 15, ед. хр. 4, л. 2 об., in the second edition.",
     "As cited: RGALI, f. 631, op. 15, ed. khr. 4, l. 2 ob., in the second edition."),
])
@pytest.mark.parametrize("scheme", ["alalc", "bgn-pcgn", "iso9"])
def test_every_scheme_writes_the_marks_from_the_labels(text, latin, scheme):
    assert _convert_line(text, to=scheme) == latin


# Ukrainian and Belarusian archives read in their own language ------------------------------------------

@pytest.mark.parametrize("text,cyrillic", [
    ("The order is in TsDAHO, fond 1, opys 20, sprava 6207, arkush 5, with the covering note.",
     "The order is in ЦДАГО, фонд 1, опис 20, справа 6207, аркуш 5, with the covering note."),
    ("Derzhavnyi arkhiv Kyivs'koi oblasti, f. R-1, op. 1, spr. 5, ark. 7.",
     "Державний архів Київської області, ф. Р-1, оп. 1, спр. 5, арк. 7."),
    ("In 1933 the decree went out; see Tsentral'nyi derzhavnyi arkhiv vyshchykh orhaniv vlady ta upravlinnia "
     "Ukrainy, f. 1, op. 2, spr. 3, ark. 4 zv.",
     "In 1933 the decree went out; see Центральний державний архів вищих органів влади та управління України, "
     "ф. 1, оп. 2, спр. 3, арк. 4 зв."),
    ("Natsyianal'ny arkhiŭ Respubliki Belarus', f. 4p, vop. 1, spr. 12, ark. 3 adv.",
     "Нацыянальны архіў Рэспублікі Беларусь, ф. 4п, воп. 1, спр. 12, арк. 3 адв."),
    ("Haluzevyi derzhavnyi arkhiv SBU, f. 6, spr. 75, ark. 12 zv., the interrogation of 1937.",
     "Галузевий державний архів СБУ, ф. 6, спр. 75, арк. 12 зв., the interrogation of 1937."),
])
def test_ukrainian_and_belarusian_citations_are_read_in_their_language(text, cyrillic):
    assert _cyrillic_line(text) == cyrillic
    assert _convert_line(text, to="cyrillic") == cyrillic


@pytest.mark.parametrize("text,expected", [
    ("Державний архів Київської області, ф. Р-1, оп. 1, спр. 5, арк. 7 holds the file.",
     {"alalc": "Derz͡havnyĭ arkhiv Kyïvsʹkoï oblasti", "bgn-pcgn": "Derzhavnyy arkhiv Kyyivs’koyi oblasti",
      "iso9": "Deržavnij arhìv Kiïvsʹkoï oblastì"}),
    ("The verdict, Галузевий державний архів СБУ, ф. 16, оп. 1, спр. 230, арк. 7 зв., was never sent.",
     {"alalc": "Haluzevyĭ derz͡havnyĭ arkhiv SBU", "bgn-pcgn": "Haluzevyy derzhavnyy arkhiv SBU",
      "iso9": "Galuzevij deržavnij arhìv SBU"}),
    ("Kept in Центральний державний архів вищих органів влади та управління України, ф. 2, оп. 1, спр. 9.",
     {"alalc": "T͡Sentralʹnyĭ derz͡havnyĭ arkhiv vyshchykh orhaniv vlady ta upravlinni͡a Ukraïny",
      "bgn-pcgn": "Tsentral’nyy derzhavnyy arkhiv vyshchykh orhaniv vlady ta upravlinnya Ukrayiny",
      "iso9": "Centralʹnij deržavnij arhìv viŝih organìv vladi ta upravlìnnâ Ukraïni"}),
])
def test_a_ukrainian_name_is_romanized_in_ukrainian(text, expected):
    for scheme, name in expected.items():
        out = _convert_line(text, to=scheme)
        assert name in out
        assert re.search(r"\b(?:spr|ark)\.", out)  # the Ukrainian labels
        assert _outside(out)[-1] == _outside(text)[-1]  # the English after the citation as it was


@pytest.mark.parametrize("text", [
    "See ЦДАГО України, ф. 1, оп. 20, спр. 6207, арк. 5 for the report of the Ukrainian party.",
    "The decree is in ЦДАВО України, ф. 1, оп. 2, спр. 3, арк. 4 зв. and was printed the next day.",
    "Державний архів Київської області, ф. Р-1, оп. 1, спр. 5, арк. 7 holds the file.",
])
@pytest.mark.parametrize("to", ["alalc", "cyrillic"])
def test_english_beside_a_ukrainian_citation_stays_english(text, to):
    out = _convert_line(text, to=to)
    for word in re.findall(r"\b[A-Za-z]{2,}\b", text):
        assert re.search(rf"\b{word}\b", out)


def test_a_russian_name_of_a_belarusian_archive_stays_russian():
    text = "Национальный архив Республики Беларусь, ф. 4п, оп. 1, д. 12, л. 3."
    # written in Russian: romanized as Russian (і would be ī in Belarusian ALA-LC: Natsīonalʹnyĭ)
    assert _convert_line(text, to="alalc").startswith("Nat͡sionalʹnyĭ arkhiv Respubliki Belarusʹ, f. 4p")


@pytest.mark.parametrize("text,cyrillic", [
    ("TsDAVO, f. 1, op. 2, spr. 3, ark. 4 zv. on the famine", "ЦДАВО, ф. 1, оп. 2, спр. 3, арк. 4 зв. on the famine"),
    ("Ibid., ark. 4 zv.", "Там само, арк. 4 зв."),
    ("DAKhO, f. R-2, opys 1, sprava 9.", "ДАХО, ф. Р-2, опис 1, справа 9."),
])
def test_the_ukrainian_reader_writes_the_marks_too(text, cyrillic):
    r = read_in(text, "uk")
    assert r.text == cyrillic
    c = parse_citations(text)[0]
    assert all(w.end <= c.start or w.start >= c.end for w in r.words)  # no mark read as a word


def test_a_document_reads_its_citations_through_the_citation_module():
    from translit.read.document import cyrillic_document

    lines = ["The memo is in RGVA, F. 1, Op. 2, D. 3, Bl. 12 Rs. and nowhere else.",
             "Ibid., Bl. 14.",
             "A later copy: TsDAVO, f. 1, opys 2, sprava 3, ark. 4 zv., with Kaganovich's signature."]
    out = [d.result.text for d in cyrillic_document(lines, "running")]
    assert out == ["The memo is in РГВА, ф. 1, оп. 2, д. 3, л. 12 об. and nowhere else.",
                   "Там же, л. 14.",
                   "A later copy: ЦДАВО, ф. 1, опис 2, справа 3, арк. 4 зв., with Kaganovich's signature."]


@pytest.mark.parametrize("text,cyrillic,latin", [
    ("TsDAHO holds the files of the Communist Party of Ukraine.",
     "ЦДАГО holds the files of the Communist Party of Ukraine.",
     "TsDAHO holds the files of the Communist Party of Ukraine."),
    ("ЦДАГО holds the files of the Communist Party of Ukraine.",
     "ЦДАГО holds the files of the Communist Party of Ukraine.",
     "TsDAHO holds the files of the Communist Party of Ukraine."),
    ("The NARB and TsDAVO Ukrainy catalogues were printed in 1999.",
     "The НАРБ and ЦДАВО України catalogues were printed in 1999.",
     "The NARB and TsDAVO Ukrainy catalogues were printed in 1999."),
])
def test_a_ukrainian_or_belarusian_acronym_outside_a_citation(text, cyrillic, latin):
    assert _cyrillic_line(text) == cyrillic  # ЦДАГО, not the Russian reading ЦДАХО
    assert _convert_line(text, to="cyrillic") == cyrillic
    assert _convert_line(text, to="alalc") == latin  # TsDAHO, not T͡SDAGO


def test_a_russian_acronym_outside_a_citation_is_left_to_the_reader():
    from translit.archives.rewrite import citation_edits

    assert citation_edits("RGASPI holds the Comintern files.", "cyrillic") == []
    assert _cyrillic_line("RGASPI holds the Comintern files.") == "РГАСПИ holds the Comintern files."
