"""What a text file or stream really holds before it is read as UTF-8 lines.

Spreadsheets and word processors save text in UTF-16 (Excel's "Unicode Text", Windows Notepad's
"Unicode") and people send compressed or office files where a table is asked for. Read as UTF-8,
the first comes out as letters with NUL bytes between them and the second as garbage column
names. This module looks at the first bytes:

* :func:`wide_encoding` names UTF-16/UTF-32 (by its byte-order mark, or without one by the NUL
  bytes every ASCII character brings), so that tables are read in it and written back in it, and
  standard input is decoded with it;
* :func:`binary_kind` names a compressed, archive, office or image file by its signature, so that
  it is refused with one line that says what it is and what to do;
* :func:`universal_lines` splits bytes into lines at ``\\r\\n``, ``\\n`` and a lone ``\\r`` (old Mac
  and some export tools), each line keeping its own ending, as Python's csv module and
  spreadsheets read them.
"""

from __future__ import annotations

import codecs
import re
from typing import Iterator

from translit.errors import TranslitError

# byte-order marks, longest first (UTF-32 LE begins with the UTF-16 LE mark)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# file signatures (magic numbers) of what is sent where text was asked for, with what to do
_SIGNATURES = (
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first (gunzip)"),
    (b"PK\x03\x04", "a ZIP archive (an .xlsx, .ods or .docx file is one)",
     "save the sheet as CSV (UTF-8); a Word .docx is converted as a document, without --column: "
     "translit convert --to SCHEME --in FILE.docx --out NEW.docx"),
    (b"PK\x05\x06", "an empty ZIP archive", "unpack it, or save the sheet as CSV (UTF-8)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.xls or .doc)",
     "save it as CSV (UTF-8) or plain text"),
    (b"%PDF-", "a PDF document", "extract its text first (pdftotext)"),
    (b"BZh", "a bzip2-compressed file", "decompress it first (bunzip2)"),
    (b"\xfd7zXZ\x00", "an xz-compressed file", "decompress it first (unxz)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it first"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file", "decompress it first (unzstd)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "run OCR on it first"),
    (b"\xff\xd8\xff", "a JPEG image", "run OCR on it first"),
    (b"{\\rtf", "an RTF document", "save it as plain text (UTF-8)"),
)


def wide_encoding(head: bytes) -> tuple[str, bytes] | None:
    """(codec, byte-order mark) when ``head`` (a file's first bytes) is UTF-16 or UTF-32, else
    None. Without a mark, text whose every second (fourth) byte is NUL, as ASCII letters, digits
    and punctuation are in those encodings, is read as the one the NULs' places say."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, bom
    sample = head[:4096]
    n = len(sample) - len(sample) % 4
    if n < 8:
        return None
    sample = sample[:n]
    # UTF-32: the two high bytes of every four are NUL for Latin and Cyrillic alike
    if sample.count(0) >= n // 2:
        if all(sample[i + 2] == 0 and sample[i + 3] == 0 for i in range(0, n, 4)):
            return "utf-32-le", b""
        if all(sample[i] == 0 and sample[i + 1] == 0 for i in range(0, n, 4)):
            return "utf-32-be", b""
    # UTF-16: the high byte of each unit is 00 (ASCII) or 04 (Cyrillic) nearly everywhere on one
    # side and hardly ever on the other; UTF-8 and the 8-bit code pages write neither byte in text
    high = (0, 4)
    half = n // 2
    even = sum(1 for i in range(0, n, 2) if sample[i] in high)
    odd = sum(1 for i in range(1, n, 2) if sample[i] in high)
    if odd >= 0.7 * half and even <= 0.05 * half:
        return "utf-16-le", b""
    if even >= 0.7 * half and odd <= 0.05 * half:
        return "utf-16-be", b""
    return None


def binary_kind(head: bytes) -> tuple[str, str] | None:
    """(what the file is, what to do) when ``head`` starts with the signature of a compressed,
    archive, office or image file; None for anything else (text in any encoding)."""
    for magic, what, todo in _SIGNATURES:
        if head.startswith(magic):
            return what, todo
    return None


def refuse_binary(head: bytes, where: str) -> None:
    """Raise a one-line :class:`TranslitError` when ``head`` is a binary file's."""
    kind = binary_kind(head)
    if kind is not None:
        raise TranslitError(f"{where} is {kind[0]}, not text: {kind[1]}")


_ENDING = re.compile(rb"\r\n|\r|\n")
_CHUNK = 1 << 20


