"""Checks a document file passes before any parser reads it: hostile and mislabelled files.

A document comes from anywhere (an upload to the web app, a file someone was sent), so before
python-docx, lxml or the HTML scanner sees it, :func:`check_file` refuses, each with one line that
says what the file is and what to do, and before anything is written:

* an empty file (0 bytes);
* a file whose content is another format than its name says: a ``.docx`` that is a PDF, an HTML
  page or a renamed Excel workbook or OpenDocument file (a ZIP package is known by its
  ``mimetype`` member or the content types in ``[Content_Types].xml``: :data:`PACKAGES`), an
  ``.html`` that is a ZIP or a BibTeX export, a ``.bib`` that is an image;
* a ZIP package that is truncated or damaged, encrypted, has more members than
  ``limits.toml`` allows or declares more unpacked bytes than it allows (a ZIP bomb: the sizes
  in the ZIP's directory are checked before any member is inflated, and Python's zipfile stops a
  member at its declared size, so a member that lies about its size fails its CRC check);
* an XML part with a document type declaration (``<!DOCTYPE``, ``<!ENTITY``: entity expansion,
  "billion laughs", and external entities), which the Open Packaging Conventions forbid in a
  package; an HTML or XHTML page that declares entities (:func:`refuse_entity_declarations`);
* XML nested deeper than ``limits.toml`` allows (:func:`check_depth`, on each parsed part).

The limits are data (``limits.toml``, with the reasons for each number), not constants here.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
import zipfile
import zlib
from importlib import resources
from typing import Any

from translit.errors import TranslitError

NAMES = {"docx": "a Word document (.docx)", "odt": "an OpenDocument text (.odt)", "html": "an HTML page",
         "bib": "a BibTeX file", "ris": "a RIS file", "txt": "a plain text file"}
# what a ZIP package is, by its ODF ``mimetype`` member (OASIS OpenDocument 1.2, part 3, §3.3) or
# a main part's content type in ``[Content_Types].xml`` (ECMA-376 part 1, §11–13): (needle, format, name)
PACKAGES = (
    (b"application/vnd.oasis.opendocument.text-template", "odt", "an OpenDocument text template (.ott)"),
    (b"application/vnd.oasis.opendocument.text", "odt", "an OpenDocument text (.odt)"),
    (b"application/vnd.oasis.opendocument.spreadsheet", None, "an OpenDocument spreadsheet (.ods)"),
    (b"application/vnd.oasis.opendocument.presentation", None, "an OpenDocument presentation (.odp)"),
    (b"application/vnd.oasis.opendocument.graphics", None, "an OpenDocument drawing (.odg)"),
    (b"application/epub+zip", None, "an EPUB e-book"),
    (b"wordprocessingml.document.main+xml", "docx", "a Word document (.docx)"),
    (b"wordprocessingml.template.main+xml", "docx", "a Word template (.dotx)"),
    (b"ms-word.document.macroEnabled.main+xml", "docx", "a macro-enabled Word document (.docm)"),
    (b"ms-word.template.macroEnabledTemplate.main+xml", "docx", "a macro-enabled Word template (.dotm)"),
    (b"spreadsheetml.sheet.main+xml", None, "an Excel workbook (.xlsx)"),
    (b"ms-excel.sheet.macroEnabled.main+xml", None, "a macro-enabled Excel workbook (.xlsm)"),
    (b"presentationml.presentation.main+xml", None, "a PowerPoint presentation (.pptx)"),
)
# a declaration of a document type or an entity, in the encodings an XML part may be in
_DTD_MARKS = tuple(mark.encode(enc) for mark in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be"))
_DTD_BYTES = re.compile(b"|".join(re.escape(m) for m in _DTD_MARKS), re.I)
_CHUNK = 1 << 20
# what reading a damaged member raises (a bad CRC, a broken deflate stream, a cut file)
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, RuntimeError, NotImplementedError,
               ValueError, zlib.error)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ENTITY_DECLARATION = re.compile(r"<!ENTITY\b|<!DOCTYPE\b[^>\[]*\[", re.I)


@functools.lru_cache(maxsize=None)
def limits() -> dict[str, Any]:
    """The limits of ``limits.toml``, as {"zip": {...}, "xml": {...}}."""
    return tomllib.loads(resources.files("translit.documents").joinpath("limits.toml").read_text("utf-8"))


def _describe(head: bytes) -> str:
    """What a file's first bytes say it is, for a message."""
    from translit.documents import content_format
    from translit.textfile import binary_kind

    kind = binary_kind(head)
    if kind is not None:
        return kind[0]
    found = content_format(head)
    if found is not None:
        return NAMES[found]
    return "binary data" if b"\x00" in head[:1024] else "plain text"


