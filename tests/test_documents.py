"""Document files: Word (.docx with runs, tables, headers, footers, footnotes, endnotes, comments)
and HTML pages, converted with `translit convert --in FILE --out FILE`. The documents are built
here with python-docx and written by hand; the conversion is the real one."""

import html
import re
import zipfile

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from translit.commands import document_results
from translit.documents import convert_file, format_of
from translit.documents.pieces import FIXED, HIDDEN, TEXT, Edit, Piece, apply, edits_of, place
from translit.errors import TranslitError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CYR = re.compile("[\u0400-\u04ff]")


def _notes(kind: str, notes: list[list[tuple[str, str]]]) -> bytes:
    """footnotes.xml / endnotes.xml: each note a list of (text, run properties XML) runs."""
    tag = kind[:-1]  # footnote, endnote
    body = [f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>',
            f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            f'</w:p></w:{tag}>']
    for n, runs in enumerate(notes, 1):
        rs = "".join(f'<w:r>{props}<w:t xml:space="preserve">{html.escape(t)}</w:t></w:r>' for t, props in runs)
        body.append(f'<w:{tag} w:id="{n}"><w:p><w:r><w:{tag}Ref/></w:r>{rs}</w:p></w:{tag}>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:{kind} xmlns:w="{W}">'
            + "".join(body) + f"</w:{kind}>").encode()


def _attach_notes(d, kind: str, notes) -> None:
    """Add a footnotes or endnotes part to the document, and a reference to each note in the body."""
    ct, rt = (CT.WML_FOOTNOTES, RT.FOOTNOTES) if kind == "footnotes" else (CT.WML_ENDNOTES, RT.ENDNOTES)
    part = Part(PackURI(f"/word/{kind}.xml"), ct, _notes(kind, notes), d.part.package)
    d.part.relate_to(part, rt)
    p = d.paragraphs[0]._p
    for n in range(1, len(notes) + 1):
        p.append(etree.fromstring(f'<w:r xmlns:w="{W}"><w:{kind[:-1]}Reference w:id="{n}"/></w:r>'))


ITALIC = "<w:rPr><w:i/></w:rPr>"


