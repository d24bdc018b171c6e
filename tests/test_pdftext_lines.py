"""Text copied out of a PDF or an OCR'd scan, read as a document (translit.read.document): a word
a typesetter broke between two lines, an archival citation cut by the line end, a digit among
capitals. Inputs are my own (pdftext), not taken from any benchmark file."""

import re

import pytest

from translit.archives.rewrite import citation_edits_around, crossing_citations
from translit.conversion import convert
from translit.read.document import broken_pieces, convert_document, cyrillic_document, key_document


def _converted(lines, to="cyrillic"):
    return [d.result.text for d in convert_document(lines, to=to)]


# --- a Russian word broken by a hyphen between two lines is read whole, on both lines

@pytest.mark.parametrize("lines, first, second", [
    (["the square of Kras-", "naia Presnia in 1905"], "Крас-", "ная"),
    (["the daily Iz-", "vestiia printed it"], "Из-", "вестия"),
    (["published in Lenin-", "grad in 1934"], "Ленин-", "град"),
    (["the Kommunis-", "ticheskaia akademiia"], "Коммунис-", "тическая"),
])
def test_russian_word_broken_across_lines_is_read_whole(lines, first, second):
    out = _converted(lines)
    assert out[0].endswith(first)
    assert out[1].startswith(second)


@pytest.mark.parametrize("lines", [
    ["a letter to the pro-", "fessor of history"],
    ["the provisional gov-", "ernment fell in October"],
    ["the armed re-", "sistance of the peasants"],
])
def test_english_word_broken_across_lines_stays_english(lines):
    assert _converted(lines) == lines
    assert _converted(lines, "alalc") == lines


@pytest.mark.parametrize("lines, whole", [
    (["the square of Kras-", "naia Presnia"], "Красная"),
    (["in Mos-", "kva, 1937"], "Москва"),
    (["the journal Iz-", "vestiia"], "Известия"),
])
def test_broken_pieces_are_read_in_the_two_lines_together(lines, whole):
    pieces = broken_pieces(lines, lambda line, *a: convert(line, to="cyrillic"), lambda c: c.reading)
    left, right = pieces[0], pieces[1]
    assert len(left) == 1 and len(right) == 1
    (lw,), (rw,) = left.values(), right.values()
    assert lw.cyrillic + rw.cyrillic == whole
    assert rw.start == 0 and lines[1][rw.start:rw.end] == rw.input


@pytest.mark.parametrize("mark", ["\u00ad", "\u2010", "-"])
def test_soft_hyphen_and_hyphen_u2010_at_line_end_join_the_word(mark):
    lines = [f"the Narkom{mark}", "iust and Iz" + mark, "vestiia in 1922"]
    out = _converted(lines)
    assert out[0].endswith("Нарком" + mark)
    assert out[1].startswith("юст ") and out[1].endswith("Из" + mark)
    assert out[2].startswith("вестия")


@pytest.mark.parametrize("lines", [["the daily Iz-", "vestiia printed"], ["in Mos-", "kva, 1937"],
                                   ["the Kommunis-", "ticheskaia akademiia"]])
def test_key_reads_the_pieces_of_a_broken_word_as_the_word_whole(lines):
    second = list(key_document(lines))[1].result.reading().words[0]
    assert second.is_russian and "broken at the end of a line" in second.reason


def test_a_line_that_goes_on_in_a_capital_is_no_broken_word():
    lines = ["Menshevik-", "Bolshevik split", "the so-", "Called thing"]
    pieces = broken_pieces(lines, lambda line, *a: convert(line, to="cyrillic"), lambda c: c.reading)
    assert pieces == {}


# --- an archival citation cut by the line end is found in the two lines together

@pytest.mark.parametrize("lines, want", [
    (["kept in RGAE, f. 7733, op.", "36, d. 12, l. 5."], ["оп.", "36, д. 12, л. 5."]),
    (["see TsGAMO, f. 66, op. 11, d.", "202, ll. 3–4ob. for the report"], ["д.", "202, лл. 3–4об."]),
    (["RGVA, f. 9, op. 28, d. 41, ll.", "7–9 (a report)"], ["лл.", "7–9 (a report)"]),
])
def test_citation_across_two_lines_is_converted_on_both(lines, want):
    out = _converted(lines)
    assert out[0].endswith(want[0])
    assert out[1].startswith(want[1])
    assert crossing_citations(lines) == {0: ("", "\n" + lines[1]), 1: (lines[0] + "\n", "")}


