"""What the fuzzers drive, kept apart from atheris so the regression tests can replay the corpus
without it. Each target must never raise anything but the documented errors."""

from __future__ import annotations

import re


def citation(data: bytes) -> None:
    from translit.archives.citation import find_citations, parse_citation

    text = data.decode("utf-8", errors="surrogateescape")
    c = parse_citation(text)
    if c.is_citation:
        for style in ("english", "gost", "chicago"):
            c.format(style)
            c.format(style, archive="current")
    find_citations(text)


def marc(data: bytes) -> None:
    from translit.marc import work

    for command in ("check", "romanize"):
        results = work((command, {}), [(0, data)])
        assert len(results) == 1  # one record in, one result out (kept, changed or rejected)
        r = results[0]
        assert r.output is not None or r.reject_reason


_SCRATCH: dict[str, str] = {}


def _scratch(name: str, data: bytes) -> str:
    """A file holding ``data``, reused from one run to the next (the readers take paths)."""
    import os
    import tempfile

    if "dir" not in _SCRATCH:
        _SCRATCH["dir"] = tempfile.mkdtemp(prefix="translit-fuzz-")
    path = os.path.join(_SCRATCH["dir"], name)
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def table(data: bytes) -> None:
    """The batch table reader on any bytes, as CSV, TSV and JSON lines: either a clear error
    (TranslitError) or rows in = rows out, with every input line's bytes kept in the output."""
    from translit.batch import process_table
    from translit.errors import TranslitError

    for fmt, column in (("csv", "title"), ("tsv", "title"), ("jsonl", "title")):
        src = _scratch("in." + fmt, data)
        out = _scratch("out." + fmt, b"")
        try:
            r = process_table(src, out, ("key", {}), column=column, fmt=fmt, progress=False)
        except TranslitError:
            continue
        assert r.rows_in == r.rows_out, (fmt, r)
        with open(out, "rb") as fh:
            written = fh.read()
        if fmt == "tsv":  # no quoting: every input line is a prefix of its output line
            from translit.textfile import wide_encoding

            wide = wide_encoding(data)
            if wide:  # UTF-16/32 is read and written back in its own encoding: compared as text
                codec, bom = wide
                data = data[len(bom):].decode(codec, errors="surrogatepass").encode("utf-8", "surrogateescape")
                written = written[len(bom):].decode(codec, errors="surrogatepass").encode("utf-8", "surrogateescape")
            # a line ends at CR LF, LF or a lone CR (translit.textfile.universal_lines)
            lines_in = re.split(rb"\r\n|\n|\r", data)
            lines_out = re.split(rb"\r\n|\n|\r", written)
            for a, b in zip(lines_in, lines_out):
                assert b.startswith(a), (a, b)


def marcxml(data: bytes) -> None:
    """The streaming MARCXML reader on any bytes: records in = records out + rejects, and no
    error but a TranslitError."""
    from translit.errors import TranslitError
    from translit.marc import run

    src = _scratch("in.xml", b"<" + data if not data.lstrip().startswith(b"<") else data)
    try:
        r = run("check", src, report_path=None, rejects_path=_scratch("rejects.xml", b""), progress=False)
    except TranslitError:
        return
    assert r.records_in == r.records_out + len(r.rejected), r


_DOCUMENT_NAMES = ("in.docx", "in.html", "in.bib", "in.ris", "in")


def document(data: bytes) -> None:
    """The document converter (``convert --in FILE --out FILE``) on any bytes, named as each
    document format and with no extension (the format then comes from the content): either a
    clear error (TranslitError) that leaves no output and no temporary file, or an output; a
    document in which nothing was converted comes back byte for byte."""
    import os

    from translit.documents import convert_file
    from translit.errors import TranslitError

    for name in _DOCUMENT_NAMES:
        src = _scratch(name, data)
        folder = os.path.dirname(src)
        out = os.path.join(folder, "out-" + name)
        if os.path.exists(out):
            os.remove(out)
        try:
            r = convert_file(src, out, to="alalc")
        except TranslitError as exc:
            assert "\n" not in str(exc), exc  # one line
            assert not os.path.exists(out)
            assert not [f for f in os.listdir(folder) if f.startswith(".translit-")], \
                os.listdir(folder)
            continue
        assert r.written and os.path.exists(out)
        if not r.changes and not r.unwritten:
            with open(out, "rb") as fh:
                assert fh.read() == data, (name, r.as_dict())