def check_file(path: str, fmt: str, by_name: bool) -> None:
    """Refuse ``path`` (to be read as ``fmt``) when it is empty, is another format than it should
    be, or is a ZIP package over the limits; ``by_name``: the format came from the file's
    extension (a content that says another format is then a name that lies)."""
    from translit.documents import content_format
    from translit.textfile import binary_kind, wide_encoding

    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise TranslitError(f"{path}: {exc.strerror}") from None
    from translit.textfile import refuse_nothing

    refuse_nothing(path, "convert")  # 0 bytes, or only whitespace: as a table or MARC file says it
    named = "its name says so" if by_name else "it was named so"
    if fmt in ("docx", "odt"):
        if not head.startswith(b"PK\x03\x04"):
            raise TranslitError(f"{path} is {_describe(head)}, not {NAMES[fmt]} ({named}), which is a ZIP "
                                "package; nothing was written")
        check_package(path, fmt, by_name)
        return
    kind = binary_kind(head)
    if kind is not None:
        raise TranslitError(f"{path} is {kind[0]}, not {NAMES[fmt]} ({named}): {kind[1]}; nothing was written")
    if b"\x00" in head and wide_encoding(head) is None:
        raise TranslitError(f"{path} holds binary data (NUL bytes), not {NAMES[fmt]} ({named}); nothing was written")
    found = content_format(head)
    if by_name and found is not None and found != fmt and fmt != "txt":
        raise TranslitError(f"{path} is {NAMES[found]} by its content, not {NAMES[fmt]} as its name says: "
                            f"rename it, or name the format (--format {found}); nothing was written")


def package_kind(z: zipfile.ZipFile) -> tuple[str | None, str]:
    """(format translit converts it as, or None; what it is) of an open ZIP package."""
    names = set(z.namelist())
    for member in ("mimetype", "[Content_Types].xml"):
        if member not in names:
            continue
        with z.open(member) as fh:
            text = fh.read(1 << 16)
        for needle, fmt, what in PACKAGES:
            if needle in text:
                return fmt, what
    return None, "a ZIP archive that holds no Word or OpenDocument text"


def check_package(path: str, fmt: str, by_name: bool = True) -> None:
    """Refuse a ZIP package that is damaged, encrypted, over the limits, another kind of package
    than ``fmt``, or whose XML parts declare a document type (entities)."""
    lim = limits()["zip"]
    try:
        z = zipfile.ZipFile(path)
    except _ZIP_ERRORS as exc:
        raise TranslitError(f"{path} is not a readable ZIP package (truncated or damaged: {exc}); "
                            "nothing was written") from None
    with z:
        infos = z.infolist()
        if len(infos) > lim["max_members"]:
            raise TranslitError(f"{path} has {len(infos):,} members, over the limit of {lim['max_members']:,} "
                                "for a document (limits.toml); nothing was written")
        total = sum(i.file_size for i in infos)
        if total > lim["max_unpacked_bytes"]:
            raise TranslitError(f"{path} would unpack to {total:,} bytes, over the limit of "
                                f"{lim['max_unpacked_bytes']:,} (limits.toml): a ZIP bomb, or far larger than a "
                                "document; nothing was written")
        if any(i.flag_bits & 0x1 for i in infos):
            raise TranslitError(f"{path} is encrypted (password-protected): save it without a password first; "
                                "nothing was written")
        try:
            kind, what = package_kind(z)
        except _ZIP_ERRORS as exc:
            raise TranslitError(f"{path} is a damaged ZIP package ({exc}); nothing was written") from None
        if kind != fmt:
            named = "its name says so" if by_name else "it was named so"
            hint = f": name it {'.odt' if kind == 'odt' else '.docx'}, or --format {kind}" if kind else ""
            raise TranslitError(f"{path} is {what}, not {NAMES[fmt]} ({named}){hint}; nothing was written")
        try:  # every member inflates to its declared size with its CRC (the sizes are within the limits)
            bad = z.testzip()
        except _ZIP_ERRORS as exc:
            raise TranslitError(f"{path} is a damaged ZIP package ({exc}); nothing was written") from None
        if bad is not None:
            raise TranslitError(f"{path}: the member {bad} is damaged (bad CRC); nothing was written")
        for info in infos:
            if info.filename.lower().endswith((".xml", ".rels")):
                if info.file_size > lim["max_xml_part_bytes"]:
                    raise TranslitError(f"{path}: the part {info.filename} is {info.file_size:,} bytes, over the "
                                        f"limit of {lim['max_xml_part_bytes']:,} for one XML part (limits.toml); "
                                        "nothing was written")
                _refuse_dtd(z, info, path)