def article(path, russian: bool = True) -> None:
    """An English article with Russian inside in every place a Word document holds text."""
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Istoriia SSSR: a journal of record" if russian else "A journal of record"
    sec.footer.paragraphs[0].text = "Printed in Moskva, 1991" if russian else "Printed in London, 1991"
    p = d.add_paragraph("In his study of ")
    r = p.add_run("Neizvestnyi Bukharin" if russian else "The Unknown Revolution")
    r.italic = True
    p.add_run(", Stephen F. Cohen argues that the plan of the 1930s failed.")
    p2 = d.add_paragraph()
    a = p2.add_run("Tol" if russian else "Dic")
    a.bold = True
    p2.add_run("stoi wrote Voina i mir in Iasnaia Poliana." if russian else "kens wrote Bleak House.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Title"
    t.cell(0, 1).text = "Translation"
    t.cell(1, 0).text = "Pis'ma i dokumenty" if russian else "Letters"
    t.cell(1, 1).text = "Letters and documents"
    d.add_paragraph("This paragraph is English only, with vol. II and the XX Congress.")
    d.add_comment(d.paragraphs[-1].runs, text="Check Voprosy istorii here", author="Ed")
    _attach_notes(d, "footnotes", [
        [(" See ", ""), ("Izvestiia TsK KPSS" if russian else "the Central Committee bulletin", ITALIC),
         (", no. 3 (1989), p. 12.", "")],
        [(" Cohen, op. cit., p. 4.", "")],
    ])
    _attach_notes(d, "endnotes", [[(" On the archive see Khlevniuk, " if russian else " See Gregory, ", ""),
                                    ("Khoziain" if russian else "The Boss", ITALIC), (".", "")]])
    d.save(str(path))


def _parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _paragraph_texts(part: bytes) -> list[str]:
    root = etree.fromstring(part)
    return ["".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in root.iter(f"{{{W}}}p")]


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docx")
    src, out = folder / "article.docx", folder / "article-cyr.docx"
    article(src)
    report = convert_file(str(src), str(out), to="cyrillic")
    return src, out, report


def test_russian_is_converted_in_every_place_a_word_document_holds_text(converted):
    src, out, report = converted
    before, after = _parts(src), _parts(out)
    for name in ("word/document.xml", "word/header1.xml", "word/footer1.xml", "word/footnotes.xml",
                 "word/endnotes.xml"):
        texts = [t for t in _paragraph_texts(after[name]) if t]
        assert any(CYR.search(t) for t in texts), name
    body = docx.Document(str(out))
    first = body.paragraphs[0].text
    assert first.startswith("In his study of ") and "Stephen F. Cohen argues that the plan of the 1930s failed." in first
    assert CYR.search(body.paragraphs[0].runs[1].text) and not CYR.search(body.paragraphs[0].runs[2].text)
    assert CYR.search(body.tables[0].cell(1, 0).text)
    assert body.tables[0].cell(1, 1).text == "Letters and documents"
    assert body.paragraphs[2].text == "This paragraph is English only, with vol. II and the XX Congress."
    notes = _paragraph_texts(after["word/footnotes.xml"])
    assert any(n.endswith(", no. 3 (1989), p. 12.") and CYR.search(n) for n in notes)
    assert " Cohen, op. cit., p. 4." in notes


def test_each_paragraph_reads_as_convert_reads_the_same_lines(converted):
    """The document file is converted as `translit convert` converts its paragraphs as lines."""
    src, out, _ = converted
    before, after = _parts(src), _parts(out)
    names = ["word/document.xml", "word/header1.xml", "word/footer1.xml", "word/footnotes.xml", "word/endnotes.xml"]
    lines = [t for n in names for t in _paragraph_texts(before[n]) if t]
    expected = [r["output"] for r in document_results("convert", lines, {"to": "cyrillic", "policy": "running"})]
    got = [t for n in names for t in _paragraph_texts(after[n]) if t]
    assert got == expected
    assert got != lines


def test_runs_keep_their_formatting_and_unchanged_runs_stay_byte_identical(converted):
    src, out, _ = converted
    before = etree.fromstring(_parts(src)["word/document.xml"])
    after = etree.fromstring(_parts(out)["word/document.xml"])
    runs_b, runs_a = list(before.iter(f"{{{W}}}r")), list(after.iter(f"{{{W}}}r"))
    assert len(runs_b) == len(runs_a)
    same = 0
    for rb, ra in zip(runs_b, runs_a):
        assert etree.tostring(rb.find(f"{{{W}}}rPr")) == etree.tostring(ra.find(f"{{{W}}}rPr")) \
            if rb.find(f"{{{W}}}rPr") is not None else ra.find(f"{{{W}}}rPr") is None
        tb, ta = rb.find(f"{{{W}}}t"), ra.find(f"{{{W}}}t")
        if tb is not None and tb.text == ta.text:
            assert etree.tostring(rb) == etree.tostring(ra)
            same += 1
    assert same >= 5
    d = docx.Document(str(out))
    # a word across runs ("Tol" bold + "stoi …") is written whole in the first run, which keeps its bold
    bold, rest = d.paragraphs[1].runs
    assert bold.bold and re.fullmatch("[\u0400-\u04ff]+", bold.text)
    assert not rest.bold and rest.text.startswith(" wrote ") and "stoi" not in rest.text
    assert d.paragraphs[0].runs[1].italic


def test_parts_without_text_are_copied_and_only_text_changes_in_the_others(converted):
    src, out, _ = converted
    before, after = _parts(src), _parts(out)
    assert before.keys() == after.keys()
    for name in ("word/styles.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml",
                 "word/settings.xml"):
        assert before[name] == after[name], name

    def without_text(data: bytes) -> bytes:
        root = etree.fromstring(data)
        for t in root.iter(f"{{{W}}}t"):
            t.text = ""
            t.attrib.pop("{http://www.w3.org/XML/1998/namespace}space", None)
        return etree.tostring(root)

    for name in ("word/document.xml", "word/footnotes.xml", "word/header1.xml"):
        assert before[name] != after[name]
        assert without_text(before[name]) == without_text(after[name]), name
        prolog = before[name][:before[name].index(b"?>") + 3]  # the part's own XML declaration, kept
        assert after[name].startswith(prolog)
    assert after["word/footnotes.xml"].startswith(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:')


def test_a_document_without_russian_comes_back_unchanged(tmp_path):
    src, out = tmp_path / "english.docx", tmp_path / "out.docx"
    article(src, russian=False)
    for to in ("alalc", "cyrillic"):
        report = convert_file(str(src), str(out), to=to)
        assert report.converted == 0 and report.changed_paragraphs == 0
        assert _parts(src) == _parts(out)
        assert out.read_bytes() == src.read_bytes()


def test_counts_say_what_was_read_and_converted(converted):
    _, _, report = converted
    assert report.paragraphs == {"body": 3, "table": 4, "header": 1, "footer": 1, "footnote": 2, "endnote": 1}
    assert report.converted == len(report.changes) >= 7
    assert {c["place"] for c in report.changes} == {"body", "table", "header", "footer", "footnote", "endnote"}
    assert report.changed_paragraphs == 7
    assert report.unwritten == [] and report.skipped == 0
    assert "12 paragraphs read (body: 3, table: 4" in report.summary()


def test_damaged_word_files_are_one_line_errors_that_write_nothing(tmp_path):
    good = tmp_path / "good.docx"
    article(good)
    data = good.read_bytes()
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(data[: len(data) // 2])
    no_document = tmp_path / "nodoc.docx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(no_document, "w") as zout:
        for info in zin.infolist():
            if info.filename != "word/document.xml":
                zout.writestr(info, zin.read(info))
    broken_xml = tmp_path / "brokenxml.docx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(broken_xml, "w") as zout:
        for info in zin.infolist():
            body = zin.read(info)
            zout.writestr(info, body[:-40] if info.filename == "word/footnotes.xml" else body)
    text = tmp_path / "text.docx"
    text.write_text("Istoriia SSSR\n")
    for bad in (truncated, no_document, broken_xml, text):
        out = tmp_path / "out.docx"
        with pytest.raises(TranslitError) as err:
            convert_file(str(bad), str(out), to="alalc")
        assert "\n" not in str(err.value) and bad.name in str(err.value)
        assert not out.exists()
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".translit-")] == []


def test_command_line_converts_a_docx_and_reports(tmp_path, run_cli):
    src, out = tmp_path / "a.docx", tmp_path / "b.docx"
    article(src)
    proc = run_cli("convert", "--to", "alalc", "--in", str(src), "--out", str(out), "--json")
    import json

    report = json.loads(proc.stdout)
    assert report["format"] == "docx" and report["converted"] == len(report["changes"]) > 0
    assert "paragraphs read" in proc.stderr and str(out) in proc.stderr
    d = docx.Document(str(out))
    assert "ĭ" in d.paragraphs[0].text  # Neizvestnyi → Neizvestnyĭ (ALA-LC)
    # the same file named .bin is found by its content; --format forces it
    odd = tmp_path / "a.bin"
    odd.write_bytes(src.read_bytes())
    run_cli("convert", "--in", str(odd), "--out", str(tmp_path / "c.bin"))
    assert zipfile.is_zipfile(tmp_path / "c.bin")
    # given as a table, a .docx is still refused, and the message points to the document form
    bad = run_cli("convert", "--in", str(src), "--out", str(tmp_path / "t.csv"), "--column", "title", check=False)
    assert bad.returncode == 2 and "ZIP archive" in bad.stderr and "without --column" in bad.stderr
    assert not (tmp_path / "t.csv").exists()
    broken = tmp_path / "broken.docx"
    broken.write_bytes(src.read_bytes()[:300])
    bad = run_cli("convert", "--in", str(broken), "--out", str(tmp_path / "x.docx"), check=False)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1 and "nothing was written" in bad.stderr
    assert not (tmp_path / "x.docx").exists()


# -- HTML ----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bukharin and the Istoriia SSSR</title>
<style>p.note { font-family: "Pis'ma", serif; } /* Neizvestnyi */</style>
<script>var title = "Neizvestnyi Bukharin"; if (a < b && c) { go(); }</script>
</head>
<body>
<!-- Neizvestnyi Bukharin: a comment stays -->
<h1 title="Neizvestnyi Bukharin">On <i>Neizvestnyi Bukharin</i></h1>
<p class="note">In <a href="https://example.org/Pisma?x=1&amp;y=2">Pis'ma i dokumenty</a> the editors
quote <b>Tol</b>stoi&nbsp;and Stephen F. Cohen &mdash; &laquo;Voina i mir&raquo;, vol. II, p. 15.</p>
<ul><li>Khlevniuk, <em>Khoziain</em> (2010)</li><li>AT&T and the 1930s</li></ul>
<p>An English sentence with the plan, the tribunal and Lenin's press.</p>
</body>
</html>
"""


def _tags(page: str) -> list[str]:
    return re.findall(r"<[^>]*>", page)


def test_html_text_nodes_are_converted_and_markup_survives(tmp_path):
    src, out = tmp_path / "page.html", tmp_path / "out.html"
    src.write_text(PAGE, encoding="utf-8")
    report = convert_file(str(src), str(out), to="cyrillic")
    new = out.read_text(encoding="utf-8")
    assert _tags(new) == _tags(PAGE)  # tags, attributes, the comment: every one as it was
    for kept in ('<script>var title = "Neizvestnyi Bukharin"; if (a < b && c) { go(); }</script>',
                 '/* Neizvestnyi */', '<!-- Neizvestnyi Bukharin: a comment stays -->',
                 '<h1 title="Neizvestnyi Bukharin">', 'href="https://example.org/Pisma?x=1&amp;y=2"',
                 "Stephen F. Cohen &mdash; &laquo;", "&raquo;, vol. II, p. 15.</p>", "AT&T and the 1930s",
                 "<p>An English sentence with the plan, the tribunal and Lenin's press.</p>"):
        assert kept in new, kept
    title = re.search("<title>(.*)</title>", new).group(1)
    assert " and the " in title and CYR.search(title) and "Istoriia" not in title
    assert CYR.search(re.search("<i>(.*?)</i>", new).group(1))
    assert CYR.search(re.search("<a [^>]*>(.*?)</a>", new).group(1))
    assert CYR.search(re.search("<em>(.*?)</em>", new).group(1))
    # a word across an inline tag: written whole in the first text node, the tags stay
    assert re.search("<b>[\u0400-\u04ff]+</b>&nbsp;and", new)
    assert report.paragraphs == {"title": 1, "h1": 1, "p": 2, "li": 2}
    assert report.converted == len(report.changes) >= 5 and report.changed_paragraphs == 4


def test_html_without_russian_is_byte_identical(tmp_path):
    page = PAGE.replace("Bukharin and the Istoriia SSSR", "A history").replace("Neizvestnyi Bukharin", "The Unknown") \
        .replace("Pis'ma i dokumenty", "Letters").replace("<b>Tol</b>stoi", "<b>Dic</b>kens") \
        .replace("Voina i mir", "War and Peace").replace("Khlevniuk, <em>Khoziain</em>", "Gregory, <em>The Boss</em>")
    src, out = tmp_path / "page.htm", tmp_path / "out.htm"
    src.write_bytes(page.encode("utf-8"))
    for to in ("alalc", "cyrillic", "bgn-pcgn"):
        report = convert_file(str(src), str(out), to=to)
        assert out.read_bytes() == src.read_bytes() and report.converted == 0


def test_html_in_its_own_encoding(tmp_path):
    """A page in windows-1251 is written back in it; a Latin-1 page gets references for Cyrillic."""
    body = "<p>See Neizvestnyi Bukharin (Moskva, 1993), p. 5 — caf\u00e9.</p>"
    for charset, codec in (("windows-1251", "cp1251"), ("iso-8859-1", "latin-1")):
        page = f'<html><head><meta charset="{charset}"></head><body>{body.replace(chr(0x2014), "-" if codec == "latin-1" else chr(0x2014)).replace(chr(0xe9), chr(0xe9) if codec == "latin-1" else "e")}</body></html>'
        src, out = tmp_path / f"{codec}.html", tmp_path / f"{codec}-out.html"
        src.write_bytes(page.encode(codec))
        convert_file(str(src), str(out), to="cyrillic")
        new = out.read_bytes().decode(codec)
        shown = html.unescape(new)
        assert CYR.search(shown) and ", p. 5" in shown
        assert ("&#" in new) == (codec == "latin-1")
        assert _tags(new) == _tags(page)


def test_format_is_chosen_by_name_then_content(tmp_path):
    cases = {"a.docx": (b"", "docx"), "b.HTM": (b"", "html"), "c.bib": (b"", "bib"), "d.ris": (b"", "ris"),
             "e.page": (b"<!DOCTYPE html><html>", "html"), "e2.txt": (b"Istoriia\n", "txt"), "f.dat": (b"@article{key,\n title={X}}", "bib"),
             "g": (b"TY  - JOUR\r\nTI  - X\r\n", "ris"), "h.csv": (b"title\nIstoriia\n", None),
             "i.tsv": (b"a\tb\n", None)}
    for name, (head, fmt) in cases.items():
        (tmp_path / name).write_bytes(head)
        assert format_of(str(tmp_path / name)) == fmt, name


# -- the mapping of changes onto pieces ------------------------------------------------------------

def test_edits_change_only_the_letters_that_change():
    text = "see Tolstoi and Pis'ma i dokumenty"
    spans = [(4, 11, "Tolstoĭ"), (16, 34, "Pisʹma i dokumenty")]
    assert edits_of(text, spans) == [Edit(10, 11, "ĭ"), Edit(19, 20, "ʹ")]
    # a combining mark stays with its letter: ts → t͡s changes "s" into "͡s"? no: the tie joins t
    e = edits_of("Tsvetaeva", [(0, 9, "T͡svetaeva")])
    assert e == [Edit(0, 1, "T͡")] and apply("Tsvetaeva", [(0, 1, "T͡")]) == "T͡svetaeva"
    # different separators: one edit for the span
    assert edits_of("a b-c", [(0, 5, "x y z")]) == [Edit(0, 5, "x y z")]


def test_a_word_across_pieces_goes_to_the_first_and_fixed_pieces_are_never_covered():
    pieces = [Piece("Tol", TEXT), Piece("stoi wrote", TEXT)]
    ops, dropped = place(pieces, [Edit(0, 7, "Толстой")])
    assert ops == {0: [(0, 3, "Толстой")], 1: [(0, 4, "")]} and dropped == []
    assert apply("Tol", ops[0]) + apply("stoi wrote", ops[1]) == "Толстой wrote"
    # a hidden piece (a brace) stays where it is; the edit inside one piece leaves the others
    pieces = [Piece("", HIDDEN, "{"), Piece("Tolstoi", TEXT), Piece("", HIDDEN, "}"), Piece(" i", TEXT)]
    ops, dropped = place(pieces, [Edit(6, 7, "ĭ")])
    assert ops == {1: [(6, 7, "ĭ")]} and not dropped
    # an edit over a tab is not written, the edits around it are
    pieces = [Piece("Lev", TEXT), Piece("\t", FIXED), Piece("Tolstoi", TEXT)]
    ops, dropped = place(pieces, [Edit(0, 11, "Лев Толстой"), Edit(10, 11, "ĭ")])
    assert dropped == [Edit(0, 11, "Лев Толстой")] and ops == {2: [(6, 7, "ĭ")]}
    # an insertion goes to the end of the piece before it
    ops, _ = place([Piece("ab", TEXT), Piece("cd", TEXT)], [Edit(2, 2, "X")])
    assert ops == {0: [(2, 2, "X")]}


# -- BibTeX and RIS --------------------------------------------------------------------------------

BIB = r"""% exported by Zotero
@string{nauka = "Nauka"}

@book{bukharin1993,
  title = {Neizvestnyi {B}ukharin: pis'ma i dokumenty},
  author = {Bukharin, Nikolai Ivanovich and Cohen, Stephen F.},
  publisher = nauka # { (Moskva)},
  address = "Moskva",
  year = {1993},
  note = {Neizvestnyi Bukharin stays in a note},
  url = {https://example.org/Istoriia},
}

@article{lc1990,
  title = {Istori\t{ia} Rossii},
  author = {Khlevn\t{iu}k, Oleg and Tolsto\u{i}, Lev},
  journal = {\emph{Voprosy istorii}},
  pages = {12--30},
  keywords = {Istoriia},
}
@misc{broken, title = {Istoriia SSSR
"""


def test_bibtex_converts_titles_names_and_places_only(tmp_path):
    src, out = tmp_path / "refs.bib", tmp_path / "out.bib"
    src.write_bytes(BIB.replace("\n", "\r\n").encode("utf-8"))
    report = convert_file(str(src), str(out), to="cyrillic")
    new = out.read_bytes().decode("utf-8")
    assert new.count("\r\n") == BIB.count("\n")
    converted_fields = ("title", "author", "publisher", "address", "journal")
    changed = 0
    for old_line, new_line in zip(BIB.split("\n"), new.split("\r\n")):
        name = old_line.strip().split(" ", 1)[0]
        if old_line == new_line:
            continue
        changed += 1
        assert name in converted_fields and "{" in new_line or '"' in new_line, new_line
        assert CYR.search(new_line)
    assert changed == 7
    for kept in ("@string{nauka = \"Nauka\"}", "note = {Neizvestnyi Bukharin stays in a note}",
                 "url = {https://example.org/Istoriia}", "keywords = {Istoriia}", "@misc{broken, title = {Istoriia SSSR",
                 "Cohen, Stephen F.}", "publisher = nauka # {", "pages = {12--30}"):
        assert kept in new, kept
    # LaTeX accents and ties are read as letters; a word that covers one is written in UTF-8
    assert "\\t{" not in new.split("@article")[1].split("journal")[0] and "\\u{i}" not in new
    assert "journal = {\\emph{" in new
    assert report.paragraphs == {"title": 2, "author": 2, "publisher": 1, "address": 1, "journal": 1}
    assert len(report.problems) == 1 and "line 21" in report.problems[0] and "never closed" in report.problems[0]


def test_ris_converts_title_author_and_place_tags(tmp_path):
    ris = ("TY  - BOOK\r\nTI  - Neizvestnyi Bukharin: pis'ma i dokumenty\r\nAU  - Bukharin, Nikolai Ivanovich\r\n"
           "AU  - Cohen, Stephen F.\r\nPY  - 1993\r\nCY  - Moskva\r\nN1  - Istoriia SSSR in a note\r\n"
           "KW  - Istoriia\r\nER  - \r\n\r\nTY  - JOUR\r\nT2  - Voprosy istorii\r\nER  - \r\n")
    src, out = tmp_path / "refs.ris", tmp_path / "out.ris"
    src.write_bytes(ris.encode("utf-8"))
    report = convert_file(str(src), str(out), to="alalc")
    new = out.read_bytes().decode("utf-8")
    old_lines, new_lines = ris.split("\r\n"), new.split("\r\n")
    assert len(old_lines) == len(new_lines)
    diff = [(a, b) for a, b in zip(old_lines, new_lines) if a != b]
    assert {a[:2] for a, _ in diff} == {"TI", "AU"}
    assert "TI  - Neizvestnyĭ Bukharin: pisʹma i dokumenty" in new_lines
    assert "AU  - Cohen, Stephen F." in new_lines and "N1  - Istoriia SSSR in a note" in new_lines
    assert report.paragraphs == {"TI": 1, "AU": 2, "CY": 1, "T2": 1}
    cyr = tmp_path / "cyr.ris"
    convert_file(str(src), str(cyr), to="cyrillic")
    lines = cyr.read_bytes().decode("utf-8").split("\r\n")
    assert all(CYR.search(lines[i]) for i in (1, 2, 5, 11)) and lines[6] == "N1  - Istoriia SSSR in a note"


def test_bibliography_without_russian_is_byte_identical(tmp_path):
    bib = ("@book{a, title = {The {Soviet} Union, 1917--1991}, author = {Service, Robert and Cohen, Stephen F.},\n"
           "  publisher = {Penguin}, address = {London}, year = 1997}\n")
    ris = "TY  - BOOK\nTI  - The Soviet Union\nAU  - Service, Robert\nCY  - London\nER  - \n"
    for name, body in (("e.bib", bib), ("e.ris", ris)):
        src, out = tmp_path / name, tmp_path / ("out-" + name)
        src.write_text(body, encoding="utf-8")
        for to in ("alalc", "cyrillic"):
            report = convert_file(str(src), str(out), to=to)
            assert out.read_bytes() == src.read_bytes() and report.converted == 0


def test_pieces_joined_give_the_converted_text_whatever_the_split():
    """Property: for any text, any cut into pieces and any changed spans, the pieces written back
    and joined are the text with the spans replaced (nothing lost, nothing doubled)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @st.composite
    def cases(draw):
        text = draw(st.text(alphabet=st.sampled_from("ab i\u0361'-ьЖ \t.é"), max_size=30))
        cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=6))))
        points = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=6))))
        spans = [(a, b, draw(st.text(alphabet="xyz ͡ьй-", max_size=6))) for a, b in zip(points[::2], points[1::2])]
        return text, cuts, spans

    @settings(max_examples=300, deadline=None)
    @given(cases())
    def check(case):
        text, cuts, spans = case
        bounds = [0] + cuts + [len(text)]
        pieces = [Piece(text[a:b], TEXT) for a, b in zip(bounds, bounds[1:])]
        ops, dropped = place(pieces, edits_of(text, spans))
        assert dropped == []
        joined = "".join(apply(p.text, ops.get(i, [])) for i, p in enumerate(pieces))
        want, pos = [], 0
        for a, b, out in spans:
            want += [text[pos:a], out]
            pos = b
        want.append(text[pos:])
        assert joined == "".join(want)

    check()


def test_html_with_windows_and_old_mac_line_endings(tmp_path):
    for ending in ("\r\n", "\r"):
        page = PAGE.replace("\n", ending)
        src, out = tmp_path / "p.html", tmp_path / "o.html"
        src.write_bytes(page.encode("utf-8"))
        report = convert_file(str(src), str(out), to="cyrillic")
        new = out.read_bytes().decode("utf-8")
        assert _tags(new) == _tags(page) and new.count(ending) == page.count(ending)
        assert CYR.search(re.search("<i>(.*?)</i>", new).group(1)) and report.changed_paragraphs == 4
