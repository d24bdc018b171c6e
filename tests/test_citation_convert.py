"""convert writes the marks of archival citations from the labels data (translit/archives/rewrite.py):
labels, verso marks, the letters of numbers, archive acronyms and ibid., in every label language,
to Cyrillic and to each scheme; the prose around a citation is converted as before."""

import json
import subprocess
import sys

import pytest

import translit
from translit.archives.rewrite import citation_edits
from translit.schemes import SCHEME_IDS


def cyr(text: str) -> str:
    return translit.convert(text, "cyrillic").text


# German, French and English labels, to Cyrillic ------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("RGASPI, f. 17, op. 3, d. 1003, Bl. 12 Rs.", "РГАСПИ, ф. 17, оп. 3, д. 1003, л. 12 об."),
    ("Zitiert nach GARF, f. R-5446, op. 82, d. 67, Bl. 54-56.", "ГАРФ, ф. Р-5446, оп. 82, д. 67, лл. 54-56."),
    ("RGAE, f. 7486, op. 37, d. 131, Bll. 3-4 Rs.", "РГАЭ, ф. 7486, оп. 37, д. 131, лл. 3-4 об."),
])
def test_german_labels_are_written_as_russian_ones(text, want):
    out = cyr(text)
    assert want in out
    assert "Бл" not in out and "Rs" not in out


@pytest.mark.parametrize("text,want", [
    ("RGASPI, fonds 17, inventaire 3, dossier 1003, feuillet 12.", "ф. 17, оп. 3, д. 1003, л. 12."),
    ("GARF, f. 5446, inv. 1, dossier 12, f° 34 v°.", "ф. 5446, оп. 1, д. 12, л. 34 об."),
    ("RGVA, f. 33987, inventaire 3, dossier 87, feuillets 5-9.", "ф. 33987, оп. 3, д. 87, лл. 5-9."),
])
def test_french_labels_are_written_as_russian_ones(text, want):
    assert want in cyr(text)


@pytest.mark.parametrize("text,want", [
    ("RGASPI, fond 17, inventory 3, file 1003, folio 12.", "РГАСПИ, фонд 17, оп. 3, д. 1003, л. 12."),
    ("GARF, f. 5446, op. 1, file 12, folios 3-4 verso.", "ГАРФ, ф. 5446, оп. 1, д. 12, лл. 3-4 об."),
    ("RGANI, f. 89, op. 18, d. 4, vol. 2, fol. 7v.", "РГАНИ, ф. 89, оп. 18, д. 4, т. 2, л. 7об."),
])
def test_english_labels_are_written_as_russian_ones(text, want):
    assert want in cyr(text)


# Ukrainian and Belarusian, both ways -------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("TsDAHO, f. 1, op. 20, spr. 6207, ark. 12 zv.", "ЦДАГО, ф. 1, оп. 20, спр. 6207, арк. 12 зв."),
    ("HDA SBU, f. 6, spr. 75123-FP, t. 2, ark. 15 zv.", "ГДА СБУ, ф. 6, спр. 75123-ФП, т. 2, арк. 15 зв."),
    ("TsDAVO, f. R-2, op. 1, spr. 5, ark. 3-4.", "ЦДАВО, ф. Р-2, оп. 1, спр. 5, арк. 3-4."),
])
def test_ukrainian_labels_to_cyrillic(text, want):
    assert cyr(text) == want


@pytest.mark.parametrize("text,want", [
    ("ЦДАГО України. Ф. 1. Оп. 20. Спр. 6207. Арк. 12 зв.", "TsDAHO Ukrainy. F. 1. Op. 20. Spr. 6207. Ark. 12 zv."),
    ("ЦДАГО, ф. 1, оп. 16, спр. 9, арк. 5.", "TsDAHO, f. 1, op. 16, spr. 9, ark. 5."),
    ("ГДА СБУ, ф. 6, спр. 75123-ФП, арк. 3 зв.", "HDA SBU, f. 6, spr. 75123-FP, ark. 3 zv."),
])
def test_ukrainian_cyrillic_citations_to_alalc_take_the_registry_acronym(text, want):
    assert translit.convert(text, "alalc").text == want


