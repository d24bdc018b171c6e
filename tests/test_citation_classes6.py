"""Citation classes found by studying the fifth held-out part and by probing with footnotes of our
own: full names of predecessor archives, lettered fonds, a later file named in prose after a
semicolon, a footnote's number before an archive outside the registry, an inserted leaf's verso.
Every input here is written for this file (none is a row of a benchmark part)."""

import pytest

from translit.archives import resolve
from translit.archives.citation import parse_citation, parse_citations


# full names of the predecessors, Russian and ALA-LC -----------------------------------------------

@pytest.mark.parametrize("text,current,cited", [
    ("Центральный государственный архив Октябрьской революции, высших органов государственной власти и "
     "органов государственного управления СССР, ф. 7523, оп. 1, д. 9, л. 2.", "GARF", "TsGAOR SSSR"),
    ("Центральный государственный архив Советской армии. Ф. 33988. Оп. 2. Д. 14.", "RGVA", "TsGASA"),
    ("Центральный государственный исторический архив СССР, ф. 1284, оп. 194, д. 3.", "RGIA", "TsGIA SSSR"),
    ("Tsentral'nyi gosudarstvennyi arkhiv Oktiabr'skoi revoliutsii i sotsialisticheskogo stroitel'stva SSSR, "
     "f. 5451, op. 13, d. 20.", "GARF", "TsGAORiSS SSSR"),
    ("Tsentral’nyi gosudarstvennyi arkhiv literatury i iskusstva SSSR, f. 631, op. 15, d. 4.", "RGALI", "TsGALI SSSR"),
    ("Tsentral'nyi gosudarstvennyi osobyi arkhiv SSSR, f. 1525, op. 1, d. 77.", "RGVA", "TsGOA SSSR"),
])
def test_a_predecessor_cited_by_its_full_name(text, current, cited):
    c = parse_citation(text)
    assert (c.archive_current, c.archive_acronym) == (current, cited)
    assert c.fond.isdigit() and c.opis is not None and not c.unparsed
    assert c.start == 0  # the whole name is the citation's archive


@pytest.mark.parametrize("name,acronym", [
    ("Центральный государственный архив Красной армии", "TsGAKA"),
    ("Tsentral'nyi gosudarstvennyi istoricheskii arkhiv v Leningrade", "TsGIAL"),
    ("Центральный государственный литературный архив СССР", "TsGLA SSSR"),
])
def test_the_registry_resolves_full_predecessor_names(name, acronym):
    m = resolve(name)
    assert m is not None and m.cited.acronym == acronym and m.is_predecessor


# lettered fonds ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,fond,gost", [
    ("RGVIA, f. VUA, op. 1, d. 18470, l. 12.", "VUA", "РГВИА. Ф. ВУА. Оп. 1. Д. 18470. Л. 12."),
    ("РГВИА. Ф. ВУА. Оп. 2. Д. 301. Л. 4 об.", "VUA", "РГВИА. Ф. ВУА. Оп. 2. Д. 301. Л. 4 об."),
    ("GARF, f. DP, op. 265, d. 1102.", "DP", "ГАРФ. Ф. ДП. Оп. 265. Д. 1102."),
])
def test_a_fond_named_by_letters(text, fond, gost):
    c = parse_citation(text)
    assert c.fond == fond and c.format("gost") == gost
    assert parse_citation(c.format("english")).fond == fond


@pytest.mark.parametrize("text", ["The letter from F. Smith, f. VUA.", "RGVIA, f. VUA.",
                                  "As J. F. K. wrote, f. DP is closed"])
def test_capitals_after_f_with_no_part_after_them_are_no_fond(text):
    assert parse_citations(text) == []


# a later file or leaf named in the prose after a semicolon ----------------------------------------

