"""OpenDocument text (.odt, .ott: LibreOffice's and many archives' format): convert the Russian in
the text, keep everything else, as :mod:`.word` does for Word.

The package's parts are read with lxml after :mod:`.guard` has checked it (its ``mimetype``, its
size, no DTD): ``content.xml`` holds the body (paragraphs ``text:p`` and headings ``text:h``, in
tables, lists, sections, footnotes and endnotes) and ``styles.xml`` the headers and footers of the
master pages. A paragraph is read as one text made of its text nodes in order, through spans and
links (``text:span``, ``text:a``); ``text:s`` (spaces), ``text:tab`` and ``text:line-break`` are
read as separators and never edited; a note (``text:note``), a frame or text box and an
annotation inside a paragraph are not part of its text, and a note's or text box's own paragraphs
are read on their own. Only text nodes change: a converted word that spans two spans is written
whole into the first (its formatting), as in Word. A part that changed is serialized again with
its own XML declaration; every other member (``mimetype`` first and stored, as ODF requires,
styles, images, settings, the manifest) is copied byte for byte, and a document without Russian
is copied whole.
"""

from __future__ import annotations

import zipfile
from typing import Any

from translit.documents.guard import check_depth, package_parser, xml_error
from translit.documents.pieces import FIXED, TEXT, Piece, apply
from translit.documents.reading import DocumentReport, Paragraph, atomic_output, convert_paragraphs
from translit.documents.word import write_package
from translit.errors import TranslitError

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_P, _H = f"{{{TEXT_NS}}}p", f"{{{TEXT_NS}}}h"
_S, _TAB, _BR = f"{{{TEXT_NS}}}s", f"{{{TEXT_NS}}}tab", f"{{{TEXT_NS}}}line-break"
_NOTE = f"{{{TEXT_NS}}}note"
# inside a paragraph but not its text: read on their own (notes, frames) or not at all (annotations)
_NOT_TEXT = frozenset({_NOTE, f"{{{DRAW}}}frame", f"{{{DRAW}}}custom-shape", f"{{{OFFICE}}}annotation",
                       f"{{{OFFICE}}}annotation-end", f"{{{TEXT_NS}}}note-citation"})
_HEADERS = {f"{{{STYLE}}}{t}": "header" for t in ("header", "header-left", "header-first")}
_HEADERS.update({f"{{{STYLE}}}{t}": "footer" for t in ("footer", "footer-left", "footer-first")})
_CELL = f"{{{TABLE}}}table-cell"
_BODY = f"{{{OFFICE}}}body"
_MAX_SPACES = 64  # text:s c="…": how many spaces the separator is read as (never written)


def _spaces(el) -> str:
    c = el.get(f"{{{TEXT_NS}}}c", "1")
    return " " * (min(int(c), _MAX_SPACES) if c.isdigit() and int(c) > 0 else 1)


def _walk(el, pieces: list[Piece]) -> None:
    """The pieces of ``el``'s text: its text nodes (``ref`` (element, "text" or "tail")) and separators."""
    if el.text:
        pieces.append(Piece(el.text, TEXT, (el, "text")))
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _NOT_TEXT:
            pass  # a comment, a note, a frame: not this paragraph's text
        elif tag == _S:
            pieces.append(Piece(_spaces(child), FIXED))
        elif tag == _TAB:
            pieces.append(Piece("\t", FIXED))
        elif tag == _BR:
            pieces.append(Piece(" ", FIXED))
        else:
            _walk(child, pieces)
        if child.tail:
            pieces.append(Piece(child.tail, TEXT, (child, "tail")))


def _place(p, part: str) -> str | None:
    """Where paragraph ``p`` of ``part`` is (None: not text of the document, e.g. a style's sample)."""
    for a in p.iterancestors():
        if a.tag == _NOTE:
            return "endnote" if a.get(f"{{{TEXT_NS}}}note-class") == "endnote" else "footnote"
        if a.tag == _CELL:
            return "table"
        if part == "styles.xml" and a.tag in _HEADERS:
            return _HEADERS[a.tag]
        if a.tag == _BODY:
            return "body"
    return None


def _paragraphs(root, part: str) -> list[Paragraph]:
    out = []
    for p in root.iter(_P, _H):
        where = _place(p, part)
        if where is None:
            continue
        pieces: list[Piece] = []
        _walk(p, pieces)
        if any(pc.kind == TEXT and pc.text.strip() for pc in pieces):
            out.append(Paragraph(where, pieces))
    return out


def convert_odt(in_path: str, out_path: str, opts: dict[str, Any], together: bool = True,
                fmt: str = "odt") -> DocumentReport:
    """Convert the Russian in the text of OpenDocument text ``in_path`` into ``out_path``."""
    from lxml import etree

    report = DocumentReport(in_path, fmt)
    parser = package_parser()
    trees: dict[str, Any] = {}
    originals: dict[str, bytes] = {}
    paragraphs: list[Paragraph] = []
    owners: list[str] = []
    try:
        with zipfile.ZipFile(in_path) as z:
            names = set(z.namelist())
            if "content.xml" not in names:
                raise TranslitError(f"{in_path} is not an OpenDocument text: it has no content.xml; nothing was written")
            for name in ("content.xml", "styles.xml"):
                if name not in names:
                    continue
                originals[name] = z.read(name)
                try:
                    root = trees[name] = etree.fromstring(originals[name], parser)
                except etree.XMLSyntaxError as exc:
                    raise xml_error(exc, in_path, name) from None
                check_depth(root, in_path, name)
                for par in _paragraphs(root, name):
                    paragraphs.append(par)
                    owners.append(name)
    except zipfile.BadZipFile as exc:
        raise TranslitError(f"{in_path} is not a readable ZIP package ({exc}); nothing was written") from None
    with atomic_output(out_path) as fh:
        edits = convert_paragraphs(paragraphs, opts, report, together)
        changed: set[str] = set()
        for par, ops, name in zip(paragraphs, edits, owners):
            for i, piece_ops in ops.items():
                el, side = par.pieces[i].ref
                old = (el.text if side == "text" else el.tail) or ""
                new = apply(old, piece_ops)
                if new != old:
                    if side == "text":
                        el.text = new
                    else:
                        el.tail = new
                    changed.add(name)
        write_package(in_path, fh, trees, originals, changed)  # in order: mimetype stays first, and stored
    report.written = True
    return report