@pytest.mark.parametrize("text,want", [
    ("NARB, f. 4p, vop. 1, spr. 2, ark. 5 adv.", "НАРБ, ф. 4п, воп. 1, спр. 2, арк. 5 адв."),
    ("NARB, f. 7, vop. 3, spr. 1042, ark. 2-3.", "НАРБ, ф. 7, воп. 3, спр. 1042, арк. 2-3."),
    ("NARB, f. 4, vop. 21, spr. 8, ark. 17 adv., 18.", "НАРБ, ф. 4, воп. 21, спр. 8, арк. 17 адв., 18."),
])
def test_belarusian_labels_to_cyrillic(text, want):
    assert cyr(text) == want


@pytest.mark.parametrize("text,want", [
    ("НАРБ. Ф. 4п. Воп. 1. Спр. 2. Арк. 5 адв.", "NARB. F. 4p. Vop. 1. Spr. 2. Ark. 5 adv."),
    ("НАРБ, ф. 7, воп. 3, спр. 1042, арк. 2.", "NARB, f. 7, vop. 3, spr. 1042, ark. 2."),
    ("НАРБ. Ф. 4. Воп. 21. Спр. 8. Арк. 17–18 адв.", "NARB. F. 4. Vop. 21. Spr. 8. Ark. 17–18 adv."),
])
def test_belarusian_cyrillic_citations_to_alalc(text, want):
    assert translit.convert(text, "alalc").text == want


# Baltic archives' own labels ---------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("LVA, f. 101, apr. 1, l. 22, lp. 5.", "LVA, ф. 101, оп. 1, д. 22, л. 5."),  # Latvian l. is the file
    ("LYA, f. K-1, ap. 3, b. 45, l. 7.", "LYA, ф. К-1, оп. 3, д. 45, л. 7."),
    ("ERAF f 17, n 2, s 46, l 3.", "ERAF ф 17, оп. 2, д. 46, л 3."),
])
def test_baltic_labels_to_cyrillic(text, want):
    assert cyr(text) == want


@pytest.mark.parametrize("text", ["LVA, f. 101, apr. 1, l. 22, lp. 5.", "ERAF f 17, n 2, s 46, l 3.",
                                  "LYA, f. K-1, ap. 3, b. 45, l. 7."])
@pytest.mark.parametrize("to", ["alalc", "bgn-pcgn", "iso9", "german"])
def test_a_latin_citation_stays_as_written_in_a_latin_scheme(text, to):
    # ERAF is no romanized Russian word (not YeRAF)
    assert translit.convert(text, to).text == text


# Russian labels, each scheme ---------------------------------------------------------------------

@pytest.mark.parametrize("to", SCHEME_IDS)
def test_cyrillic_labels_are_written_from_the_labels_data_in_every_scheme(to):
    text = "РГАЛИ. Ф. 1. Оп. 2. Ед. хр. 3. Л. 4 об. Там же. Л. 9."
    out = translit.convert(text, to).text
    # ed. khr., ob.: the labels data, not the scheme's letters (yed. khr., ed. hr., jed. chr.)
    assert ". F. 1. Op. 2. Ed. khr. 3. L. 4 ob." in out, out
    assert "Л" not in out and "Ф" not in out


@pytest.mark.parametrize("text,to,want", [
    ("ГАРФ. Ф. Р-8131. Оп. 37. Д. 145. Л. 5–7 об.", "bgn-pcgn", "GARF. F. R-8131. Op. 37. D. 145. Ll. 5–7 ob."),
    ("ЦГАОР СССР, ф. 3316, оп. 2, д. 12, лл. 3-4.", "iso9", "TsGAOR SSSR, f. 3316, op. 2, d. 12, ll. 3-4."),
    ("ЦА ФСБ России, ф. 3-ос, оп. 5, д. 12а, л. 5а об.", "alalc", "TsA FSB Rossii, f. 3-os, op. 5, d. 12a, l. 5a ob."),
])
def test_cyrillic_citations_in_a_scheme(text, to, want):
    assert translit.convert(text, to).text == want


