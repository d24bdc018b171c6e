"""HTML pages: convert the Russian in the text nodes; every other byte stays where it was.

The page is scanned with the standard library's :class:`html.parser.HTMLParser` (entities left
as they are written, ``convert_charrefs=False``), which says where each text node, tag and
entity starts. Text that runs on through inline tags (``<i>``, ``<a>``, ``<span>``… and the
entities between them) is read as one paragraph; any other tag, a comment or a declaration ends
the paragraph. The contents of ``<script>`` and ``<style>``, tags, attributes (``title``, ``alt``,
``href``), comments and everything outside the text nodes are never read.

The page is not serialized again: only the changed stretches of text nodes are replaced in the
source, the replacement escaped (``&``, ``<``, ``>``); an entity that a converted word covers
(``Tolsto&iuml;``) is written as the new letters. The encoding is the page's own (a byte-order
mark, else the ``<meta charset>`` or the XML declaration, else UTF-8, else the Cyrillic code page
the text reads as Russian in: :func:`page_encoding`; bytes that do not decode pass through), and
a letter the encoding cannot hold is written as a character reference. A page that declares
entities is refused (:func:`translit.documents.guard.refuse_entity_declarations`).
"""

from __future__ import annotations

import codecs
import functools
import html
import re
import tomllib
from importlib import resources
from html.parser import HTMLParser
from typing import Any

from translit.documents.pieces import TEXT, Piece
from translit.documents.reading import (DocumentReport, Paragraph, atomic_output, convert_paragraphs, read_bytes,
                                       source_replacements, undecoded_note, write_source)
from translit.errors import TranslitError

# tags that do not end a paragraph (phrasing content of the HTML standard)
INLINE = frozenset("a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark nobr q rp rt ruby s samp "
                   "small span strike strong sub sup time tt u var wbr".split())
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def encoding_of(data: bytes) -> tuple[str, int]:
    """(codec, length of the byte-order mark) of an HTML page, by what the page itself says: a
    byte-order mark, a ``<meta charset>``, an XML declaration's encoding (XHTML); else UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    named = declared_encoding(data)
    return (named, 0) if named is not None else ("utf-8", 0)


def declared_encoding(data: bytes) -> str | None:
    """The web encoding a page's ``<meta charset>`` or XML declaration names (:func:`web_encoding`),
    or None where it names none a browser would use."""
    for pattern in (_META_CHARSET, _XML_ENCODING):
        m = pattern.search(data[:4096])
        if m:
            named = web_encoding(m.group(1).decode("ascii"))
            if named is not None:
                return named
    return None


@functools.cache
def _web_encodings() -> tuple[frozenset[str], dict[str, str]]:
    """The web's encodings and the labels the HTML prescan replaces (``encodings.toml``)."""
    data = tomllib.loads(resources.files("translit.documents").joinpath("encodings.toml").read_text("utf-8"))
    return frozenset(data["web"]), dict(data["replaced"])