@pytest.mark.parametrize("text,second", [
    ("The draft is in GARF, f. 5446, op. 1, d. 12, l. 4; the signed copy in d. 13, l. 9.",
     ("GARF", "5446", "1", "13", "9")),
    ("RGASPI, f. 558, op. 11, d. 765, l. 20; his marginal note is on l. 22ob.",
     ("RGASPI", "558", "11", "765", "22v")),
    ("ЦА ФСБ, ф. 3, оп. 4, д. 152, л. 8; ответ наркома в д. 153, л. 1.",
     ("TsA FSB", "3", "4", "153", "1")),
])
def test_a_later_file_in_prose_after_a_semicolon_inherits(text, second):
    cs = parse_citations(text)
    assert len(cs) == 2
    c = cs[1]
    assert (c.archive_current, c.fond, c.opis, c.delo, c.folios) == second
    assert "fond" in c.inherited


@pytest.mark.parametrize("text", [
    "RGASPI, f. 17, op. 3, d. 5, l. 4; see the discussion in Smith, ff. 12-14.",
    "RGASPI, f. 17, op. 3, d. 5, l. 4; Pravda printed it on p. 2.",
    "RGASPI, f. 17, op. 3, d. 5, l. 4; the Times, vol. 3.",
])
def test_a_western_reference_after_a_semicolon_is_no_continuation(text):
    assert len(parse_citations(text)) == 1


# a footnote's number before an archive outside the registry ---------------------------------------

@pytest.mark.parametrize("text,archive,delo", [
    ("58. Arkhiv UFSB po Altaiskomu kraiu, d. P-7712, l. 40.", "Arkhiv UFSB po Altaiskomu kraiu", "P-7712"),
    ("9. Архив УФСБ по Красноярскому краю, д. П-3321, л. 5.", "Архив УФСБ по Красноярскому краю", "P-3321"),
    ("112) Arkhiv UFSB po Omskoi oblasti, d. 23017, l. 2.", "Arkhiv UFSB po Omskoi oblasti", "23017"),
])
def test_a_case_file_after_a_numbered_archive_name(text, archive, delo):
    c = parse_citation(text)
    assert (c.archive_cited, c.delo) == (archive, delo)
    assert c.start == text.index(archive[:5])


# an inserted leaf's verso --------------------------------------------------------------------------

@pytest.mark.parametrize("text,folios,gost", [
    ("ГАРФ. Ф. 1. Оп. 2. Д. 3. Л. 12а об.", "12av", "Л. 12а об."),
    ("RGASPI, f. 17, op. 3, d. 5, ll. 5a ob.-6.", "5av-6", "Л. 5а об.–6."),
    ("RGAE, f. 7486, op. 37, d. 9, l. 3bv.", "3bv", "Л. 3б об."),
])
def test_the_verso_of_an_inserted_leaf(text, folios, gost):
    c = parse_citation(text)
    assert c.folios == folios and not c.unparsed
    assert c.format("gost").endswith(gost)
    for style in ("english", "gost", "chicago"):
        assert parse_citation(c.format(style)).folios == folios


# probed with messy footnotes of our own ------------------------------------------------------------

@pytest.mark.parametrize("text,delo", [
    ("ЦА ФСБ, арх.-след. д. Р-4321, т. 2, л. 15.", "R-4321"),
    ("TsA FSB, arkh.-sled. d. R-38176, l. 7.", "R-38176"),
    ("HDA SBU, arkh.-sled. delo 49875-FP, ark. 3.", "49875-FP"),
])
def test_an_abbreviated_case_file(text, delo):
    c = parse_citation(text)
    assert c.delo == delo and c.archive_current is not None and not c.unparsed


@pytest.mark.parametrize("text,fond,gost", [
    ("GARF, f. R-8131sch, op. 37, d. 145, l. 5.", "R-8131sch", "Ф. Р-8131сч."),
    ("ГАРФ. Ф. Р-9401сч. Оп. 2. Д. 64.", "R-9401sch", "Ф. Р-9401сч."),
    ("GARF, f. 5446sch, op. 1, d. 12.", "5446sch", "Ф. 5446сч."),
])
def test_a_fonds_secret_part(text, fond, gost):
    c = parse_citation(text)
    assert c.fond == fond and gost in c.format("gost")
    assert parse_citation(c.format("gost")).fond == fond