@pytest.mark.parametrize("text,want", [
    ("TsGAOR, f. 3316, op. 2, d. 12, ll. 3-4.", "ЦГАОР, ф. 3316, оп. 2, д. 12, лл. 3-4."),  # a variant, not ЦГАОР СССР
    ("TsA FSB Rossii, f. 3-os, op. 5, d. 12a, l. 5a ob.", "ЦА ФСБ России, ф. 3-ос, оп. 5, д. 12а, л. 5а об."),
    ("GARF f R-5446 op 81a d 12 l 3ob", "ГАРФ ф Р-5446 оп 81а д 12 л 3об"),  # no periods: the words as written
])
def test_acronyms_numbers_and_words_to_cyrillic(text, want):
    assert cyr(text) == want


@pytest.mark.parametrize("text,want", [
    ("fond 3, opis' 24, delo 427, listy 13-18 (GARF).", "фонд 3, опись 24, дело 427, листы 13-18"),
    ("RGASPI, fond 558, opis' 11, delo 1120, list 4.", "фонд 558, опись 11, дело 1120, лист 4"),
    ("TsGALI, fond 2, opis' 1, edinitsa khraneniia 7.", "фонд 2, опись 1, единица хранения 7"),
])
def test_labels_written_out_become_the_same_words(text, want):
    assert want in cyr(text)


@pytest.mark.parametrize("text,want", [
    ("Ibid., d. 88, l. 14.", "Там же, д. 88, л. 14."),
    ("RGASPI, f. 17, op. 3, d. 1003, l. 5; ibid., l. 7 ob.", "РГАСПИ, ф. 17, оп. 3, д. 1003, л. 5; там же, л. 7 об."),
    ("TsDAHO, f. 1, op. 20, spr. 62, ark. 4. Ibid., ark. 9.", "ЦДАГО, ф. 1, оп. 20, спр. 62, арк. 4. Там само, арк. 9."),
])
def test_ibid_is_written_in_the_citations_language(text, want):
    assert cyr(text) == want


@pytest.mark.parametrize("text,kept", [
    ("Smith cites RGASPI, f. 17, op. 162, d. 9, Bl. 54 in his book.", ("Smith cites ", " in his book.")),
    ("As the Bl. 54 note (RGASPI, f. 17, op. 3, d. 5, Bl. 7) shows, the plan failed.", ("As the Bl. 54 note (", ") shows, the plan failed.")),
    ("F. Smith read GARF, f. 1, op. 2, d. 3. F. Jones did not.", ("F. Smith read ", "F. Jones did not.")),
])
def test_text_outside_a_citation_is_left_alone(text, kept):
    out = cyr(text)
    for k in kept:
        assert k in out


def test_the_rewritten_marks_are_spans_of_the_conversion():
    c = translit.convert("RGASPI, f. 17, op. 3, d. 1003, Bl. 12 Rs.", "cyrillic")
    marks = {s.text: s.output for s in c.spans if s.scheme == "citation"}
    assert marks["Bl."] == "л." and marks["12 Rs."] == "12 об."
    assert [s.start for s in c.spans] == sorted(s.start for s in c.spans)


@pytest.mark.parametrize("text", ["RGASPI, f. 17, op. 3, d. 1003, l. 5 ob.", "РГАСПИ. Ф. 17. Оп. 3. Д. 1003. Л. 5 об.",
                                  "No citation here, only f. 12v of a manuscript.", ""])
def test_edits_do_not_overlap_and_stay_inside_the_text(text):
    edits = citation_edits(text, "cyrillic")
    for a, b in zip(edits, edits[1:]):
        assert a.end <= b.start
    assert all(0 <= e.start < e.end <= len(text) for e in edits)


def test_the_cli_writes_german_labels_in_russian():
    out = subprocess.run([sys.executable, "-m", "translit", "convert", "--to", "cyrillic", "--json"],
                         input="RGASPI, f. 17, op. 3, d. 1003, Bl. 12 Rs.\nTsDAHO, f. 1, op. 20, spr. 6207, ark. 12 zv.\n",
                         capture_output=True, text=True, check=True).stdout
    lines = [json.loads(x)["output"] for x in out.splitlines()]
    assert lines == ["РГАСПИ, ф. 17, оп. 3, д. 1003, л. 12 об.", "ЦДАГО, ф. 1, оп. 20, спр. 6207, арк. 12 зв."]


