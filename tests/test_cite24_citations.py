"""cite24 (studying citations_heldout17.txt): four classes of input, each tested here on inputs
that are not rows of that set.

1. A part with no field of its own between two parsed parts, of RGADA's kinds: Müller's portfolios
   (Портфель 481, portfel' 528, portfolio 150) and a prikaz's scroll columns (стб. 12, stb. 77,
   stolbets 1100), labels.toml [unkeyed_parts]: the citation goes on past it to its file and leaves,
   and format() writes it again in its place, in the style's script.
2. A file cited with no fond after an archive's acronym outside the registry that has the capital A
   of an archive word (ЦА СВР, TsA MVD): the security services' case files are cited so.
   An acronym without that A (KGB, USSR) starts no citation there.
3. An archive's acronym outside the registry in a citation converted to a Latin scheme: one spelling
   whichever script it came in, read letter by letter from its Cyrillic letters (a Latin one read into
   them first) as English-language citations write acronyms: ALA-LC without marks (ГАЯО and GAYaO both
   ISO 9 and German GAIaO; ЦГА РБ and TsGA RB both German TsGA RB, not ZGA RB), the target's own
   letters in BGN/PCGN and the popular scheme (GAIaO and ГАЯО both BGN GAYaO), as the registry writes
   its own acronyms in every scheme (TsGAOR SSSR in ISO 9 too); acronyms.toml [citation_spelling].
4. A predecessor's English name (archives.toml, ArcheoBiblioBase's "previous names"): Chicago style
   writes it for the name as cited, and the successor's for the current one."""
import pytest
from citation_helpers import one

import translit
from translit import parse_citations

_CYR = "\u0400-\u04ff"


@pytest.mark.parametrize("text,fond,delo,folios,english,gost", [
    ("RGADA, f. 199, portfel' 528, d. 12, l. 5.", "199", "12", "5",
     "RGADA, f. 199, portfel' 528, d. 12, l. 5.", "РГАДА. Ф. 199. Портфель 528. Д. 12. Л. 5."),
    ("RGADA, f. 199, portfolio 150, ch. 1, d. 4, ll. 3-9.", "199", "4", "3-9",
     "RGADA, f. 199, portfolio 150, ch. 1, d. 4, ll. 3-9.", "РГАДА. Ф. 199. Портфель 150. Ч. 1. Д. 4. Л. 3–9."),
    ("РГАДА. Ф. 199. Портфель 517. Д. 3. Л. 8 об.", "199", "3", "8v",
     "RGADA, f. 199, portfel' 517, d. 3, l. 8ob.", "РГАДА. Ф. 199. Портфель 517. Д. 3. Л. 8 об."),
])
def test_portfolio_between_fond_and_file(text, fond, delo, folios, english, gost):
    c = one(text)
    assert (c.fond, c.delo, c.folios.replace(" ", "")) == (fond, delo, folios)
    assert c.format("english") == english
    assert c.format("gost") == gost


@pytest.mark.parametrize("text,english,gost", [
    ("RGADA, f. 210, op. 9, stb. 77, ll. 3-4.", "RGADA, f. 210, op. 9, stb. 77, ll. 3-4.",
     "РГАДА. Ф. 210. Оп. 9. Стб. 77. Л. 3–4."),
    ("РГАДА. Ф. 210. Оп. 12. Стб. 1041. Л. 5–7.", "RGADA, f. 210, op. 12, stb. 1041, ll. 5-7.",
     "РГАДА. Ф. 210. Оп. 12. Стб. 1041. Л. 5–7."),
    ("RGADA, f. 214, op. 5, stolbets 1100, l. 2.", "RGADA, f. 214, op. 5, stolbets 1100, l. 2.",
     "РГАДА. Ф. 214. Оп. 5. Столбец 1100. Л. 2."),
])
def test_scroll_column_written_again(text, english, gost):
    c = one(text)
    assert c.opis and c.folios
    assert c.format("english") == english
    assert c.format("gost") == gost
    assert c.format("chicago").endswith(english.split(", ", 1)[1])


@pytest.mark.parametrize("text,cited,delo,tom,folios", [
    ("ЦА СВР. Д. 2134. Т. 3. Л. 17.", "ЦА СВР", "2134", "3", "17"),
    ("The exchange is documented in TsA MVD, d. 10, ll. 3-4, a copy.", "TsA MVD", "10", None, "3-4"),
    ("See GAOPDF, d. P-4471, t. 2, l. 9.", "GAOPDF", "P-4471", "2", "9"),
])
def test_file_without_fond_after_an_archive_acronym(text, cited, delo, tom, folios):
    c = one(text)
    assert c.archive_current is None and c.archive_cited == cited
    assert (c.fond, c.delo, c.tom, c.folios) == (None, delo, tom, folios)


