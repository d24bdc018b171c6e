"""Hostile and mislabelled document files for tests/test_hostile_uploads.py, built from a real
Word document (python-docx) and text written here: ZIP bombs, entity declarations, deep nesting,
renamed packages, names that lie, truncated ZIPs, unlabelled Cyrillic code pages, damaged BibTeX.

A ZIP bomb is written by hand (:func:`raw_zip`): the deflate stream of N blocks of zeros is one
block compressed once after a full flush (which resets the compressor, so every such block
compresses to the same bytes) repeated N times, so a member that inflates to gigabytes costs
milliseconds to build, and its CRC is the real one of the bytes it inflates to."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

BLOCK = 1 << 24  # 16 MiB of zeros


def docx_bytes(text: str = "In his study of Neizvestnyi Bukharin the author cites Istoriia SSSR.") -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(text)
    d.sections[0].header.paragraphs[0].text = "Voprosy istorii"
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def rezip(data: bytes, replace: dict[str, bytes] | None = None, drop: tuple[str, ...] = (),
          add: list[tuple[str, bytes]] = ()) -> bytes:
    """The package ``data`` with members replaced, left out or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in members(data):
            if name not in drop:
                z.writestr(name, (replace or {}).get(name, body))
        for name, body in add:
            z.writestr(name, body)
    return out.getvalue()


def _zeros_stream(blocks: int) -> tuple[bytes, int, int]:
    """(raw deflate stream, CRC-32, size) of ``blocks`` blocks of zeros."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    one = c.compress(b"\0" * BLOCK) + c.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    crc = 0
    zero = b"\0" * BLOCK
    for _ in range(blocks):
        crc = zlib.crc32(zero, crc)
    return one * blocks + end, crc, blocks * BLOCK


def raw_zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A ZIP archive of (name, stored bytes, CRC-32, unpacked size, method: 0 stored, 8 deflate)
    entries, written without zipfile (which would inflate nothing but compress everything)."""
    out = io.BytesIO()
    central = []
    for name, body, crc, size, method in entries:
        offset = out.tell()
        n = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(body), size, len(n), 0))
        out.write(n + body)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(body),
                                   size, len(n), 0, 0, 0, 0, 0, offset) + n)
    start = out.tell()
    for c in central:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), out.tell() - start, start, 0))
    return out.getvalue()


def _stored(name: str, body: bytes) -> tuple[str, bytes, int, int, int]:
    return name, body, zlib.crc32(body), len(body), 0


def bomb(data: bytes, spread: list[int]) -> bytes:
    """The package ``data`` with members of zeros of ``spread`` blocks each (a ZIP bomb)."""
    entries = [_stored(name, body) for name, body in members(data)]
    streams: dict[int, tuple[bytes, int, int]] = {}
    for i, blocks in enumerate(spread):
        stream, crc, size = streams.setdefault(blocks, _zeros_stream(blocks))
        entries.append((f"word/media/image{i}.png", stream, crc, size, 8))
    return raw_zip(entries)


def lying_size(data: bytes, name: str = "word/document.xml", real: int = 4) -> bytes:
    """The package ``data`` with member ``name`` replaced by ``real`` blocks of zeros whose
    headers declare 2,000 bytes: a bomb that lies about its size."""
    entries = []
    for member, body in members(data):
        if member == name:
            stream, crc, _ = _zeros_stream(real)
            entries.append((member, stream, crc, 2000, 8))
        else:
            entries.append(_stored(member, body))
    return raw_zip(entries)


def many_members(data: bytes, n: int) -> bytes:
    entries = [_stored(name, body) for name, body in members(data)]
    entries += [_stored(f"customXml/item{i}.bin", b"") for i in range(n)]
    return raw_zip(entries)


LOL = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
       + "".join(f'<!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "&lol;") * 10}">' for i in range(1, 10)) + "]>")
XXE = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
PARAMETER = '<!DOCTYPE r [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>'