@pytest.mark.parametrize("text,want", [
    ("TsGAOR SSSR (now GARF), f. 3316, op. 64, d. 1200, l. 3.", "ЦГАОР СССР (now ГАРФ), ф. 3316"),
    ("RTsKhIDNI (now RGASPI), f. 17, op. 3, d. 5.", "РЦХИДНИ (now РГАСПИ), ф. 17"),
    ("TsKhSD (now RGANI), f. 5, op. 30, d. 1.", "ЦХСД (now РГАНИ), ф. 5"),
])
def test_each_acronym_of_a_citation_is_its_own_name(text, want):
    assert want in cyr(text)


@pytest.mark.parametrize("text,want", [
    ("RGASPl, f. l7, op. 3, d. lOO3, l. 5.", "РГАСПИ, ф. 17, оп. 3, д. 1003, л. 5."),
    ("GARF, f. R-54O6, op. 1, d. 3l, l. 2.", "ГАРФ, ф. Р-5406, оп. 1, д. 31, л. 2."),
    ("RGAE, f. 7486, op. 37, d. l3O, l. 4.", "РГАЭ, ф. 7486, оп. 37, д. 130, л. 4."),
])
def test_ocr_lookalikes_among_digits_become_digits_in_cyrillic(text, want):
    assert cyr(text) == want


@pytest.mark.parametrize("text", ["RGASPl, f. l7, op. 3, d. lOO3, l. 5.", "GARF, f. R-54O6, op. 1, d. 3l, l. 2.",
                                  "RGAE, f. 7486, op. 37, d. l3O, l. 4."])
def test_ocr_lookalikes_stay_as_written_in_a_latin_scheme(text):
    assert translit.convert(text, "alalc").text == text


@pytest.mark.parametrize("text,to,want", [
    ("ЦА ФСБ, арх.-след. д. Р-4321, т. 2, л. 15.", "alalc", "TsA FSB, arkh.-sled. d. R-4321, t. 2, l. 15."),
    ("TsA FSB, arkh.-sled. d. R-4321, l. 7.", "cyrillic", "ЦА ФСБ, арх.-след. д. Р-4321, л. 7."),
    ("ГАРФ, ф. Р-8131сч, оп. 37, д. 145.", "bgn-pcgn", "GARF, f. R-8131sch, op. 37, d. 145."),
    ("GARF, f. R-8131sch, op. 37, d. 145.", "cyrillic", "ГАРФ, ф. Р-8131сч, оп. 37, д. 145."),
    ("PГACПИ, ф. 17, оп. 3, д. 1003, л. 5.", "cyrillic", "РГАСПИ, ф. 17, оп. 3, д. 1003, л. 5."),
    ("ГАРФ Ф.Р-5446 Оп.1 Д.12 Л.5", "alalc", "GARF F.R-5446 Op.1 D.12 L.5"),  # GOST's capitals kept
])
def test_probed_citations_convert(text, to, want):
    assert translit.convert(text, to).text == want


@pytest.mark.parametrize("text,want", [
    ("State Archive of Sverdlovsk Oblast, f. 88, op. 1, d. 14, l. 2.", "State Archive of Sverdlovsk Oblast, ф. 88"),
    ("Central State Archive of Kharkiv, f. R-1, op. 2, d. 3.", "Central State Archive of Kharkiv, ф. Р-1"),
    ("Party Archive of Perm Oblast, f. 105, op. 1, d. 7.", "Party Archive of Perm Oblast, ф. 105"),
])
def test_an_archive_outside_the_registry_named_in_english_stays_english(text, want):
    assert cyr(text).startswith(want)


@pytest.mark.parametrize("text,want", [
    ("RGASPI, f. 17, op. 3, d. 1003, ll. 5-6v.", "лл. 5-6об."),
    ("GARF, f. 5446, op. 1, d. 12, l. 3v.", "л. 3об."),
    ("RGAE, f. 7486, op. 37, d. 9, l. 4 Rs.", "л. 4 об."),
])
def test_a_verso_before_the_full_stop_gets_one_period(text, want):
    out = cyr(text)
    assert out.endswith(want)