def universal_lines(src, chunk: int = _CHUNK) -> Iterator[bytes]:
    """The lines of binary stream ``src``, each with its own ending (``\\r\\n``, ``\\n`` or a lone
    ``\\r``); the last without one when the data ends without one. Memory: one chunk and one line.
    Each chunk is searched once: a line that goes on for many chunks is kept as its pieces until it
    ends (joining and searching it again at every chunk cost its length squared)."""
    parts: list[bytes] = []  # the line read so far, not yet ended
    while True:
        data = src.read(chunk)
        if not data:
            break
        if parts and parts[-1].endswith(b"\r"):  # a CR held back at the end of the last chunk
            if data.startswith(b"\n"):
                parts.append(b"\n")
                data = data[1:]
            yield b"".join(parts)
            parts = []
        pos = 0
        for m in _ENDING.finditer(data):
            if m.group() == b"\r" and m.end() == len(data):
                break  # a CR at the end of the chunk: its LF may come with the next one
            parts.append(data[pos:m.end()])
            yield b"".join(parts)
            parts = []
            pos = m.end()
        if pos < len(data):
            parts.append(data[pos:])
    if parts:
        yield b"".join(parts)


class Utf8Lines:
    """A binary line source over ``src`` decoded from ``codec`` and given out as UTF-8 lines
    (``readline`` and iteration, as a file opened ``rb``): lone surrogates pass as their UTF-8
    form (surrogatepass), so :class:`WideWriter` gives the very same units back."""

    def __init__(self, src, codec: str, skip: int = 0):
        if skip:
            src.read(skip)
        self._lines = universal_lines(_Transcoded(src, codec))

    def readline(self) -> bytes:
        return next(self._lines, b"")

    def __iter__(self) -> Iterator[bytes]:
        return self._lines


class _Transcoded:
    """``read(n)`` of UTF-8 bytes from a stream of ``codec`` bytes."""

    def __init__(self, src, codec: str):
        self.src = src
        self.dec = codecs.getincrementaldecoder(codec)(errors="surrogatepass")

    def read(self, n: int) -> bytes:
        while True:
            data = self.src.read(n)
            try:
                text = self.dec.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                raise TranslitError(f"the file is not valid {exc.encoding.upper()}: {exc.reason}; "
                                    "nothing was written") from None
            if text or not data:
                return text.encode("utf-8", "surrogatepass")


class WideWriter:
    """A binary sink that takes UTF-8 bytes and writes them to ``dst`` in ``codec`` (after
    ``bom``), so a table read in UTF-16 is written back in UTF-16 with its byte-order mark."""

    def __init__(self, dst, codec: str, bom: bytes):
        self.dst = dst
        self.dec = codecs.getincrementaldecoder("utf-8")(errors="surrogatepass")
        self.codec = codec
        if bom:
            dst.write(bom)

    def write(self, data: bytes) -> int:
        self.dst.write(self.dec.decode(data).encode(self.codec, "surrogatepass"))
        return len(data)


# what a file of nothing holds: whitespace, line breaks, NUL padding and a byte-order mark (of any
# width: UTF-16/32 whitespace is ASCII whitespace and NULs)
_NOTHING = b" \t\n\r\x0b\x0c\x00"
_NOTHING_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def refuse_nothing(path: str, to_do: str) -> None:
    """Refuse, with one line, a named input file that holds nothing to work on: 0 bytes, or only
    whitespace, blank lines, NUL padding and a byte-order mark. Every command that reads a named
    file (a table, a MARC file, a document, a file of headings) says it the same way, exits 2 and
    writes nothing, rather than one reporting 0 records read and another one rejected record.
    ``to_do``: what there is nothing to do ("convert", "check"). Reads until the first byte that
    is something: a real file costs one small read."""
    size = 0
    with open(path, "rb") as fh:
        first = True
        while True:
            data = fh.read(1 << 16)
            if not data:
                break
            size += len(data)
            if first:
                for bom in _NOTHING_BOMS:
                    if data.startswith(bom):
                        data = data[len(bom):]
                        break
                first = False
            if data.strip(_NOTHING):
                return
    if size == 0:
        raise TranslitError(f"{path} is empty (0 bytes): there is nothing to {to_do}; nothing was written")
    raise TranslitError(f"{path} holds only whitespace ({size:,} byte{'s' if size != 1 else ''}): there is "
                        f"nothing to {to_do}; nothing was written")
