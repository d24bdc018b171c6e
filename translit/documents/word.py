"""Word documents (.docx, .docm, .dotx): convert the Russian in the text, keep everything else.

The package is opened with python-docx's OPC layer, which finds the parts that hold the text by
their content types: the main document (body paragraphs and tables), the headers and footers,
the footnotes and the endnotes (``word/footnotes.xml``, which python-docx's document API does
not expose). Each part's XML is edited with lxml:

* a paragraph (``w:p``) is read as one text made of its ``w:t`` elements in order, tabs and line
  breaks read as separators (never edited) and the paragraphs of a text box read on their own;
  field instructions (``w:instrText``), deleted text (``w:delText``) and comments are not text
  here and are not touched;
* the changes come back through :func:`translit.documents.pieces.place`: a run whose letters do
  not change keeps its ``w:t`` as it was; **a converted word that spans runs is written whole in
  the first run it touches** (with that run's formatting) and its letters leave the runs after it,
  which stay in place, possibly empty, with their own properties.

The file is rewritten member by member: a part that changed is serialized again (its own XML
declaration kept), every other member (styles, images, comments, settings, relationships) is
copied byte for byte; a document without Russian is copied whole, unchanged. A file that is not
a readable Word package (not a ZIP, no main document, broken XML) raises
:class:`TranslitError` before anything is written.
"""

from __future__ import annotations

import re
import zipfile
from typing import Any

from translit.documents.guard import check_depth, package_parser, xml_error
from translit.documents.pieces import FIXED, TEXT, Piece, apply
from translit.documents.reading import DocumentReport, Paragraph, atomic_output, convert_paragraphs
from translit.errors import TranslitError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_MS = "application/vnd.ms-word."
# the parts whose text is converted, by content type, in the order they are read
PLACES = {
    _CT + "document.main+xml": "body",
    _CT + "template.main+xml": "body",
    _MS + "document.macroEnabled.main+xml": "body",
    _MS + "template.macroEnabledTemplate.main+xml": "body",
    _CT + "header+xml": "header",
    _CT + "footer+xml": "footer",
    _CT + "footnotes+xml": "footnote",
    _CT + "endnotes+xml": "endnote",
}
_ORDER = ("body", "header", "footer", "footnote", "endnote")
# what a paragraph's text is made of: text, and the separators read in it but never edited
_SEPARATOR_TEXT = {f"{{{W}}}tab": "\t", f"{{{W}}}ptab": "\t", f"{{{W}}}br": " ", f"{{{W}}}cr": " ",
                   f"{{{W}}}noBreakHyphen": "-"}
_T = f"{{{W}}}t"
_P = f"{{{W}}}p"
_TBL = f"{{{W}}}tbl"
_PROLOG = re.compile(rb"^(?:\xef\xbb\xbf)?<\?xml[^>]*\?>\s*")


def _open(path: str):
    """The python-docx package and the text parts (zip member name, place) of the file."""
    from docx.opc.package import OpcPackage

    try:
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
            if bad is not None:
                raise TranslitError(f"{path}: the member {bad} of this .docx is damaged (bad CRC); nothing was written")
        package = OpcPackage.open(path)
        parts = [(str(p.partname).lstrip("/"), PLACES[p.content_type]) for p in package.iter_parts()
                 if p.content_type in PLACES]
    except TranslitError:
        raise
    except zipfile.BadZipFile as exc:
        raise TranslitError(f"{path} is not a readable .docx (a ZIP archive): {exc}; nothing was written") from None
    except SyntaxError as exc:  # lxml's XMLSyntaxError: too deep, entities, broken XML
        raise xml_error(exc, path, None) from None
    except Exception as exc:  # python-docx's PackageNotFoundError, KeyError for a missing part
        reason = str(exc).strip().strip('"') or type(exc).__name__
        raise TranslitError(f"{path} is not a readable Word document ({reason}); nothing was written") from None
    if not any(place == "body" for _, place in parts):
        raise TranslitError(f"{path} is not a Word document: it has no main document part "
                            "(word/document.xml); nothing was written")
    parts.sort(key=lambda p: (_ORDER.index(p[1]), p[0]))
    return parts