def with_doctype(part: bytes, doctype: str, word: bytes = b"Neizvestnyi", ref: bytes = b"&lol9;") -> bytes:
    """An XML part with ``doctype`` after its declaration and a reference where ``word`` was."""
    head, _, rest = part.partition(b"?>")
    return head + b"?>" + doctype.encode() + rest.replace(word, ref, 1)


def deep(root_part: bytes, depth: int) -> bytes:
    """A Word main document whose one paragraph sits ``depth`` content controls deep."""
    W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ' + W + b"><w:body>"
            + b"<w:sdt><w:sdtContent>" * depth + b"<w:p><w:r><w:t>Istoriia SSSR</w:t></w:r></w:p>"
            + b"</w:sdtContent></w:sdt>" * depth + b"</w:body></w:document>")


def package(mimetype: bytes | None, content_types: bytes | None, extra: list[tuple[str, bytes]]) -> bytes:
    """A ZIP package of another kind (ODF by its mimetype member, OOXML by its content types)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        if mimetype is not None:
            z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        if content_types is not None:
            z.writestr("[Content_Types].xml", content_types)
        for name, body in extra:
            z.writestr(name, body)
    return out.getvalue()


def content_types(main: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" '
            f'ContentType="application/vnd.openxmlformats-officedocument.{main}"/></Types>').encode()


ODT_CONTENT = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
               'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
               "<office:body><office:text><text:p>Istoriia SSSR</text:p></office:text></office:body>"
               "</office:document-content>").encode()

RENAMED = {
    "workbook": (package(None, content_types("spreadsheetml.sheet.main+xml"), [("xl/workbook.xml", b"<workbook/>")]),
                 "an Excel workbook (.xlsx)"),
    "opendocument": (package(b"application/vnd.oasis.opendocument.text", None, [("content.xml", ODT_CONTENT)]),
                     "an OpenDocument text (.odt)"),
    "slides": (package(None, content_types("presentationml.presentation.main+xml"), [("ppt/presentation.xml", b"<p/>")]),
               "a PowerPoint presentation (.pptx)"),
    "sheet-odf": (package(b"application/vnd.oasis.opendocument.spreadsheet", None, [("content.xml", b"<x/>")]),
                  "an OpenDocument spreadsheet (.ods)"),
    "ebook": (package(b"application/epub+zip", None, [("OEBPS/a.xhtml", b"<html/>")]), "an EPUB e-book"),
}

RUSSIAN_PAGE = ("<html><head><title>Архив</title></head><body>\n<p>Письма Бухарина хранятся в Российском "
                "государственном архиве социально-политической истории (f. 329, op. 2).</p>\n"
                "<p class=\"note\">The English note stays as it is.</p></body></html>\n")

BIB_DAMAGED = {
    # (file, the line reported, the entries converted)
    "unclosed-brace": ("@book{a,\n  title = {Istoriia SSSR,\n  year = 1990\n}\n\n@book{b,\n"
                       "  title = {Neizvestnyi Bukharin},\n}\n", "line 1", ["Неизвестный Бухарин"]),
    "brace-too-many": ("@book{a,\n  title = {Voprosy istorii}},\n  author = {Bukharin, Nikolai},\n}\n\n@book{b,\n"
                       "  title = {Neizvestnyi Bukharin},\n}\n", "line 3", ["Вопросы истории", "Неизвестный Бухарин"]),
    "unclosed-quote": ("@book{a,\n  title = \"Istoriia SSSR,\n  year = 1990\n}\n@book{b,\n"
                       "  title = {Voprosy istorii},\n}\n", "line 1", ["Вопросы истории"]),
}
BIB_BROKEN = {
    "one-entry": "@book{a,\n  title = {Istoriia {SSSR},\n  year = 1990\n}\n",
    "no-close": "@article{k,\n  title = {Neizvestnyi Bukharin},\n  author = {Cohen, Stephen F.}\n",
    "all-bad": "@book{a, title = {Istoriia SSSR\n@book{b, title = \"Voprosy istorii\n",
}