def _refuse_dtd(z: zipfile.ZipFile, info: zipfile.ZipInfo, path: str) -> None:
    """Refuse an XML part that declares a document type or entities (read in chunks: the members'
    sizes are already within the limits, and a member past its declared size fails its CRC)."""
    tail = b""
    try:
        with z.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                if _DTD_BYTES.search(tail + chunk):
                    raise TranslitError(f"{path}: the part {info.filename} declares a document type or entities "
                                        "(<!DOCTYPE, <!ENTITY>), which a document package never holds: entity "
                                        "expansion and external entities are refused; nothing was written")
                tail = chunk[-32:]
    except TranslitError:
        raise
    except _ZIP_ERRORS as exc:
        raise TranslitError(f"{path}: the part {info.filename} is damaged ({exc}); nothing was written") from None


def package_parser():
    """The lxml parser every XML part of a package is read with: no entity resolved, no DTD loaded,
    nothing fetched (``check_package`` has already refused DOCTYPEs and bounded the sizes, so a
    large tree is allowed), whitespace kept as written."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
                           remove_blank_text=False)


def check_depth(root, path: str, part: str) -> None:
    """Refuse an XML tree nested deeper than ``limits.toml`` allows."""
    from lxml import etree

    limit = limits()["xml"]["max_depth"]
    depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > limit:
            raise TranslitError(f"{path}: the part {part} nests its elements deeper than {limit} "
                                "(limits.toml); nothing was written")


def xml_error(exc: Exception, path: str, part: str | None) -> TranslitError:
    """The one-line error for an XML part (``part``; None: python-docx did not say which) that
    lxml could not parse, saying which limit it met."""
    text = str(exc)
    where = f"the part {part}" if part else "one of its XML parts"
    if "depth" in text.lower():
        limit = limits()["xml"]["max_depth"]
        return TranslitError(f"{path}: {where} nests its elements deeper than {limit} (limits.toml); "
                             "nothing was written")
    if "amplification" in text.lower() or "entity" in text.lower():
        return TranslitError(f"{path}: {where} uses entities, which a document package never holds: "
                             "entity expansion and external entities are refused; nothing was written")
    return TranslitError(f"{path}: {where} cannot be read ({text}); nothing was written")


def refuse_entity_declarations(source: str, path: str) -> None:
    """Refuse an HTML or XHTML page that declares entities (``<!ENTITY``, or a DOCTYPE with an
    internal subset ``[…]``): the way to "billion laughs" expansion and external entities. A page
    is never expanded here (the scanner leaves references as written), but such a page is an
    attack, not a document. A DOCTYPE that only names a public DTD (XHTML's) is fine."""
    if _ENTITY_DECLARATION.search(_HTML_COMMENT.sub("", source)):
        raise TranslitError(f"{path} declares entities in its DOCTYPE (<!ENTITY …>): entity expansion and "
                            "external entities are refused; nothing was written")