@pytest.mark.parametrize("text", [
    "He left the USSR, d. 1953 in Paris.",
    "Files of the KGB, d. 44 and d. 45, are closed.",
    "The NKVD, d. 12, l. 4.",
])
def test_no_archive_capital_no_case_file(text):
    assert parse_citations(text) == []


@pytest.mark.parametrize("cyr,lat", [
    ("ГАЯО, ф. Р-2, оп. 1, д. 9.", "GAYaO, f. R-2, op. 1, d. 9."),
    ("ЦГА РБ, ф. 1, оп. 2, д. 3.", "TsGA RB, f. 1, op. 2, d. 3."),
    ("ГАЧО, ф. Р-274, оп. 1, д. 12.", "GAChO, f. R-274, op. 1, d. 12."),
    ("ЦДНИ ТО, ф. 1, оп. 2, д. 3.", "TsDNI TO, f. 1, op. 2, d. 3."),
])
@pytest.mark.parametrize("to", ["alalc", "bgn-pcgn", "iso9", "gost-779b", "german", "scholarly"])
def test_unregistered_acronym_same_from_either_script(cyr, lat, to):
    assert one(cyr).archive_current is None
    a, b = translit.convert(cyr, to).text, translit.convert(lat, to).text
    assert a == b, (a, b)


@pytest.mark.parametrize("text,to,want", [
    ("GAYaO, f. R-2, op. 1, d. 9.", "iso9", "GAIaO, f. R-2"),
    ("ГАЯО, ф. Р-2, оп. 1, д. 9.", "german", "GAIaO, f. R-2"),
    ("GAIaO, f. R-2, op. 1, d. 9.", "bgn-pcgn", "GAYaO, f. R-2"),
    ("TsGA RB, f. 1, op. 2, d. 3.", "german", "TsGA RB, f. 1"),
    ("ЦГА РБ, ф. 1, оп. 2, д. 3.", "gost-779b", "TsGA RB, f. 1"),
    ("GAChO, f. R-274, op. 1, d. 12.", "iso9", "GAChO, f. R-274"),
    ("ЦДНИ ТО, ф. 1, оп. 2, д. 3.", "scholarly", "TsDNI TO, f. 1"),
])
def test_unregistered_acronym_as_english_citations_write_it(text, to, want):
    out = translit.convert(text, to).text
    assert out.startswith(want), out
    assert one(out).archive_current is None and one(out).delo == one(text).delo


@pytest.mark.parametrize("text", ["TsGAOR SSSR, f. 3316, op. 2, d. 12.", "ЦГАОР СССР, ф. 3316, оп. 2, д. 12."])
def test_registry_acronym_keeps_its_spelling(text):
    assert translit.convert(text, "iso9").text.startswith("TsGAOR SSSR, f. 3316")


@pytest.mark.parametrize("text,english,current", [
    ("ГАФКЭ, ф. 214, оп. 1, д. 5.", "State Archive of the Feudal-Serfdom Epoch (GAFKE)",
     "Russian State Archive of Ancient Acts (RGADA)"),
    ("TsGAORiSS SSSR, f. 7523, op. 1, d. 5.",
     "Central State Archive of the October Revolution and Socialist Construction of the USSR",
     "State Archive of the Russian Federation (GARF)"),
    ("TsAKA, f. 4, op. 14, d. 2, l. 3.", "Central Archive of the Red Army (TsAKA)",
     "Russian State Military Archive (RGVA)"),
    ("ЦГАВМФ СССР. Ф. 870. Оп. 1. Д. 4.", "Central State Archive of the Navy of the USSR (TsGAVMF SSSR)",
     "Russian State Naval Archive (RGAVMF)"),
    ("TsGIAL, f. 1405, op. 521, d. 7.", "Central State Historical Archive in Leningrad (TsGIAL)",
     "Russian State Historical Archive (RGIA)"),
])
def test_predecessor_english_name_in_chicago(text, english, current):
    c = one(text)
    cited = c.format("chicago")
    assert cited.startswith(english), cited
    assert c.format("chicago", archive="current").startswith(current)
    assert not any("\u0400" <= ch <= "\u04ff" for ch in cited)
    assert c.archive_name_en not in cited  # not the successor's English name