def _paragraphs(root, place: str) -> list[tuple[Paragraph, Any]]:
    """The paragraphs of one part's XML, each as pieces whose ``ref`` is its ``w:t`` element."""
    out = []
    kinds = (_T,) + tuple(_SEPARATOR_TEXT)
    for p in root.iter(_P):
        pieces = []
        for el in p.iter(*kinds):
            if next(el.iterancestors(_P), None) is not p:
                continue  # a text box's paragraph inside this one: read on its own
            if el.tag == _T:
                pieces.append(Piece(el.text or "", TEXT, el))
            else:
                pieces.append(Piece(_SEPARATOR_TEXT[el.tag], FIXED, el))
        if not any(pc.kind == TEXT and pc.text for pc in pieces):
            continue
        where = "table" if place == "body" and next(p.iterancestors(_TBL), None) is not None else place
        out.append(Paragraph(where, pieces))
    return out


def _serialize(root, original: bytes) -> bytes:
    from lxml import etree

    m = _PROLOG.match(original)
    prolog = m.group() if m else b""
    enc = re.search(rb"encoding=[\"']([\w.-]+)", prolog)
    if enc and enc.group(1).lower().replace(b"-", b"") != b"utf8":
        return etree.tostring(root.getroottree(), encoding=enc.group(1).decode(), xml_declaration=True,
                              standalone=True)
    return prolog + etree.tostring(root.getroottree(), encoding="UTF-8", xml_declaration=False)


def convert_docx(in_path: str, out_path: str, opts: dict[str, Any], together: bool = True,
                 fmt: str = "docx") -> DocumentReport:
    """Convert the Russian in the text of Word document ``in_path`` into ``out_path``."""
    from lxml import etree

    report = DocumentReport(in_path, fmt)
    parts = _open(in_path)
    parser = package_parser()
    trees: dict[str, Any] = {}
    originals: dict[str, bytes] = {}
    paragraphs: list[Paragraph] = []
    owners: list[str] = []
    with zipfile.ZipFile(in_path) as z:
        for name, place in parts:
            try:
                originals[name] = z.read(name)
                root = trees[name] = etree.fromstring(originals[name], parser)
            except KeyError as exc:
                raise TranslitError(f"{in_path}: the part {name} cannot be read ({exc}); nothing was written") from None
            except etree.XMLSyntaxError as exc:
                raise xml_error(exc, in_path, name) from None
            check_depth(root, in_path, name)
            for par in _paragraphs(root, place):
                paragraphs.append(par)
                owners.append(name)
    with atomic_output(out_path) as fh:  # the target is checked before the work
        edits = convert_paragraphs(paragraphs, opts, report, together)
        changed: set[str] = set()
        for par, ops, name in zip(paragraphs, edits, owners):
            for i, piece_ops in ops.items():
                el = par.pieces[i].ref
                new = apply(el.text or "", piece_ops)
                if new != (el.text or ""):
                    el.text = new
                    if new != new.strip():
                        el.set(_XML_SPACE, "preserve")
                    changed.add(name)
        write_package(in_path, fh, trees, originals, changed)
    report.written = True
    return report


def write_package(in_path: str, fh, trees: dict[str, Any], originals: dict[str, bytes], changed: set[str]) -> None:
    """Write the ZIP package ``in_path`` to the open file ``fh``: the parts named in ``changed``
    serialized again from ``trees`` (their own XML declaration kept), every other member copied
    byte for byte, in the same order and with the same compression; unchanged, the file whole."""
    with open(in_path, "rb") as src:
        if not changed:
            while chunk := src.read(1 << 20):
                fh.write(chunk)
            return
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(fh, "w") as zout:
            for info in zin.infolist():
                data = _serialize(trees[info.filename], originals[info.filename]) \
                    if info.filename in changed else zin.read(info)
                zout.writestr(info, data, compress_type=info.compress_type)