@pytest.mark.parametrize("before, text, marks", [
    ("RGASPI, f. 17, op.\n", "3, d. 1003, l. 8.", ["д.", "л."]),
    ("GARF, f. 5446, op. 1, d.\n", "370, l. 2.", ["л."]),
    ("TsGAIPD SPb, f. 24, op. 2v,\n", "d. 779, l. 11.", ["д.", "л."]),
])
def test_citation_edits_around_keep_only_the_line(before, text, marks):
    edits = citation_edits_around(text, "cyrillic", (before, ""))
    assert edits and all(0 <= e.start < e.end <= len(text) for e in edits)
    written = [e.output for e in edits]
    assert all(m in written for m in marks)


def test_lines_that_cite_nothing_together_have_no_context():
    assert crossing_citations(["The papers of f. 5 are lost.", "See the index."]) == {}
    assert crossing_citations(["", "f. 17, op. 3"]) == {}
    assert crossing_citations(["a line", "another line"]) == {}


# --- a digit among capitals is no lower-case letter

@pytest.mark.parametrize("text", ["the 0GPU of the region", "the N0VOSTI agency", "the R0SSPEN house"])
def test_digit_among_capitals_is_not_a_small_letter(text):
    for to in ("cyrillic", "alalc"):
        out = convert(text, to=to).text
        assert not re.search("[оo][A-ZА-Я]", out), out


# --- nothing is lost: the line breaks, hyphens and soft hyphens stay where they were

@pytest.mark.parametrize("lines", [
    ["Kras-", "naia Presnia, Kom\u00ad", "munist  (pp. 3–4)"],
    ["RGAE, f. 7733, op.", "36, d. 12, l. 5 – the pro-", "fessor’s copy"],
    ["\u00a0Iz-", "vestiia\u00a0TsIK ¹²", "ofﬁcial"],
])
def test_nothing_but_the_words_changes(lines):
    for to in ("cyrillic", "alalc"):
        out = _converted(lines, to)
        for a, b in zip(lines, out):
            assert re.sub(r"\w", "", a) == re.sub(r"\w", "", b.replace("\u0361", "").replace("ʹ", "").replace("ʺ", ""))


def test_cyrillic_document_reads_the_broken_word():
    out = [d.result.text for d in cyrillic_document(["the daily Iz-", "vestiia printed"])]
    assert out == ["the daily Из-", "вестия printed"]


# --- cite: a citation across two lines is given whole on the line it starts on

def _cite(lines):
    from translit.commands import _cite_line, cite_lines

    return [_cite_line(line, around=around) for line, around in cite_lines(lines)]


@pytest.mark.parametrize("lines, first", [
    (["kept in RGAE, f. 7733, op.", "36, d. 12, l. 5."], "RGAE, f. 7733, op. 36, d. 12, l. 5."),
    (["see TsGAMO, f. 66, op. 11, d.", "202, ll. 3–4ob. for the report"], "d. 202"),
    (["RGVA, f. 9, op. 28, d. 41, ll.", "7–9 (a report)"], "ll. 7-9"),
])
def test_cite_gives_a_citation_across_lines_whole_on_its_first_line(lines, first):
    out = _cite(lines)
    assert len(out) == len(lines)
    assert first in out[0]
    assert out[1] == ""


def test_cite_offsets_stay_those_of_the_line():
    from translit.commands import cited_in_line

    line = "kept in RGAE, f. 7733, op."
    (c,) = cited_in_line(line, ("", "\n36, d. 12, l. 5."))
    assert line[c.start:c.start + 4] == "RGAE" and c.end > len(line)
    assert c.spans["archive"] == [8, 12]
    assert cited_in_line("36, d. 12, l. 5.", ("kept in RGAE, f. 7733, op.\n", "")) == []


def test_cite_lines_read_alone_when_nothing_crosses():
    from translit.commands import cite_lines

    lines = ["GARF, f. 5446, op. 1, d. 112.", "An English sentence.", ""]
    assert [a for _, a in cite_lines(lines)] == [None, None, None]