def web_encoding(label: str) -> str | None:
    """The codec a page's charset ``label`` names, as a browser would take it (WHATWG Encoding:
    UTF-16 named in the page itself is UTF-8), or None for a label that is no web encoding
    (utf-7, rot13, an unknown name): the page is then read as if it named none."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    web, replaced = _web_encodings()
    name = replaced.get(name, name)
    return name if name in web else None


def page_encoding(data: bytes) -> tuple[str, int, str | None]:
    """(codec, length of the byte-order mark, a note) of an HTML page: what the page says
    (:func:`encoding_of`); a page that says nothing and is not UTF-8 is read in the single-byte
    Cyrillic code page its text reads as Russian in (:func:`translit.repair.cyrillic_code_page`:
    old Russian pages were served in Windows-1251 or KOI8-R with the charset in the HTTP header
    only, which a saved file loses), and written back in it; the note says so, with the evidence.
    Failing that, it is read as windows-1252, which the HTML standard (WHATWG Encoding, "the
    default for legacy content") makes the default for an unlabelled page, and the note says so."""
    codec, bom = encoding_of(data)
    if bom or declared_encoding(data) is not None:
        return codec, bom, None
    try:
        data.decode("utf-8")
        return "utf-8", 0, None
    except UnicodeDecodeError:
        pass
    from translit.repair import cyrillic_code_page

    found = cyrillic_code_page(data, markup=True)
    if found is not None:
        return found[0], 0, (f"the page names no charset and is not UTF-8: read and written back as {found[0]}, "
                             f"in which its text reads as Russian ({', '.join(found[1])})")
    return "cp1252", 0, ("the page names no charset and is not UTF-8, nor Russian in a Cyrillic code page: "
                         "read and written back as windows-1252, the HTML standard's default for such a page "
                         "(new letters it cannot hold as character references)")


class _Scanner(HTMLParser):
    """Collects the paragraphs of a page: pieces whose ``ref`` is (start, end, is_entity) in the source."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.paragraphs: list[Paragraph] = []
        self.current: list[Piece] = []
        self.block = "text"  # the element the paragraph is in (its place in the report)

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _end(self) -> None:
        if any(p.text.strip() for p in self.current):
            self.paragraphs.append(Paragraph(self.block, self.current))
        self.current = []

    def _tag(self, tag: str, block: str = "text") -> None:
        if tag.lower() not in INLINE:
            self._end()
            self.block = block

    def handle_starttag(self, tag, attrs):
        self._tag(tag, tag.lower())

    def handle_startendtag(self, tag, attrs):
        self._tag(tag)

    def handle_endtag(self, tag):
        self._tag(tag)

    def handle_data(self, data):
        if self.cdata_elem is not None:  # inside <script> or <style>
            return
        start = self._offset()
        if self.source[start:start + len(data)] != data:  # not where the scanner says: not touched
            self._end()
            return
        self.current.append(Piece(data, TEXT, (start, start + len(data), False)))

    def _reference(self, raw_prefix: str, name: str) -> None:
        start = self._offset()
        raw = raw_prefix + name
        end = start + len(raw)
        if not self.source.startswith(raw, start):
            self._end()
            return
        if self.source.startswith(";", end):
            end += 1
        self.current.append(Piece(html.unescape(self.source[start:end]), TEXT, (start, end, True)))

    def handle_entityref(self, name):
        self._reference("&", name)

    def handle_charref(self, name):
        self._reference("&#", name)

    def handle_comment(self, data):
        self._end()

    def handle_decl(self, decl):
        self._end()

    def handle_pi(self, data):
        self._end()

    def unknown_decl(self, data):
        self._end()


def convert_html(in_path: str, out_path: str, opts: dict[str, Any], together: bool = True,
                 fmt: str = "html") -> DocumentReport:
    """Convert the Russian in the text of HTML page ``in_path`` into ``out_path``."""
    from translit.documents.guard import refuse_entity_declarations

    data = read_bytes(in_path)
    codec, bom, note = page_encoding(data)
    try:
        source = data[bom:].decode(codec, errors="surrogateescape")
    except UnicodeDecodeError as exc:  # (a multi-byte codec whose damage surrogateescape cannot hold)
        raise TranslitError(f"{in_path}: the page is not {codec}, as it says it is ({exc.reason} at byte "
                            f"{exc.start + bom}); nothing was written") from None
    refuse_entity_declarations(source, in_path)
    scanner = _Scanner(source)
    try:
        scanner.feed(source)
        scanner.close()
    except AssertionError as exc:  # the parser's own checks on malformed markup
        raise TranslitError(f"{in_path}: the HTML cannot be read ({exc}); nothing was written") from None
    scanner._end()
    report = DocumentReport(in_path, fmt, encoding=codec)
    said = " as the page says it is" if note is None and (bom or declared_encoding(data) is not None) else ""
    report.notes += [n for n in (note, undecoded_note(source, codec, said)) if n]
    with atomic_output(out_path) as fh:
        edits = convert_paragraphs(scanner.paragraphs, opts, report, together)
        replaced = source_replacements(scanner.paragraphs, edits, source, lambda s: html.escape(s, quote=False))
        write_source(fh, data[:bom], source, replaced, codec)
    report.written = True
    return report
