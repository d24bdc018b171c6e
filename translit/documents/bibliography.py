"""Bibliography exports (BibTeX .bib, RIS .ris, as Zotero and library catalogues write them):
convert the Russian in the values of title, name and place fields only.

Which fields are converted is data (``fields.toml``, with its sources); every other field, the
entry types and keys, the ``@string`` and ``@comment`` entries, the braces, quotes, ``#``
concatenations, commas, spacing and line endings stay byte for byte.

BibTeX values are read as the text they print: braces and commands such as ``\\emph`` are read
as nothing and left where they are, a LaTeX accent (``\\u{i}``, ``\\"e``, ``{\\'e}``, the tie ``\\t{ts}``) and ``~``
are read as the letter or the space they make, and written as the new letters (UTF-8) only when
a converted word covers them; a brace or backslash in a new text is escaped. An entry that
cannot be parsed (an unbalanced brace or quote) is left as it is and reported, and so is a field
found outside every entry (a closing brace too many before it); the rest is converted, as a
batch job reports a bad record and goes on. A file none of whose entries can be read is an error.
RIS values are one line each (``TI  - …``).
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from importlib import resources
from typing import Any

from translit.documents.pieces import FIXED, HIDDEN, TEXT, Piece
from translit.documents.reading import (DocumentReport, Paragraph, atomic_output, convert_paragraphs, read_bytes,
                                        source_replacements)
from translit.errors import TranslitError


@functools.lru_cache(maxsize=None)
def converted_fields(fmt: str) -> frozenset[str]:
    """The field names (BibTeX, lower case) or tags (RIS) whose values are converted."""
    data = tomllib.loads(resources.files("translit.documents").joinpath("fields.toml").read_text("utf-8"))
    table = data["bibtex" if fmt == "bib" else fmt]
    return frozenset(name for names in table.values() for name in names)


# -- BibTeX -------------------------------------------------------------------------------------

_ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
            "r": "\u030a", "d": "\u0323", "b": "\u0331"}
_LETTER = r"(?:\\[ij](?![A-Za-z])|[A-Za-z])"
_TOKEN = re.compile(
    r"(?P<accent>\\(?P<sym>[\"'`^~=.])\s*(?:\{\s*(?P<l1>" + _LETTER + r")\s*\}|(?P<l2>" + _LETTER + r"))"
    r"|\\(?P<word>[uvHckrdb])(?:\s*\{\s*(?P<l3>" + _LETTER + r")\s*\}|\s+(?P<l4>" + _LETTER + r")))"
    r"|(?P<tie2>\\t\s*\{\s*(?P<t1>" + _LETTER + r")\s*(?P<t2>" + _LETTER + r")\s*\})"
    r"|(?P<dotless>\\[ij](?![A-Za-z])\s*)"
    r"|(?P<escaped>\\[&%$#_{}])"
    r"|(?P<command>\\[A-Za-z]+\s*|\\.)"
    r"|(?P<brace>[{}])"
    r"|(?P<tie>~)"
    r"|(?P<math>\$[^$]*\$)"
    r"|(?P<text>[^\\{}~$]+|\$)", re.S)
_ENTRY = re.compile(r"@\s*([A-Za-z]+)\s*([{(])")
_FIELD = re.compile(r"\s*([^\s=,{}()\"#%]+)\s*=\s*")
_STRAY_FIELD = re.compile(r"^[ \t,]*([A-Za-z][\w-]*)\s*=\s*[{\"\w]", re.M)  # name = value, outside an entry
_BARE = re.compile(r"[^\s,#{}()\"]+")  # a number or an @string name


def _letter(m: re.Match) -> str:
    letter = next(g for g in (m.group("l1"), m.group("l2"), m.group("l3"), m.group("l4")) if g)
    base = letter[-1] if letter.startswith("\\") else letter
    return unicodedata.normalize("NFC", base + _ACCENTS[m.group("sym") or m.group("word")])


def value_pieces(source: str, start: int, end: int) -> list[Piece]:
    """The pieces of the BibTeX value text ``source[start:end]`` (inside its braces or quotes)."""
    pieces = []
    for m in _TOKEN.finditer(source, start, end):
        a, b = m.span()
        kind = m.lastgroup if m.lastgroup in ("accent", "dotless", "escaped", "command", "brace", "tie", "math",
                                               "text") else "accent"
        if m.group("tie2"):  # \t{ts}: the ALA-LC tie over two letters
            first, second = (x[-1] if x.startswith("\\") else x for x in (m.group("t1"), m.group("t2")))
            pieces.append(Piece(first + "\u0361" + second, TEXT, (a, b, True)))
        elif m.group("accent"):
            pieces.append(Piece(_letter(m), TEXT, (a, b, True)))
        elif kind == "dotless":
            pieces.append(Piece(m.group()[1], TEXT, (a, b, True)))
        elif kind == "escaped":
            pieces.append(Piece(m.group()[1], TEXT, (a, b, True)))
        elif kind in ("command", "brace"):
            pieces.append(Piece("", HIDDEN, (a, b, False)))
        elif kind == "tie":
            pieces.append(Piece("\xa0", TEXT, (a, b, True)))
        elif kind == "math":
            pieces.append(Piece(" ", FIXED, (a, b, False)))
        else:
            pieces.append(Piece(m.group(), TEXT, (a, b, False)))
    return pieces


def _closing(source: str, i: int) -> int:
    """The index of what closes the value opening at ``i`` (a brace: its closing brace; a quote:
    the next quote outside braces), or -1. A backslash escapes the character after it."""
    quote = source[i] == '"'
    depth = 0
    j = i + 1 if quote else i
    while j < len(source):
        c = source[j]
        if c == "\\":
            j += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0 and not quote:
                return j
        elif c == '"' and quote and depth == 0:
            return j
        j += 1
    return -1


class _Malformed(Exception):
    pass


def _entry_values(source: str, i: int, close: str) -> tuple[list[tuple[str, int, int]], int]:
    """The (field name, start, end) of each braced or quoted value of the entry whose body starts
    at ``i`` (after its key), and the index after the entry."""
    values = []
    n = len(source)
    while True:
        while i < n and source[i] in " \t\r\n,":
            i += 1
        if i >= n:
            raise _Malformed("the entry is not closed")
        if source[i] == close:
            return values, i + 1
        m = _FIELD.match(source, i)
        if not m:
            raise _Malformed(f"a field name was expected at {source[i:i + 20]!r}")
        name = m.group(1).lower()
        i = m.end()
        while True:
            if i < n and source[i] in '{"':
                j = _closing(source, i)
                if j < 0:
                    raise _Malformed(f"the {'brace' if source[i] == '{' else 'quote'} of field {name} is never closed")
                values.append((name, i + 1, j))
                i = j + 1
            else:
                m2 = _BARE.match(source, i)
                if not m2:
                    raise _Malformed(f"field {name} has no value")
                i = m2.end()
            while i < n and source[i] in " \t\r\n":
                i += 1
            if i < n and source[i] == "#":
                i += 1
                while i < n and source[i] in " \t\r\n":
                    i += 1
                continue
            break


def bibtex_paragraphs(source: str, report: DocumentReport) -> list[Paragraph]:
    wanted = converted_fields("bib")
    out = []
    pos = 0
    damaged = False  # the entry before was reported: its own fields are not looked at again
    while True:
        m = _ENTRY.search(source, pos)
        stray = None if damaged else _STRAY_FIELD.search(source, pos, m.start() if m else len(source))
        damaged = False
        if stray:  # a field outside every entry: the entry before it was closed too soon
            line = source.count("\n", 0, stray.start()) + 1
            report.problems.append(f"line {line}: field {stray.group(1)} is outside any entry (a closing brace "
                                   "too many before it?)")
        if m is None:
            break
        kind, opening = m.group(1).lower(), m.group(2)
        if kind in ("comment", "preamble", "string"):
            j = _closing(source, m.end() - 1) if opening == "{" else source.find(")", m.end())
            pos = j + 1 if j >= 0 else m.end()
            continue
        close = "}" if opening == "{" else ")"
        comma = source.find(",", m.end())
        closing = source.find(close, m.end())
        if comma < 0 or 0 <= closing < comma:  # an entry without fields
            pos = closing + 1 if closing >= 0 else m.end()
            continue
        try:
            values, pos = _entry_values(source, comma + 1, close)
        except _Malformed as exc:
            line = source.count("\n", 0, m.start()) + 1
            report.problems.append(f"line {line}: {exc}")
            pos = m.end()
            damaged = True
            continue
        report.entries += 1
        for name, a, b in values:
            if name in wanted:
                pieces = value_pieces(source, a, b)
                if any(p.kind == TEXT and p.text.strip() for p in pieces):
                    out.append(Paragraph(name, pieces))
    return out


def _bib_escape(text: str) -> str:
    return text.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")


# -- RIS ----------------------------------------------------------------------------------------

_RIS_LINE = re.compile(r"^([A-Z][A-Z0-9])  -[ \t]?([^\r\n]*)", re.M)


def ris_paragraphs(source: str) -> list[Paragraph]:
    wanted = converted_fields("ris")
    out = []
    for m in _RIS_LINE.finditer(source):
        if m.group(1) in wanted and m.group(2).strip():
            a, b = m.span(2)
            out.append(Paragraph(m.group(1), [Piece(m.group(2), TEXT, (a, b, False))]))
    return out


def convert_bibliography(in_path: str, out_path: str, opts: dict[str, Any], together: bool = True,
                         fmt: str = "bib") -> DocumentReport:
    """Convert the Russian in the title, name and place fields of BibTeX or RIS file ``in_path``."""
    from translit.textfile import refuse_binary

    from translit.documents.plaintext import read_in_own_encoding, write_in_own_encoding

    data = read_bytes(in_path)
    refuse_binary(data[:16], in_path)
    # an export from a Russian program may be in Windows-1251 or KOI8-R: read and written back in it
    source, bom, codec, report = read_in_own_encoding(in_path, data, fmt)
    paragraphs = bibtex_paragraphs(source, report) if fmt == "bib" else ris_paragraphs(source)
    if fmt == "bib" and report.problems and not report.entries:  # damaged throughout: not a partial job
        raise TranslitError(f"{in_path}: no BibTeX entry in it can be read ({report.problems[0]}"
                            f"{', …' if len(report.problems) > 1 else ''}); nothing was written")
    with atomic_output(out_path) as fh:
        edits = convert_paragraphs(paragraphs, opts, report, together)
        replaced = source_replacements(paragraphs, edits, source, _bib_escape if fmt == "bib" else (lambda s: s))
        write_in_own_encoding(fh, in_path, data[:bom], source, replaced, codec)
    report.written = True
    return report