@pytest.mark.parametrize("text,fields", [
    ("RGASPI, f. 17, op. 3, d. lOO3, l. 5.", ("17", "3", "1003")),
    ("GARF, f. R-54O6, op. 1, d. 1O1l, l. 2.", ("R-5406", "1", "1011")),
    ("RGAE, f. 7486, op. 37, d. l3O, l. 4.", ("7486", "37", "130")),
])
def test_ocr_lookalikes_side_by_side_in_a_number(text, fields):
    c = parse_citation(text)
    assert (c.fond, c.opis, c.delo) == fields
    assert any("OCR" in n for n in c.notes)


@pytest.mark.parametrize("text,current", [
    ("PГACПИ, ф. 17, оп. 3, д. 1003, л. 5.", "RGASPI"),  # Latin P and C among Cyrillic letters
    ("ГAPФ. Ф. 1. Оп. 2. Д. 3.", "GARF"),
    ("RGАSPI, f. 17, op. 3, d. 5.", "RGASPI"),  # a Cyrillic А among Latin letters
])
def test_an_acronym_typed_in_mixed_scripts(text, current):
    c = parse_citation(text)
    assert c.archive_current == current
    assert c.archive_cited == text[:c.spans["archive"][1]]  # as written


@pytest.mark.parametrize("text,joined", [
    ("RGASPI, f. 17, op. 3, d. 1003, ll. 5-7ob.; ibid., d. 1004, l. 2.", "ll. 5-7ob.; RGASPI"),
    ("TsDAHO, f. 1, op. 16, spr. 9, ark. 114 zv.; ibid., spr. 10, ark. 3.", "ark. 114zv.; TsDAHO"),
    ("NARB, f. 4p, vop. 1, spr. 2130, ark. 45 adv.; ibid., ark. 47.", "ark. 45adv.; NARB"),
])
def test_cite_keeps_a_versos_period_before_the_semicolon(text, joined):
    from translit.commands import _cite_line

    assert joined in _cite_line(text)


@pytest.mark.parametrize("text,current", [
    ("Gosudarstvennyĭ arkhiv Rossiĭskoĭ Federat͡sii, f. R-5446, op. 1, d. 55.", "GARF"),
    ("Rossiĭskiĭ gosudarstvennyĭ arkhiv sot͡sialʹno-politicheskoĭ istorii. F. 17. Op. 3. D. 1003.", "RGASPI"),
    ("T͡Sentralʹnyĭ gosudarstvennyĭ arkhiv Sovetskoĭ armii, f. 1, op. 2, d. 3.", "RGVA"),
])
def test_a_full_name_in_alalc_with_its_diacritics(text, current):
    c = parse_citation(text)
    assert c.archive_current == current and c.start == 0
    assert c.archive_cited == text[:c.spans["archive"][1]]  # as written, with its marks


@pytest.mark.parametrize("text,current,cited", [
    ("Gosudarstvennyj arhiv Rossijskoj Federacii, f. R-5446, op. 1, d. 55.", "GARF", "GARF"),  # ISO 9
    ("Gosudarstvennyy arkhiv Rossiyskoy Federatsii, f. 1, op. 2, d. 3.", "GARF", "GARF"),  # BGN/PCGN
    ("Rossijskij gosudarstvennyj voennyj arhiv, f. 9, op. 39, d. 71.", "RGVA", "RGVA"),
    ("Centralny gosudarstvenny arhiv Oktyabrskoy revolyucii, vysshih organov gosudarstvennoy vlasti i organov "
     "gosudarstvennogo upravleniya SSSR, f. 1235, op. 2, d. 3.", "GARF", "TsGAOR SSSR"),  # commas inside
])
def test_a_registry_name_in_another_romanization(text, current, cited):
    c = parse_citation(text)
    assert (c.archive_current, c.archive_acronym) == (current, cited) and c.start == 0


@pytest.mark.parametrize("text", ["Gosudarstvennyi arkhiv Altaiskogo kraia, f. R-1, op. 2, d. 3.",
                                  "Gosudarstvennyi arkhiv Rossiiskoi Federatsii po Tomskoi oblasti, f. 1, op. 2, d. 3.",
                                  "Tsentral'nyi arkhiv Ministerstva oborony Ukrainy, f. 1, op. 2, d. 3."])
def test_a_name_that_only_begins_like_a_registry_name_is_not_taken_for_it(text):
    c = parse_citation(text)
    assert c.archive_current is None and c.archive_cited
