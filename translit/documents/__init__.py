"""Convert the Russian inside document files: Word (.docx), OpenDocument text (.odt), HTML pages,
BibTeX and RIS exports, plain text (.txt, in its own encoding).

``translit convert --to SCHEME --in FILE --out FILE`` (no ``--column``) calls :func:`convert_file`.
The format is chosen by the file's name (:data:`EXTENSIONS`), else by its content (a ZIP with a
Word main document or an OpenDocument text, a page that starts like HTML, a BibTeX entry, a RIS record), or forced with
``--format``. Only the text is read, as ``convert`` reads a text file: the paragraphs of the
document together, each word decided once from all its occurrences; everything else is written
back as it was (:mod:`.word`, :mod:`.odt`, :mod:`.html`, :mod:`.bibliography`, :mod:`.plaintext`). The output is written
atomically, and a file that cannot be read is a one-line error that writes nothing; an empty,
mislabelled or hostile file (a ZIP bomb, entity declarations, XML nested too deep) is refused
before any parser reads it (:mod:`.guard`, with its limits in ``limits.toml``).
"""

from __future__ import annotations

import os
import re
from typing import Any

from translit.documents.reading import DocumentReport
from translit.errors import TranslitError

FORMATS = ("docx", "odt", "html", "bib", "ris", "txt")
EXTENSIONS = {".docx": "docx", ".docm": "docx", ".dotx": "docx", ".odt": "odt", ".ott": "odt", ".html": "html",
              ".htm": "html", ".xhtml": "html", ".bib": "bib", ".ris": "ris", ".txt": "txt"}
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html[\s>]|<!--|<head[\s>]|<body[\s>])", re.I)
_BIB_START = re.compile(rb"^(?:\xef\xbb\xbf)?(?:\s*%[^\n]*\n)*\s*@\w+\s*[{(]")
_RIS_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*TY  -")


def format_of(path: str, head: bytes | None = None) -> str | None:
    """The document format of ``path`` by its extension, else by its first bytes; None for
    anything else (a table, a text file)."""
    by_name = EXTENSIONS.get(os.path.splitext(path)[1].lower())
    if by_name:
        return by_name
    if head is None:
        try:
            with open(path, "rb") as fh:
                head = fh.read(4096)
        except OSError:
            return None
    return content_format(head)


def content_format(head: bytes) -> str | None:
    """The document format the first bytes of a file show (None: none of them, or not sure)."""
    if head.startswith(b"PK\x03\x04") and b"word/" in head:
        return "docx"
    if head.startswith(b"PK\x03\x04") and b"mimetypeapplication/vnd.oasis.opendocument.text" in head[:100]:
        return "odt"
    if _HTML_START.match(head):
        return "html"
    if _BIB_START.match(head):
        return "bib"
    if _RIS_START.match(head):
        return "ris"
    return None


# the formats whose files are text: any of them may be written to a ``.txt`` name
_TEXT_FORMATS = ("html", "bib", "ris", "txt")


def refuse_other_extension(in_path: str, out_path: str, fmt: str) -> None:
    """Refuse an output name whose extension names another document format than the one written
    (a RIS export written to ``out.docx``, a Word document to ``out.html``): the output always
    keeps the input's format, so such a file would not open as its name says. An extension that
    is no document's (``out``, ``out.xml``) is taken as given, as is ``.txt`` for a text format
    and the input's own kind of name (``--format txt`` over ``page.html`` written to ``new.html``)."""
    named = EXTENSIONS.get(os.path.splitext(out_path)[1].lower())
    if named in (None, fmt, EXTENSIONS.get(os.path.splitext(in_path)[1].lower())) or \
            (named == "txt" and fmt in _TEXT_FORMATS):
        return
    from translit.documents.guard import NAMES

    ext = next(e for e, f in EXTENSIONS.items() if f == fmt)
    raise TranslitError(f"{out_path}: the output keeps the format of {in_path} ({NAMES[fmt]}), but its name "
                        f"says {NAMES[named]}; name it {ext} (translit converts the Russian in a document, "
                        "not its format); nothing was written")


def convert_file(in_path: str, out_path: str, fmt: str | None = None, together: bool = True,
                 **opts: Any) -> DocumentReport:
    """Convert the Russian in the text of document ``in_path`` (format ``fmt``, else
    :func:`format_of`) and write the document to ``out_path``; ``opts`` are ``convert``'s options
    (``to``, ``source``, ``lang``, ``threshold``, ``case``, ``policy``). ``together=False`` reads
    each paragraph alone."""
    if os.path.isdir(in_path):
        raise TranslitError(f"{in_path} is a folder, not a document")
    if not os.path.exists(in_path):
        raise TranslitError(f"{in_path}: no such file")
    from translit.outfile import refuse_overwrite

    refuse_overwrite([in_path], [out_path])
    by_name = fmt is None and os.path.splitext(in_path)[1].lower() in EXTENSIONS
    fmt = fmt or format_of(in_path)
    if fmt not in FORMATS:
        raise TranslitError(f"{in_path}: not a document translit converts ({', '.join(FORMATS)}); "
                            "name it with --format, or give a table's --column")
    from translit.commands import COMMANDS

    opts = COMMANDS["convert"].complete(opts)
    COMMANDS["convert"].line("", **opts)  # the options checked before the file is read
    from translit.documents.guard import check_file

    check_file(in_path, fmt, by_name)  # empty, mislabelled, a ZIP bomb: refused before any parser
    refuse_other_extension(in_path, out_path, fmt)
    if fmt == "docx":
        from translit.documents.word import convert_docx

        return convert_docx(in_path, out_path, opts, together)
    if fmt == "odt":
        from translit.documents.odt import convert_odt

        return convert_odt(in_path, out_path, opts, together)
    if fmt == "html":
        from translit.documents.html import convert_html

        return convert_html(in_path, out_path, opts, together)
    if fmt == "txt":
        from translit.documents.plaintext import convert_text

        return convert_text(in_path, out_path, opts, together)
    from translit.documents.bibliography import convert_bibliography

    return convert_bibliography(in_path, out_path, opts, together, fmt)
