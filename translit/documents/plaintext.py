"""Plain text files (.txt): convert the Russian in every line, and write the file back in the
encoding it came in.

The encoding is found, not assumed: a byte-order mark (UTF-8, UTF-16, UTF-32), else UTF-16 or
UTF-32 without one (:func:`translit.textfile.wide_encoding`: the NUL bytes ASCII brings), else
UTF-8 when the bytes are UTF-8 or UTF-8 with a few stray bytes (:func:`mostly_utf8`; the stray
bytes are kept and named in the notes), else the single-byte Cyrillic code page (Windows-1251, KOI8-R, DOS
866) the text reads as Russian in (:func:`translit.repair.cyrillic_code_page`, its scores the
evidence), else windows-1252. The report names it (``encoding``) and says how it was found
(``notes``). Each line is a paragraph; the lines are read together as ``convert`` reads a text.
Line endings (``\\r\\n``, ``\\n``, a lone ``\\r``), the byte-order mark and every byte outside the
converted words stay as they were; a letter the encoding cannot hold (ALA-LC's tie in
Windows-1251) is refused with one line rather than written as something else.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from translit.documents.pieces import TEXT, Piece
from translit.documents.reading import (DocumentReport, Paragraph, atomic_output, convert_paragraphs, read_bytes,
                                        source_replacements, undecoded_note, write_source)
from translit.errors import TranslitError

_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n)|([^\r\n]+)\Z")  # a line and its ending, or a last line without one
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


_TEXT_LETTERS = re.compile("[\u00a0-\u024f\u0370-\u04ff\u2010-\u206f]")  # Latin, Greek, Cyrillic, punctuation


def mostly_utf8(data: bytes, ratio: int = 4) -> bool:
    """Whether bytes that are not all UTF-8 are UTF-8 with a few stray bytes (a character pasted
    from another file, a cut): at least ``ratio`` letters or punctuation marks beyond ASCII
    (Latin, Greek, Cyrillic) decode for each byte that does not. Text in a single-byte code page
    hardly ever makes such a letter (cp866's а-п after р-я make three-byte sequences of other
    scripts, which are not counted); read in a code page, real UTF-8 letters would be garbled."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    return len(_TEXT_LETTERS.findall(text)) >= ratio * stray


def text_encoding(data: bytes) -> tuple[str, int, str | None]:
    """(codec, length of the byte-order mark, how it was found when it had to be guessed)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom), None
    from translit.textfile import wide_encoding

    wide = wide_encoding(data[:4096])
    if wide is not None:
        return wide[0], 0, f"no byte-order mark: read as {wide[0]} by its NUL bytes, and written back so"
    try:
        data.decode("utf-8")
        return "utf-8", 0, None
    except UnicodeDecodeError:
        pass
    if mostly_utf8(data):
        return "utf-8", 0, None  # the stray bytes are kept as they came, and noted
    from translit.repair import cyrillic_code_page

    found = cyrillic_code_page(data)
    if found is not None:
        return found[0], 0, (f"not UTF-8: read and written back as {found[0]}, in which the text reads as "
                             f"Russian ({', '.join(found[1])})")
    return "cp1252", 0, ("not UTF-8, nor Russian in a Cyrillic code page: read and written back as "
                         "windows-1252")


def convert_text(in_path: str, out_path: str, opts: dict[str, Any], together: bool = True,
                 fmt: str = "txt") -> DocumentReport:
    """Convert the Russian in each line of text file ``in_path`` into ``out_path``."""
    data = read_bytes(in_path)
    source, bom, codec, report = read_in_own_encoding(in_path, data, fmt)
    paragraphs = []
    for m in _LINE.finditer(source):  # one paragraph a line, whatever its ending (none at the end)
        g = 1 if m.group(1) is not None else 2
        paragraphs.append(Paragraph("line", [Piece(m.group(g), TEXT, (m.start(g), m.end(g), False))]))
    with atomic_output(out_path) as fh:
        edits = convert_paragraphs(paragraphs, opts, report, together)
        replaced = source_replacements(paragraphs, edits, source)
        write_in_own_encoding(fh, in_path, data[:bom], source, replaced, codec)
    report.written = True
    return report


def read_in_own_encoding(in_path: str, data: bytes, fmt: str) -> tuple[str, int, str, DocumentReport]:
    """(text, length of the byte-order mark, codec, a report naming the encoding) of a text
    format's bytes (plain text, BibTeX, RIS), the encoding found by :func:`text_encoding`; a
    byte that still does not decode is kept as it came, and the report's notes say where."""
    codec, bom, note = text_encoding(data)
    try:
        source = data[bom:].decode(codec, errors="surrogateescape")
    except UnicodeDecodeError as exc:  # a wide encoding cut short (UTF-16/32 with an odd byte count)
        raise TranslitError(f"{in_path}: the file reads as {codec} but its bytes {exc.start}-{exc.end} do not "
                            f"decode ({exc.reason}): it may be cut short; nothing was written") from None
    report = DocumentReport(in_path, fmt, encoding=codec)
    report.notes += [n for n in (note, undecoded_note(source, codec)) if n]
    return source, bom, codec, report


def write_in_own_encoding(fh, in_path: str, prefix: bytes, source: str, replaced: list[tuple[int, int, str]],
                          codec: str, new_errors: str = "translit-bytes-or-fail") -> None:
    """Write a text format back in the encoding it came in (:func:`write_source`); a new letter
    that encoding cannot hold is one line of error and nothing is written."""
    try:
        write_source(fh, prefix, source, replaced, codec, new_errors=new_errors)
    except UnicodeEncodeError as exc:
        raise TranslitError(f"{in_path}: {exc.object[exc.start:exc.end]!r} cannot be written in the file's "
                            f"encoding ({codec}): choose a scheme whose letters it holds (alalc-plain in a "
                            "Cyrillic code page), or save the file as UTF-8 first; nothing was written") from None
