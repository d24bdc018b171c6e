"""MARC 21 work on pymarc: check the romanized fields of Russian records against their 880s,
romanize Cyrillic-only records, and build 880s for romanized-only records.

Which fields and subfields are romanized, how titles are cased and which access points are
controlled is read from ``marc_fields.toml``; the casing itself is :func:`translit.case.field_case`.

Records stream one at a time from binary MARC (cut at record terminators before parsing, so a
damaged record cannot swallow its neighbours), MARCXML or MARC-in-JSON. Export faults that leave
the record whole (a leader length counted in characters, leader/09 saying the wrong encoding) are
read past and noted; the record's language codes are checked against its own Cyrillic letters. A record the command does not change is written
back byte for byte as it was read, but for the export faults read past, which it sets right
(:func:`passed_on`: the leader's length and leader/09, MARC-8 marks moved back before their letters); a record that cannot be parsed goes to a rejects file with
its position and the reason; records in = records out + rejects. Output files are written
atomically. The per-record work runs in this process, in ``--jobs N`` processes, or on Dask,
through the same ordered runner as the table batch jobs (:mod:`translit.batch`).
"""

from __future__ import annotations

import contextlib
import csv
import difflib
import functools
import html
import io
import math
import os
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Iterator

from translit.errors import TranslitError
from translit.normalize import fold_ties

_CYR = re.compile("[\u0400-\u04ff]")
RECORD_END = b"\x1d"


@dataclass
class Difference:
    record: str
    field: str
    found: str
    expected: str
    kind: str

    def row(self) -> list[str]:
        return [self.record, self.field, self.found, self.expected, self.kind]


@dataclass
class Result:
    """What one record's processing gives back (picklable, for processes and Dask)."""

    position: int
    output: bytes | None  # None: the record is rejected
    changed: bool
    differences: list[Difference] = field(default_factory=list)
    review: list[dict[str, Any]] = field(default_factory=list)
    reject_reason: str | None = None
    raw: bytes = b""
    span: tuple[int, int] | None = None  # a rejected record too long to carry: its bytes in the input


# -- reading ------------------------------------------------------------------------------------

MARCXML_NS = "http://www.loc.gov/MARC21/slim"
MAX_RECORD = 99_999  # the leader's five digits: no MARC record is longer


@dataclass
class Damaged:
    """A record that cannot be parsed, found while reading (picklable, like the raw records).

    ``raw`` holds its bytes, or ``span`` its (offset, length) in the input file when it is too
    long to hold (the run copies it from the file into the rejects)."""

    reason: str
    raw: bytes = b""
    span: tuple[int, int] | None = None


def iter_raw(path: str) -> Iterator[tuple[int, bytes | Damaged]]:
    """Yield (byte position, raw record) from a binary MARC file, cut at record terminators.

    Linear in the file's size: each chunk is searched once. A stretch of more than
    :data:`MAX_RECORD` bytes without a terminator is not held in memory; it comes out as one
    :class:`Damaged` record that points at its bytes in the file."""
    with open(path, "rb") as fh:
        pieces: list[bytes] = []
        size = 0  # bytes of the current record so far
        start = 0  # file offset of the current record
        offset = 0  # file offset of the current chunk
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            i = 0
            while True:
                end = chunk.find(RECORD_END, i)
                piece = chunk[i:] if end < 0 else chunk[i:end + 1]
                size += len(piece)
                if size <= MAX_RECORD + 1024:  # room for stray line breaks before a record
                    pieces.append(piece)
                elif pieces:
                    pieces = []
                if end < 0:
                    break
                yield from _one_record(start, pieces, size)
                pieces, size = [], 0
                start = offset + end + 1
                i = end + 1
            offset += len(chunk)
        if size:
            yield from _one_record(start, pieces, size, terminated=False)


_PADDING = b"\r\n\x00 \t\x0b\x0c"  # what may stand between records: no part of either


def _one_record(start: int, pieces: list[bytes], size: int, terminated: bool = True):
    if size > MAX_RECORD + 1024:
        what = "before the next record terminator" if terminated else "and no record terminator to the end"
        yield start, Damaged(f"{size:,} bytes {what}: more than the {MAX_RECORD:,} a MARC record can hold",
                             span=(start, size))
        return
    rec = b"".join(pieces)
    if rec.strip(_PADDING):
        # line breaks and a block's NUL or space padding (or a tab, a form feed) before a record
        # are no part of it, as a piece of nothing but those is none
        lead = len(rec) - len(rec.lstrip(_PADDING))
        for at, part in unglued(rec[lead:]):
            yield start + lead + at, part  # without a terminator at the end: a damaged record


# a record's leader: length, status, type, level, control, coding, 22, base address, three
# codes, 4500 (bibliographic, authority and holdings records alike)
_LEADER = re.compile(rb"\d{5}[ a-z]{4}[ a]22\d{5}[\x20-\x7e]{3}4500")


def unglued(rec: bytes) -> list[tuple[int, bytes]]:
    """The records in ``rec`` (bytes up to one record terminator) as (offset, bytes): one, unless
    its leader's length is not its own and another leader stands inside it. A record cut off
    before its terminator, or one whose terminator was lost, would otherwise swallow the whole
    record after it: cut there, the damaged part is rejected alone and the next record is read.
    Bytes that are no leader before a record (a block of NUL or space padding, a stray line of
    text) are cut off the same way and rejected alone, so the record after them is still read."""
    if len(rec) < 48 or rec[:5].isdigit() and int(rec[:5]) == len(rec):
        return [(0, rec)]
    cuts = [m.start() for m in _LEADER.finditer(rec, 24 if rec[:5].isdigit() else 1)]
    if not cuts:
        return [(0, rec)]
    bounds = [0] + cuts + [len(rec)]
    return [(a, rec[a:b]) for a, b in zip(bounds, bounds[1:])]


def is_xml(path: str) -> bool:
    """Whether the file is XML (MARCXML), in UTF-8 with or without a byte-order mark or in
    UTF-16 with one; binary MARC starts with the five digits of its length."""
    with open(path, "rb") as fh:
        head = fh.read(512)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head[2:].decode("utf-16-le" if head[:1] == b"\xff" else "utf-16-be", errors="ignore").encode()
    elif head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return head.lstrip().startswith(b"<")


def plain_reason(exc: BaseException, what: str = "the record cannot be read") -> str:
    """Why a record was rejected, in a cataloguer's words: the message of a fault translit names
    itself (a ValueError, or a TranslitError of any kind it raised: ``the leader has 3 characters,
    not 24``, an unknown scheme) as it is; any other exception (a ValueError's subclasses of Python's
    own, UnicodeDecodeError, included) as ``what`` with Python's detail after it in parentheses
    (``the record cannot be read (KeyError: 'tag')``), so the reason never begins with a class name."""
    detail = str(exc).strip()
    if (type(exc) is ValueError or isinstance(exc, TranslitError)) and detail:
        return detail
    return f"{what} ({type(exc).__name__}{': ' + detail if detail else ''})"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xml_record(elem):
    """A pymarc Record from one MARCXML ``record`` element; ValueError when it is damaged."""
    from pymarc import Field, Indicators, Leader, Record, Subfield

    rec = Record()
    leaders = [c for c in elem if _local(c.tag) == "leader"]
    if leaders:
        text = leaders[0].text or ""
        if len(text) != 24:
            raise ValueError(f"the leader has {len(text)} characters, not 24: {text[:40]!r}")
        rec.leader = Leader(text)
    for c in elem:
        kind = _local(c.tag)
        inner = [x for x in c if kind == "controlfield" or _local(x.tag) == "subfield" and len(x)]
        if inner:  # their text would be lost: s.text is only what comes before the first element
            raise ValueError(f"{kind} {c.get('tag')}: XML elements inside a field's text "
                             f"(<{_local(inner[0].tag if kind == 'controlfield' else inner[0][0].tag)}>)")
        if kind == "controlfield":
            rec.add_field(Field(tag=c.get("tag") or "", data=c.text or ""))
        elif kind == "datafield":
            ind = ((c.get("ind1") or " ")[:1], (c.get("ind2") or " ")[:1])
            subs = [Subfield(s.get("code") or "", s.text or "") for s in c if _local(s.tag) == "subfield"]
            bad = [s.code for s in subs if len(s.code) != 1]
            if bad:
                raise ValueError(f"field {c.get('tag')}: subfield code {bad[0]!r} is not one character")
            rec.add_field(Field(tag=c.get("tag") or "", indicators=Indicators(*ind), subfields=subs))
    for f in rec.fields:
        if not re.fullmatch(r"[0-9A-Za-z]{3}", f.tag):
            raise ValueError(f"field tag {f.tag!r} is not three letters or digits")
    return rec


def iter_xml(path: str) -> Iterator[tuple[int, bytes | Damaged]]:
    """Yield (record number, record as UTF-8 MARC) from MARCXML, streaming: one record element
    is in memory at a time. A damaged record comes out as :class:`Damaged`; a file that stops
    being well-formed XML (cut off, say) ends with one :class:`Damaged` naming the line."""
    import xml.etree.ElementTree as ET

    ET.register_namespace("", MARCXML_NS)
    n = 0
    root = None
    try:
        for event, elem in ET.iterparse(path, events=("start", "end")):
            if event == "start":
                if root is None:
                    root = elem
                continue
            if _local(elem.tag) != "record":
                continue
            n += 1
            try:
                yield n, to_iso2709(_xml_record(elem))
            except Exception as exc:
                reason = plain_reason(exc)
                try:
                    raw = ET.tostring(elem, encoding="utf-8")
                except RecursionError:  # elements nested thousands deep: the serializer recurses
                    raw, reason = b"", reason + "; nested too deep to be copied into the rejects file"
                yield n, Damaged(reason, raw=raw)
            elem.clear()
            if root is not None and root is not elem:
                root.clear()  # drop the records already handled
    except ET.ParseError as exc:
        line, col = exc.position
        yield n + 1, Damaged(f"the XML is not well-formed at line {line}, column {col} ({exc.msg.split(':')[0]}); "
                             "nothing after it is read")
    except (LookupError, ValueError) as exc:  # an encoding Python does not know (encoding="UTF-6")
        yield n + 1, Damaged(f"the XML cannot be read: {exc}; nothing after it is read")


_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # bytes read with surrogateescape


def is_json(path: str) -> bool:
    """Whether the file is MARC-in-JSON (an array of records, one record, or one record a
    line): JSON starts with ``[`` or ``{``, after a byte-order mark if it has one."""
    with open(path, "rb") as fh:
        head = fh.read(64)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return head.lstrip().startswith((b"[", b"{"))


def is_marc_json(path: str, probe: int = 1 << 16) -> bool:
    """Whether a JSON file holds MARC-in-JSON records rather than a table of JSON lines: its
    first record (the first object, or the first element of an array) has a ``leader`` and a
    list of ``fields``. Only the first ``probe`` bytes are read; a first record longer than
    that is judged by its opening keys."""
    import json

    if not is_json(path):
        return False
    with open(path, "r", encoding="utf-8-sig", errors="replace") as fh:
        head = fh.read(probe).lstrip()
    if head.startswith("["):
        head = head[1:].lstrip()
    try:
        first, _ = json.JSONDecoder().raw_decode(head)
    except json.JSONDecodeError:
        return bool(re.match(r'\{\s*"(leader|fields)"\s*:', head))
    return isinstance(first, dict) and "leader" in first and isinstance(first.get("fields"), list)


def _json_record(obj):
    """A pymarc Record from one MARC-in-JSON object; ValueError saying what is wrong."""
    from pymarc import Field, Indicators, Leader, Record, Subfield

    if not isinstance(obj, dict):
        raise ValueError(f"a record is a JSON object, not {type(obj).__name__}")
    leader, fields = obj.get("leader"), obj.get("fields")
    if not isinstance(leader, str) or len(leader) != 24:
        raise ValueError(f"the leader is not 24 characters: {str(leader)[:40]!r}")
    if not isinstance(fields, list):
        raise ValueError("no list of fields")
    rec = Record()
    rec.leader = Leader(leader)
    for n, f in enumerate(fields, 1):
        if not isinstance(f, dict) or len(f) != 1:
            raise ValueError(f"field {n} is not an object with one tag")
        (tag, body), = f.items()
        if not re.fullmatch(r"[0-9A-Za-z]{3}", tag):
            raise ValueError(f"field tag {tag!r} is not three letters or digits")
        if isinstance(body, str):
            rec.add_field(Field(tag=tag, data=body))
            continue
        if not isinstance(body, dict) or not isinstance(body.get("subfields"), list):
            raise ValueError(f"field {tag}: neither a control field's text nor indicators and subfields")
        subs = []
        for sf in body["subfields"]:
            if not isinstance(sf, dict) or len(sf) != 1:
                raise ValueError(f"field {tag}: a subfield is not an object with one code")
            (code, value), = sf.items()
            if len(code) != 1 or not isinstance(value, str):
                raise ValueError(f"field {tag}: subfield {code!r} is not one character with text")
            subs.append(Subfield(code, value))
        ind = [str(body.get(k) or " ")[:1] for k in ("ind1", "ind2")]
        rec.add_field(Field(tag=tag, indicators=Indicators(*ind), subfields=subs))
    return rec


def iter_json(path: str) -> Iterator[tuple[int, bytes | Damaged]]:
    """Yield (record number, record as UTF-8 MARC) from MARC-in-JSON, reading the file in
    pieces: an array of records, records one after another or one a line. A damaged record
    comes out as :class:`Damaged` (its JSON kept for the rejects); JSON that stops being JSON
    ends the file with one :class:`Damaged` naming where."""
    import json

    dec = json.JSONDecoder()
    n, buf, pos, line, done, opened = 0, "", 0, 1, False, False
    with open(path, "r", encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        while True:
            while pos < len(buf) and (buf[pos] in " \t\r\n," or buf[pos] == "[" and not opened):
                opened = opened or buf[pos] == "["
                line += buf[pos] == "\n"
                pos += 1
            if pos < len(buf) and buf[pos] == "]":
                return
            try:
                obj, end = dec.raw_decode(buf, pos)
            except json.JSONDecodeError as exc:
                more = "" if done else fh.read(1 << 20)
                if more:
                    buf, pos = buf[pos:] + more, 0
                    if len(buf) <= 4 * (MAX_RECORD * 6 + 1024):  # one record's JSON, escapes and all
                        continue
                if pos >= len(buf) and not more:
                    return
                done = True
                yield n + 1, Damaged(f"the JSON is not well-formed at line {line + exc.lineno - 1} "
                                     f"({exc.msg}); nothing after it is read")
                return
            line += buf.count("\n", pos, end)
            text, pos = buf[pos:end], end
            if _NOT_UTF8.search(text):  # bytes that are not UTF-8, kept as they were for the rejects
                n += 1
                yield n, Damaged("the record's JSON is not UTF-8", raw=text.encode("utf-8", "surrogateescape"))
                continue
            for one in obj if isinstance(obj, list) and not opened else [obj]:
                n += 1
                try:
                    yield n, to_iso2709(_json_record(one))
                except Exception as exc:
                    yield n, Damaged(plain_reason(exc), raw=json.dumps(one, ensure_ascii=False).encode())


MAX_FIELD = 9_999  # a directory entry's four digits: no field (with its terminator) is longer


def to_iso2709(rec) -> bytes:
    """``rec`` as a binary MARC record, or ValueError saying which limit of ISO 2709 it passes (a
    field over 9,999 bytes, a record over 99,999): pymarc would write a corrupt directory and
    leader that no reader can read. MARCXML and MARC-in-JSON have no such limits; a record read
    from them that passes one is refused by the reader, not damaged by the writer."""
    import pymarc

    # the encoding pymarc's as_marc writes in (a to_unicode record is written as UTF-8)
    encoding = "utf-8" if rec.to_unicode or rec.leader[9] == "a" or rec.force_utf8 else "iso8859-1"
    sizes = [(f.tag, len(f.as_marc() if isinstance(f, pymarc.RawField) else f.as_marc(encoding=encoding)))
             for f in rec.fields]
    total = 24 + 12 * len(sizes) + 1 + sum(n for _, n in sizes) + 1
    over = [f"field {tag} is {n:,} bytes" for tag, n in sizes if n > MAX_FIELD]
    if over or total > MAX_RECORD:
        parts = over[:3] + (["…"] if len(over) > 3 else [])
        raise ValueError(f"the record would be {total:,} bytes"
                         + (f" ({', '.join(parts)}, over the {MAX_FIELD:,} a field can hold)" if over else "")
                         + f": binary MARC holds at most {MAX_RECORD:,} bytes a record; kept as it came")
    return rec.as_marc()


def parse(raw: bytes):
    """Parse one raw record (UTF-8 or MARC-8); raise ValueError when it is damaged."""
    return parse_reporting(raw)[0]


def _pymarc_record(raw: bytes, utf8: bool):
    """pymarc's reading of ``raw`` in UTF-8 or MARC-8, and the MARC-8 characters it could not
    map (pymarc writes each to stderr and puts a space in its place; 0x20, the space itself in
    the Cyrillic sets, is harmless and dropped)."""
    import pymarc

    captured = io.StringIO()
    with contextlib.redirect_stderr(captured):
        rec = pymarc.Record(data=raw, to_unicode=True, force_utf8=utf8, utf8_handling="strict")
    return rec, [ln for ln in captured.getvalue().splitlines() if ln and "character 0x20 " not in ln]


# A MARC-8 escape sequence designating a character set (ESC ( N basic Cyrillic, ESC ) Q extended
# Cyrillic, ESC $ 1 CJK, ESC s back to ASCII…): text in UTF-8 never holds ESC.
_MARC8_ESCAPE = re.compile(rb"\x1b(?:[(,)\-]|\$[(,)\-]?)[\x21-\x7e]|\x1b[gbps]")


_ANSEL_MARK_BYTE = re.compile(rb"[\xe0-\xfe]")
_ANSEL_LETTERS = frozenset(b"\xa1\xa2\xa3\xa4\xa5\xa6\xb1\xb2\xb3\xb4\xb5\xb6\xb8\xb9\xba\xbc\xbd")


def _marc8_units(value: bytes) -> list[tuple[str, int, str]] | None:
    """One subfield's MARC-8 bytes as units (kind, byte, set): kind "mark" for an ANSEL combining
    mark (0xE0-0xFE while G1 is ANSEL), "char" otherwise; set "0X" or "1X" for the G0 or G1 set
    X the byte was read in. The escapes are dropped (:func:`_marc8_bytes` writes them again).
    None for text in a multibyte set (CJK), which this does not take apart."""
    units, g0, g1, i = [], "B", "E", 0
    while i < len(value):
        b = value[i]
        if b == 0x1B:
            m = _MARC8_ESCAPE.match(value, i)
            if m is None:
                return None
            seq = m.group()
            if seq[1:2] == b"$":
                return None
            if seq[1:2] in b"(,":
                g0 = chr(seq[2])
            elif seq[1:2] in b")-":
                g1 = chr(seq[2])
            else:
                g0 = "B" if seq[1:2] == b"s" else chr(seq[1])
            i += len(seq)
            continue
        if b >= 0x80:
            units.append(("mark" if g1 == "E" and 0xE0 <= b <= 0xFE else "char", b, "1" + g1))
        else:
            units.append(("char", b, "0" + g0))
        i += 1
    return units


def _marc8_letter(unit: tuple[str, int, str] | None) -> bool:
    """Whether a unit is a letter a combining mark can stand on (ASCII and ANSEL letters, the
    Cyrillic sets' letters; not a space, digit, punctuation or the soft and hard signs)."""
    if unit is None or unit[0] != "char":
        return False
    _, b, where = unit
    if where == "0B":
        return chr(b).isalpha()
    if where == "1E":
        return b in _ANSEL_LETTERS
    return b >= 0x40 and b != 0x7F


def _marc8_bytes(units: list[tuple[str, int, str]]) -> bytes:
    """Units back into MARC-8 bytes, each set designated where it changes, ending in ASCII/ANSEL."""
    out, g0, g1 = bytearray(), "B", "E"
    for _, b, where in units:
        side, name = where[0], where[1:]
        if side == "1" and g1 != name:
            out += b"\x1b)" + name.encode()
            g1 = name
        elif side == "0" and b > 0x20 and g0 != name:
            out += (b"\x1b" + name.encode()) if name in "gbp" else (b"\x1b(" + name.encode())
            g0 = name
        out.append(b)
    if g0 != "B":
        out += b"\x1b(B"
    if g1 != "E":
        out += b"\x1b)E"
    return bytes(out)


def _composes(unit: tuple[str, int, str] | None, marks: list[tuple[str, int, str]]) -> bool:
    """Whether an ASCII letter takes the (first) ANSEL mark as one precomposed letter (u and the
    breve: ŭ; t and the breve: no such letter)."""
    if unit is None or unit[2] != "0B" or not chr(unit[1]).isalpha():
        return False
    from pymarc.marc8_mapping import CODESETS

    mark = CODESETS[0x45].get(marks[0][1])
    return mark is not None and len(unicodedata.normalize("NFC", chr(unit[1]) + chr(mark[0]))) == 1


def _marks_after_votes(units: list[tuple[str, int, str]]) -> tuple[int, int]:
    """(runs of marks that can only belong to the letter before them, runs that can only belong to
    the letter after): a run before a space, punctuation or the end (Tolstoi◌̆,) or after a word's
    start (◌̇Eksmo); else a run whose mark makes one letter with the Latin letter on one side only
    (Pu◌̆tepis: ŭ, no t̆)."""
    after = before = 0
    i = 0
    while i < len(units):
        if units[i][0] != "mark":
            i += 1
            continue
        j = i
        while j < len(units) and units[j][0] == "mark":
            j += 1
        prev = units[i - 1] if i else None
        nxt = units[j] if j < len(units) else None
        if _marc8_letter(prev) and not _marc8_letter(nxt):
            after += 1
        elif _marc8_letter(nxt) and not _marc8_letter(prev):
            before += 1
        elif _composes(prev, units[i:j]) != _composes(nxt, units[i:j]):
            after, before = (after + 1, before) if _composes(prev, units[i:j]) else (after, before + 1)
        i = j
    return after, before


def _marks_moved_back(units: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """Each run of marks moved from after its base letter to before it, where MARC-8 has it."""
    out: list[tuple[str, int, str]] = []
    i = 0
    while i < len(units):
        if units[i][0] == "mark" and out and out[-1][0] == "char":
            j = i
            while j < len(units) and units[j][0] == "mark":
                j += 1
            out[-1:] = units[i:j] + [out[-1]]
            i = j
            continue
        out.append(units[i])
        i += 1
    return out


def marks_after_fixed(raw: bytes) -> bytes | None:
    """A MARC-8 record whose combining marks stand after their base letter (as some exports write
    them; MARC-8 puts each mark before its letter, and pymarc would put it on the next letter or
    drop it at the end of a subfield), rewritten with the marks in their place; None when the
    record's marks are where MARC-8 has them, or it has none. Decided for the whole record: runs
    of marks that can only belong to the letter before them (before a space, punctuation or the
    end of a subfield: Tolstoi◌̆; or making a letter only with it: Pu◌̆tepis) must outnumber those
    that can only belong to the letter after (at the start of a word: ◌̇Eksmo). A record whose
    every mark could belong to either side (ties, Ǵorǵi) is left as it is. The record must be
    whole (:func:`directory_fault`)."""
    base = int(raw[12:17])
    if not _ANSEL_MARK_BYTE.search(raw, base):  # no byte that could be an ANSEL mark
        return None
    entries = [(raw[i:i + 3], int(raw[i + 3:i + 7]), int(raw[i + 7:i + 12])) for i in range(24, base - 1, 12)]
    fields, after, before = [], 0, 0
    for tag, length, start in entries:
        body = raw[base + start: base + start + length]
        if tag < b"010" or not body.endswith(b"\x1e"):
            fields.append((tag, body, None))
            continue
        pieces = body[:-1].split(b"\x1f")
        units = []
        for p in pieces[1:]:
            u = _marc8_units(p[1:])
            if u is None:
                return None
            units.append(u)
            a, b = _marks_after_votes(u)
            after, before = after + a, before + b
        fields.append((tag, body, (pieces, units)))
    if after <= before:
        return None
    directory, data = b"", b""
    for tag, body, parsed in fields:
        if parsed is not None:
            pieces, units = parsed
            body = b"\x1f".join([pieces[0]] + [p[:1] + _marc8_bytes(_marks_moved_back(u))
                                               for p, u in zip(pieces[1:], units)]) + b"\x1e"
        directory += tag + b"%04d%05d" % (len(body), len(data))
        data += body
    new_base = 24 + len(directory) + 1
    total = new_base + len(data) + 1
    return b"%05d" % total + raw[5:12] + b"%05d" % new_base + raw[17:24] + directory + b"\x1e" + data + b"\x1d"


# The openings of the notes on export faults a reading goes past (:func:`parse_reporting`), which
# :func:`passed_on` sets right in a record written back unchanged.
_MARKS_AFTER = "encoding: MARC-8 combining marks stood after their base letters, not before"
_LENGTH_WRONG = "length: the leader says"
_SAYS_UTF8 = "encoding: leader/09 says UTF-8 but the record is MARC-8"
_SAYS_MARC8 = "encoding: leader/09 says MARC-8 but the record is UTF-8"


def passed_on(raw: bytes, notes: list[str]) -> bytes:
    """The bytes ``romanize`` and ``add-880`` write for a record they do not change: as read, but
    with the export faults its reading went past (``notes`` of :func:`parse_reporting`) set right,
    so the next system reads it as translit did, not as the export spoiled it: MARC-8 marks moved
    back before their letters (:func:`marks_after_fixed`), leader/09 naming the encoding the record
    is in, the leader length counting the record's bytes. A MARC-8 record stays MARC-8; every other
    byte is the record's own (a record read with none of these faults comes back byte for byte)."""
    faults = {p for p in (_MARKS_AFTER, _LENGTH_WRONG, _SAYS_UTF8, _SAYS_MARC8) if any(n.startswith(p) for n in notes)}
    if not faults:
        return raw
    if _MARKS_AFTER in faults:
        with contextlib.suppress(ValueError, IndexError):
            raw = marks_after_fixed(raw) or raw
    if _SAYS_UTF8 in faults:
        raw = raw[:9] + b" " + raw[10:]
    elif _SAYS_MARC8 in faults:
        raw = raw[:9] + b"a" + raw[10:]
    return b"%05d" % len(raw) + raw[5:]


def _read_marc8(raw: bytes):
    """pymarc's MARC-8 reading of ``raw`` (:func:`_pymarc_record`), with the marks moved back
    first where the export wrote them after their letters (:func:`marks_after_fixed`), and the
    note saying so."""
    try:
        fixed = marks_after_fixed(raw)
    except (ValueError, IndexError):  # a directory this cannot follow: read as it came
        fixed = None
    rec, lost = _pymarc_record(fixed if fixed is not None else raw, False)
    if fixed is None:
        return rec, lost, []
    return rec, lost, [_MARKS_AFTER + " (read with each moved back before its letter)"]


def _is_utf8_text(raw: bytes) -> bool:
    """Bytes that are UTF-8 with letters beyond ASCII and no MARC-8 escape: MARC-8 cannot look
    like this (its combining marks, 0xE0-0xFE, stand before an ASCII letter, which UTF-8 forbids)."""
    if b"\x1b" in raw or raw.isascii():
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf8_parts_read(rec, raw: bytes) -> list[str]:
    """In a record read as MARC-8, each subfield (or control field) whose bytes are UTF-8 text
    (:func:`_is_utf8_text`: letters beyond ASCII, no escape) read as UTF-8 instead: a record
    merged from two sources holds both, and MARC-8's reading of UTF-8 Cyrillic (Толстой) is
    ANSEL letters (Ø £ æ), a silent loss. Returns the tags of the fields so read, and ``raw``
    with those parts' bytes made spaces (the same length): the MARC-8 part alone, whose reading
    says which MARC-8 characters could not be mapped."""
    import pymarc

    base = int(raw[12:17])
    entries = [raw[i:i + 12] for i in range(24, base - 1, 12)]
    if len(entries) != len(rec.fields):
        return [], raw
    tags, blanked = [], bytearray(raw)
    for entry, field in zip(entries, rec.fields):
        start = base + int(entry[7:12])
        data = raw[start:start + int(entry[3:7])].rstrip(b"\x1e")
        if field.is_control_field():
            if _is_utf8_text(data):
                field.data = data.decode("utf-8")
                tags.append(field.tag)
                blanked[start:start + len(data)] = b" " * len(data)
            continue
        parts = data.split(b"\x1f")[1:]
        if len(parts) != len(field.subfields):
            continue
        read = [_is_utf8_text(part[1:]) for part in parts]
        if any(read):
            field.subfields = [pymarc.Subfield(sub.code, part[1:].decode("utf-8")) if utf8 else sub
                               for sub, part, utf8 in zip(field.subfields, parts, read)]
            tags.append(field.tag)
            at = start + len(data.split(b"\x1f")[0])  # after the indicators
            for part, utf8 in zip(parts, read):
                at += 1  # the subfield delimiter
                if utf8:
                    blanked[at + 1:at + len(part)] = b" " * (len(part) - 1)
                at += len(part)
    return tags, bytes(blanked)


def _directory_spans(raw: bytes) -> bool:
    """Whether the directory describes exactly the bytes of the record: its fields end where the
    record terminator stands. Then a wrong leader length is a miscount, not lost or extra bytes."""
    base = raw[12:17]
    if not base.isdigit() or int(base) > len(raw) or (int(base) - 25) % 12:
        return False
    ends = []
    for i in range(24, int(base) - 1, 12):
        entry = raw[i:i + 12]
        if not entry[3:].isdigit():
            return False
        ends.append(int(entry[7:12]) + int(entry[3:7]))
    return bool(ends) and max(ends) == len(raw) - int(base) - 1


def directory_fault(raw: bytes) -> str | None:
    """What is wrong with a record's leader base address or directory, in words, or None."""
    base = raw[12:17]
    if not base.isdigit():
        return f"bad leader: base address of data {base.decode('latin-1')!r} is not five digits"
    end = raw.find(b"\x1e", 24)
    if end < 0:
        return "bad directory: no field terminator after it"
    if int(base) != end + 1:
        return f"bad leader: base address {int(base)}, but the directory ends at byte {end + 1}"
    if (end - 24) % 12:
        return f"bad directory: {end - 24} bytes long, not a multiple of 12"
    data = len(raw) - end - 1
    for n, i in enumerate(range(24, end, 12), 1):
        e = raw[i:i + 12].decode("latin-1")
        tag, length, start = e[:3], e[3:7], e[7:]
        if not length.isdigit() or not start.isdigit():
            return (f"bad directory: entry {n} (tag {tag!r}) has length {length!r} and start {start!r}, "
                    "not digits")
        if int(start) + int(length) > data:
            return f"bad directory: entry {n} (tag {tag!r}) runs to byte {int(start) + int(length)} of {data} bytes of data"
    return None


def parse_reporting(raw: bytes):
    """Parse one raw record; also return what the reading had to say about it: the MARC-8
    characters pymarc could not map, and the export faults it read past (each a line).

    Faults read past, since the record itself is whole: a leader length that is not the
    record's (exports that count characters, not bytes) when the record ends with its
    terminator; leader/09 saying MARC-8 for a record in UTF-8, or UTF-8 for one in MARC-8."""
    if len(raw) < 24 or not raw[:5].isdigit():
        raise ValueError("no valid leader (record length is not a number)")
    notes: list[str] = []
    length = int(raw[:5])
    if length != len(raw) and not raw.endswith(RECORD_END):
        raise ValueError(f"leader says {length} bytes, the record has {len(raw)} and no record terminator (cut off)")
    fault = directory_fault(raw)
    if fault:
        raise ValueError(fault)
    if length != len(raw):
        if not _directory_spans(raw):
            raise ValueError(f"leader says {length} bytes, the record has {len(raw)}")
        if len(raw) > MAX_RECORD:  # no leader can give its length: it could not be written back
            raise ValueError(f"leader says {length} bytes, the record has {len(raw):,}: more than the "
                             f"{MAX_RECORD:,} a MARC record can hold")
        notes.append(f"{_LENGTH_WRONG} {length} bytes, the record has {len(raw)} "
                     "(read to its record terminator)")
        raw = b"%05d" % len(raw) + raw[5:]  # pymarc trusts the leader: one longer than the record is "truncated"
    says_utf8 = raw[9:10] == b"a"
    if says_utf8 and _MARC8_ESCAPE.search(raw[24:]):
        # MARC-8 whose every byte is ASCII (Cyrillic in the escape set ESC ( N, no ANSEL mark) is
        # valid UTF-8 too: pymarc would keep the escapes and Latin letters in place of Cyrillic
        rec, lost, moved = _read_marc8(raw[:9] + b" " + raw[10:])
        rec.force_utf8 = True
        rec.leader = rec.leader[:9] + "a" + rec.leader[10:]
        notes.append(_SAYS_UTF8 + " (its escape sequences; read as MARC-8)")
        return rec, lost + notes + moved
    if not says_utf8 and _is_utf8_text(raw[24:]):
        rec, lost = _pymarc_record(raw, True)
        notes.append(_SAYS_MARC8 + " (read as UTF-8)")
        return rec, lost + notes
    try:
        if says_utf8:
            rec, lost = _pymarc_record(raw, True)
        else:
            rec, lost, moved = _read_marc8(raw)
            notes.extend(moved)
            mixed, marc8_only = _utf8_parts_read(rec, raw)
            if mixed:
                lost = _read_marc8(marc8_only)[1]
                rec.force_utf8 = True  # written back, if changed, in UTF-8: MARC-8 cannot hold both
                rec.leader = rec.leader[:9] + "a" + rec.leader[10:]
                notes.append(f"encoding: the record is MARC-8 but field{'s' * (len(mixed) > 1)} "
                             f"{', '.join(dict.fromkeys(mixed))} hold UTF-8 (read as UTF-8)")
    except UnicodeDecodeError as exc:
        if not says_utf8:
            raise
        try:
            rec, lost, moved = _read_marc8(raw[:9] + b" " + raw[10:])  # pymarc reads leader/09
            notes.extend(moved)
        except Exception:
            raise exc from None
        if lost:  # neither UTF-8 nor clean MARC-8: not a reading to trust
            raise ValueError(f"leader/09 says UTF-8 but the record is not ({exc.reason} at byte {exc.start} "
                             "of a field), nor clean MARC-8") from None
        rec.force_utf8 = True  # written back, if changed, in UTF-8 as leader/09 says
        rec.leader = rec.leader[:9] + "a" + rec.leader[10:]
        notes.append(_SAYS_UTF8 + " (read as MARC-8)")
    return rec, lost + notes


def record_id(rec, position: int) -> str:
    fields = rec.get_fields("001") if rec is not None else []
    return fields[0].value().strip() if fields and fields[0].value().strip() else f"#{position}"


# -- comparing a romanized field with the ALA-LC of its 880 -------------------------------------

def _norm(s: str) -> str:
    s = unicodedata.normalize("NFC", fold_ties(unicodedata.normalize("NFC", s)))
    return re.sub(r"\s+", " ", s).strip()


def _only(s: str, keep) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if keep(c))


_KINDS = (
    ("tie", lambda c: c == "\u0361"),
    ("diacritic", lambda c: unicodedata.combining(c) and c != "\u0361"),
    ("soft sign", lambda c: c in "ʹʺ'\"’”′″"),
    ("punctuation", lambda c: not c.isalnum() and not c.isspace() and not unicodedata.combining(c)
     and c not in "ʹʺ'\"’”′″"),
)


def classify(found: str, expected: str) -> str | None:
    """None when the two agree up to what ALA-LC practice leaves to judgment (capitalization,
    tie encoding); otherwise the kinds of difference, most telling first: letter, tie,
    diacritic, soft sign, punctuation (``"tie, soft sign"`` for Ulianovsk against Ulʹi͡anovsk)."""
    f, e = _norm(found).lower(), _norm(expected).lower()
    if f == e:
        return None
    kinds = [name for name, keep in _KINDS if _only(f, keep) != _only(e, keep)]
    letters_f = _only(f, lambda c: c.isalnum() and c not in "ʹʺ")
    letters_e = _only(e, lambda c: c.isalnum() and c not in "ʹʺ")
    if letters_f != letters_e:
        kinds.insert(0, "letter")
    return ", ".join(kinds) or "letter"


def fault_count(kind: str | None) -> int:
    """How many kinds of difference :func:`classify` found (``"letter, tie"``: 2; None, agreement: 0).
    ``check`` compares a romanized field with two forms of its 880's ALA-LC, the quotation marks as
    the 880 has them and as LC writes them (``[quotes]``), and reports against the form with fewer
    kinds of difference (on a tie, LC's): a field that differs only in its quotation marks is right,
    and one with another fault is reported for that fault, not for its quotation marks too."""
    return len(kind.split(", ")) if kind else 0


def _linked_pairs(rec):
    """(romanized field, its 880) for every 880 linked by $6."""
    return link_pairs(rec)[0]


def link_pairs(rec) -> tuple[list[tuple[Any, Any]], list[tuple[str, str, str, str]]]:
    """Pair every field with its 880 by $6 (tag and occurrence number), and list the broken
    links as (field, found, expected, kind). Occurrence 00 is an 880 with no field, as MARC
    allows. Where one field and one 880 of the same tag are left unpaired (their numbers
    disagree: a renumbering that reached one side only), they are paired by tag and the link
    reported; any other field whose $6 names no 880, or 880 whose $6 names no field, is reported."""
    fields: dict[tuple[str, str], Any] = {}
    verns: dict[tuple[str, str], Any] = {}
    for f in rec.fields:
        if f.is_control_field():
            continue
        link = f.get("6") or ""
        if f.tag == "880":
            m = re.match(r"^(\d{3})-(\d\d)", link)
            if m and m.group(2) != "00":
                verns.setdefault((m.group(1), m.group(2)), f)
        elif link.startswith("880-") and link[4:6] != "00":
            fields.setdefault((f.tag, link[4:6]), f)
    pairs = [(fields[k], verns[k]) for k in fields if k in verns]
    problems = []
    lone_f = [k for k in fields if k not in verns]
    lone_v = [k for k in verns if k not in fields]
    for tag in sorted({t for t, _ in lone_f} | {t for t, _ in lone_v}):
        fs = [k for k in lone_f if k[0] == tag]
        vs = [k for k in lone_v if k[0] == tag]
        if len(fs) == 1 and len(vs) == 1:
            pairs.append((fields[fs[0]], verns[vs[0]]))
            problems.append((f"{tag} $6", f"880-{fs[0][1]}", f"880-{vs[0][1]}",
                             f"link: {tag} and its 880 ({tag}-{vs[0][1]}) have different $6 numbers; paired by tag"))
            continue
        problems.extend((f"{tag} $6", f"880-{n}", "", f"link: no 880 has $6 {tag}-{n}") for _, n in fs)
        problems.extend(("880 $6", verns[k].get("6"), "", f"link: no {tag} field has $6 880-{k[1]}") for k in vs)
    return pairs, problems


def record_lang(rec) -> str | None:
    """The record's language as a translit code (ru, uk, be, bg, sr, mk, rue), or None (the
    Russian tables): :func:`record_lang_noted` without its notes."""
    return record_lang_noted(rec)[0]


@functools.cache
def _marc_codes() -> dict[str, str]:
    """MARC language code → translit code, from ``schemes/languages.toml``."""
    from translit.schemes import languages

    return {row["marc"]: code for code, row in languages().items()}


def coded_lang(rec) -> str | None:
    """The first of the record's codes (:func:`language_codes`: 008/35-37, then 041 $a/$d, an
    obsolete code read as its successor) that ``schemes/languages.toml`` maps, or None."""
    by_marc, obsolete = _marc_codes(), _languages()["obsolete"]
    for code in language_codes(rec):
        code = obsolete.get(code.strip().lower(), code.strip().lower())
        if code in by_marc:
            return by_marc[code]
    return None


def _cyrillic_text(rec, own_only: bool = False) -> str:
    """The record's Cyrillic: the romanized fields' subfields and every 880 but $6; with
    ``own_only``, in a translation from a Cyrillic language (:func:`original_lang`), without the
    headings and titles that may be in the original's (``[original_language] tags``)."""
    skip = _languages()["original_tags"] if own_only and original_lang(rec) else frozenset()
    return " ".join(v for f in rec.fields if not f.is_control_field() and (f.tag == "880" or f.tag in FIELDS)
                    and _linked_tag(f) not in skip
                    for c, v in _subfields(f) if c != "6" and _CYR.search(v))


def _linked_tag(f) -> str:
    """The tag a field stands for: its own, or for an 880 the tag its $6 names."""
    return (f.get("6") or "")[:3] if f.tag == "880" else f.tag


def _foreign_letters(text: str, lang: str) -> set[str]:
    """Cyrillic letters of ``text`` that are not in ``lang``'s alphabet, and the letter sequences
    its spelling never writes (``[forbidden]`` in ``langs/evidence.toml``). The letters of a
    language's old spelling (Russian і ѣ ѳ ѵ, Bulgarian ѣ ѫ) count as its own only in text that
    shows old spelling (an old letter no modern alphabet has, or a word-final ъ): і in modern
    text is Ukrainian or Belarusian, not Russian."""
    from translit.langs.identify import _old_spelling, alphabets, forbidden_sequences

    words = re.findall("[\u0400-\u04ff]+", text.lower())
    # letter sequences the language never writes count as its foreign letters do (ъ before a
    # consonant in a record coded rus: the Bulgarian of България, към, съвременна)
    sequences = set(forbidden_sequences(text, lang))
    outside = set(_outside_modern(lang).findall(text))
    if not outside:
        return sequences
    outside = {c.lower() for c in outside}
    if _old_spelling(words):
        outside -= alphabets().get(lang, frozenset())
    return outside | sequences


@functools.cache
def _outside_modern(lang: str) -> re.Pattern:
    """The Cyrillic letters, either case, that ``lang``'s modern alphabet does not have."""
    from translit.langs.identify import _modern_alphabets

    alphabet = _modern_alphabets().get(lang, frozenset())
    outside = [chr(i) for i in range(0x400, 0x500) if chr(i).lower() not in alphabet]
    return re.compile("[" + re.escape("".join(outside)) + "]")


def text_lang(text: str, lang: str | None, fields: list[str] | None = None) -> tuple[str | None, str | None]:
    """The language to read Cyrillic ``text`` in when its record says ``lang`` (None: no usable
    code), and a note when the text overrules the code. A code is overruled only by letters its
    language does not have (ї є in a record coded ``rus``, ѓ ќ ѕ in one coded ``bul``) or letter
    sequences its spelling never writes (ъ before a consonant in one coded ``rus``), in
    favour of the language identification names, if that language has them all. Letters of
    the code's old spelling (і in a record coded ``rus``) standing where that spelling put them
    (before a vowel or й: Евангеліе, типографія) leave the code alone when the text, spelt as now,
    is identified as the code's language (:func:`reads_in_old_spelling`), and otherwise overrule
    it only when identification is sure (``[old_letters] sure``, 0.9); standing where it never put
    them (і before a consonant or alone: Мінск, літаратура, і), they rule the code out, and the
    language identification names is taken however sure it is. Either way, when one of the
    record's ``fields`` (their Cyrillic, one text each) without such letters reads as the code's
    language (:func:`_a_field_reads_as`), the code stands and each field is read on its own. With no code the text is
    taken for Russian unless its letters say otherwise. Text without such letters is not
    identified at all (the code stands, and a large file is not slowed down)."""
    from translit.langs.identify import alphabets, identify, misplaced_old_letters

    if not _CYR.search(text):
        return lang, None
    foreign = _foreign_letters(text, lang or "ru")
    if not foreign:  # nothing contradicts the code (or, with none, Russian): no identification
        return lang, None
    old_only = foreign <= alphabets().get(lang or "ru", frozenset())
    misplaced = misplaced_old_letters(text, lang or "ru") if old_only else []
    if old_only and not misplaced and reads_in_old_spelling(text, lang or "ru"):
        return lang, None  # the code's old spelling (Евангеліе, типографія): the code stands
    found = identify(text)
    evidence = "; ".join(found.ranking[0].evidence[:3]) if found.ranking else ""
    if found.language is None or _foreign_letters(text, found.language):
        if foreign and not old_only:
            return lang, (f"letters {' '.join(sorted(foreign))} are not in the "
                          f"{_lang_name(lang or 'ru')} alphabet and no language translit reads has them all")
        return lang, None
    if old_only and not misplaced and found.confidence < _languages()["old_letters_sure"]:
        return lang, None  # only letters of the code's own old spelling, and no sure other language
    if old_only and fields and _a_field_reads_as(fields, lang or "ru", found.language):
        return lang, None  # a record of the code's language with a field of another: each field decides
    said = f"the record's code says {_lang_name(lang)}" if lang else "no language code"
    letters = " ".join(sorted(c for c in foreign if len(c) == 1))
    sequences = " ".join(sorted(c for c in foreign if len(c) > 1))
    has = " and ".join(filter(None, [letters, sequences and f"{sequences}, which {_lang_name(lang or 'ru')} "
                                     "spelling never writes"]))
    where = (f", where {_lang_name(lang or 'ru')} spelling never wrote it even before 1918 "
             f"({', '.join(sorted(set(misplaced))[:3])})") if misplaced else ""
    return found.language, (f"{said}, but the Cyrillic has {has}{where}: read as "
                            f"{_lang_name(found.language)} (identified: {evidence})")


def _a_field_reads_as(fields: list[str], lang: str, other: str) -> bool:
    """Whether one of a record's Cyrillic ``fields`` without a letter ``lang`` lacks is identified
    as ``lang`` at least ``[field_language] margin`` above ``other`` (Сборник статей о белорусской
    литературе beside a Belarusian added title): the record's text, unsure as a whole, is then not
    all in ``other``."""
    from translit.langs.identify import identify

    for ftext in fields:
        if _foreign_letters(ftext, lang):
            continue
        scores = {sc.language: sc.score for sc in identify(ftext).ranking}
        if scores.get(lang, -math.inf) >= scores.get(other, -math.inf) + _languages()["field_margin"]:
            return True
    return False


def _field_texts(rec) -> list[str]:
    """The Cyrillic of each of the record's romanized fields and 880s (but $6), one text a field."""
    out = []
    for f in rec.fields:
        if f.is_control_field() or not (f.tag == "880" or f.tag in FIELDS):
            continue
        ftext = " ".join(v for c, v in _subfields(f) if c != "6" and _CYR.search(v))
        if ftext:
            out.append(ftext)
    return out


def reads_in_old_spelling(text: str, lang: str) -> bool:
    """Whether Cyrillic ``text``, whose only letters outside ``lang``'s modern alphabet are letters
    of its old one standing where its old spelling writes them, is that old spelling: spelt as
    now (і ѣ ѳ ѵ to и е ф и, a word-final ъ dropped: translit.normalize's pre-1918 map), it is
    identified as ``lang`` (Святое Евангеліе Господа нашего, Синодальная типографія: Russian; a
    Ukrainian Академія, spelt Академия, may be either, and then the code stands too)."""
    from translit.langs.identify import identify
    from translit.normalize import PRE_REFORM_CASED

    modern = re.sub("(?<=[\u0400-\u04ff])[ъЪ](?![\u0400-\u04ff])", "",
                    text.translate(str.maketrans(PRE_REFORM_CASED)))
    return identify(modern).language == lang


def _lang_name(code: str | None) -> str:
    from translit.schemes import languages

    return languages().get(code or "ru", {}).get("name", code or "Russian")


def record_lang_noted(rec) -> tuple[str | None, list[str]]:
    """The record's language (:func:`coded_lang`), checked against its own Cyrillic
    (:func:`text_lang`, then :func:`russian_by_lexicon`), and the note saying why the text
    overruled the code, if it did."""
    text, coded = _cyrillic_text(rec), coded_lang(rec)
    lang, note = text_lang(text, coded, _field_texts(rec))
    if note is None and lang == coded:
        lang, note = _lang_by_fields(rec, text, coded)
    if note is None and lang == coded:
        lang, note = russian_by_lexicon(_cyrillic_text(rec, own_only=True), lang)
    settled = settle_codes(rec)[1]
    return lang, [n for n in (settled, note) if n]


def check_lang_noted(rec) -> tuple[str | None, list[str]]:
    """The language ``check`` reads a record's 880s in: :func:`record_lang_noted`, and where the
    record's Cyrillic leaves its code standing, the marks of its romanized-only fields (those with
    no 880) that are transcribed from the item (``marc_languages.toml`` work_text_tags: titles, edition,
    imprint, series, notes; not headings, which are controlled forms in the person's or place's language) as add-880 weighs them (:func:`romanized_lang`: Ukraïnsʹka literatura in a
    Ukrainian book coded rus whose 880 Загребельний, Павло has no letter Russian lacks). The place
    of publication is no such text (a Russian book printed in Kyïv), and the paired fields are left
    out of that evidence: their romanization is what is being checked."""
    lang, notes = record_lang_noted(rec)
    if lang != coded_lang(rec):
        return lang, notes
    work = _languages()["work_text_tags"]
    text = " ".join(v for f in rec.fields if not f.is_control_field() and ROMANIZED_TAGS.match(f.tag)
                    and f.tag.startswith(work) and not f.get("6") and not any(_CYR.search(v) for _, v in _subfields(f))
                    for c, v in _subfields(f) if converts(f.tag, c, v, f.indicators[0]))
    by_marks, note = romanized_lang(text, lang)
    return (by_marks, notes + [note]) if note else (lang, notes)


def _lang_by_fields(rec, text: str, coded: str | None) -> tuple[str | None, str | None]:
    """The record's language when its whole Cyrillic has letters its code's language lacks but is
    not identified surely enough to overrule the code (the record's short fields pull it toward
    a neighbour: Мінск : Звязда beside a Belarusian title): each field with such letters is
    identified on its own (:func:`text_lang`); when those identified surely enough to overrule
    the code all name one language, and it has every letter of the record, the record is in it."""
    if not _foreign_letters(text, coded or "ru"):
        return coded, None
    found: dict[str, str] = {}
    fields = _field_texts(rec)
    for ftext in fields:
        if not _foreign_letters(ftext, coded or "ru"):
            continue
        flang, fnote = text_lang(ftext, coded, fields)
        if fnote is not None and flang != coded:  # a field identified less surely says nothing
            found.setdefault(flang, fnote)
    if len(found) != 1:
        return coded, None
    (lang, fnote), = found.items()
    if _foreign_letters(text, lang):
        return coded, None
    return lang, f"{fnote} (field by field: the record's whole text is not identified surely)"


def russian_by_lexicon(text: str, lang: str | None) -> tuple[str | None, str | None]:
    """Russian, and a note, when a record coded in another Cyrillic language (``lang``) holds
    Russian text whose letters or marks do not contradict the code (a Russian book coded ``ukr``
    without ы э ё ъ, or coded ``bel`` and romanized without ė): identification
    (:func:`translit.langs.identify.identify`, Cyrillic or romanized ``text``) must rank Russian
    first and ``[lexicon_overrule] margin`` above the coded language (``marc_languages.toml``).
    Otherwise ``lang`` and None. A record coded Russian, or with no code, is not identified."""
    if lang in (None, "ru") or not text.strip():
        return lang, None
    # identification reads the words in both languages and fits each one's letter patterns (for
    # romanized text some 50 ms a field): it runs only where at least ``[lexicon_overrule] known``
    # more words speak for Russian than for the coded language (:func:`russian_lead`)
    if russian_lead(text, lang) < _languages()["overrule_known"]:
        return lang, None
    from translit.langs.identify import identify

    found = identify(text, among=("ru", lang))  # romanized text: read in these two only
    scores = {s.language: s.score for s in found.ranking}
    if found.language != "ru" or lang not in scores:
        return lang, None
    gap = scores["ru"] - scores[lang]
    if gap < _languages()["overrule_margin"]:
        return lang, None
    evidence = "; ".join(found.ranking[0].evidence[:2])
    script = "Cyrillic" if found.script == "cyrillic" else "romanized"
    return "ru", (f"the record's code says {_lang_name(lang)}, but its {script} text reads as Russian "
                  f"({gap:.1f} above {_lang_name(lang)}: {evidence}): read as Russian")


def other_by_lexicon(text: str, lang: str | None) -> tuple[str | None, str | None]:
    """The reverse of :func:`russian_by_lexicon` for romanized text: another Cyrillic language, and
    a note, when a record read as Russian (coded ``rus``) holds romanized text of that language
    without a mark Russian's ALA-LC table never writes (Ukrainian without ï: Kharkiv : Rukh,
    Novyny, Vasylʹ; Serbian without č ć ž: Beograd : Prosveta). The candidates are the languages
    whose table writes every mark of the text; one is taken when at least ``[lexicon_overrule]
    known`` more words speak for it than for Russian (:func:`russian_lead`) and identification
    ranks it first and ``[lexicon_overrule] margin`` above Russian. add-880 asks only when the
    Russian reading leaves a field for review, so a Russian record read well costs nothing.
    Otherwise ``lang`` and None. Cyrillic text is not judged here (its letters decide)."""
    if lang not in (None, "ru") or not text.strip() or _CYR.search(text):
        return lang, None
    from translit.langs.identify import identify, scheme_marks, text_marks

    tables = {lg: m for (lg, sid), m in scheme_marks().items() if sid == "alalc"}
    marks = text_marks(text) & frozenset().union(*tables.values())
    known = _languages()["overrule_known"]
    fits = [lg for lg, m in tables.items() if lg != "ru" and marks <= m and russian_lead(text, lg) <= -known]
    if not fits:
        return lang, None
    found = identify(text, among=("ru", *fits))
    scores = {s.language: s.score for s in found.ranking}
    if found.language not in fits or "ru" not in scores:
        return lang, None
    gap = scores[found.language] - scores["ru"]
    if gap < _languages()["overrule_margin"]:
        return lang, None
    evidence = "; ".join(found.ranking[0].evidence[:2])
    return found.language, (f"the record is read as Russian, but its romanized text reads as "
                            f"{_lang_name(found.language)} ({gap:.1f} above Russian: {evidence}): read as "
                            f"{_lang_name(found.language)}")


def field_lang(values: list[str], coded: str | None, lang: str | None) -> str | None:
    """A field's language in a record coded ``coded`` whose Cyrillic reads as ``lang``
    (:func:`record_lang_noted`). A field with letters the code's language lacks is read in the
    language identification finds for it (a Ukrainian title in a record of Russian ones); where
    the record's code was overruled, a field without such letters is read in whichever of the
    two languages identification ranks higher for it (the code may be right for some fields)."""
    from translit.langs.identify import identify

    text = " ".join(v for v in values if _CYR.search(v))
    if not text:
        return lang
    if _foreign_letters(text, coded or "ru"):
        if lang != coded and not _foreign_letters(text, lang or "ru"):
            return lang  # letters the record's own (overruled) language has: Львів in a Ukrainian record
        return text_lang(text, coded)[0]
    if lang == coded:
        return lang
    scores = {s.language: s.score for s in identify(text).ranking}
    if scores.get(coded or "ru", -math.inf) >= scores.get(lang or "ru", -math.inf) + _languages()["field_margin"]:
        return coded
    return lang


def original_lang(rec) -> str | None:
    """The language of the original of a translation (041 $h) as a translit code, when it is a
    Cyrillic language translit reads; otherwise None."""
    by_marc, obsolete = _marc_codes(), _languages()["obsolete"]
    for f in rec.get_fields("041"):
        for s in f.subfields:
            if s.code == "h":
                v = s.value.strip().lower()
                for code in ([v[i:i + 3] for i in range(0, len(v), 3)] if len(v) > 3 and len(v) % 3 == 0 else [v]):
                    code = obsolete.get(code, code)
                    if code in by_marc:
                        return by_marc[code]
    return None


def original_field_lang(tag: str, text: str, lang: str | None, original: str | None) -> str | None:
    """A heading or uniform title (``[original_language] tags``) of a translation read in the
    original's language when identification ranks it above the field's language ``lang`` for
    ``text`` (Cyrillic, or romanized: then weighed between the two only), and the item's
    uniform title (``uniform``) always; ``lang`` otherwise, and for any other tag, or a Cyrillic
    field with a letter the original's language lacks."""
    lang = lang or "ru"
    if original is None or original == lang or tag not in _languages()["original_tags"] or not text.strip():
        return lang
    cyrillic = bool(_CYR.search(text))
    if cyrillic and _foreign_letters(text, original):
        return lang
    if tag in _languages()["uniform_tags"]:
        return original  # the item's uniform title: the original's own title
    from translit.langs.identify import identify

    scores = {s.language: s.score for s in identify(text, among=None if cyrillic else (lang, original)).ranking}
    return original if scores.get(original, -math.inf) > scores.get(lang, -math.inf) else lang


# A word-final ʺ (pre-1918 ъ after a hard consonant): RDA romanizes it, AACR2 practice left it out.
_FINAL_HARD = re.compile(r"(?<=[^\W\d_])ʺ(?![^\W\d_])")


def check_record(rec, rid: str, lang: Any = ...) -> list[Difference]:
    """The differences between ``rec``'s romanized fields and the ALA-LC of their 880s, and its
    broken links; ``lang``: the record's language if already known (:func:`check_lang_noted`)."""
    from translit.romanize import romanize

    coded, original = coded_lang(rec), original_lang(rec)
    lang = check_lang_noted(rec)[0] if lang is ... else lang
    pairs, problems = link_pairs(rec)
    diffs = [Difference(rid, *p) for p in problems]
    for rom, vern in pairs:
        if not _CYR.search(" ".join(v for c, v in _subfields(vern) if c != "6")):
            continue
        rsubs = [(c, v) for c, v in _subfields(rom) if c != "6"]
        vsubs = [(c, v) for c, v in _subfields(vern) if c != "6"]
        flang = field_lang([v for _, v in vsubs], coded, lang)
        if original is not None:
            flang = original_field_lang(rom.tag, " ".join(v for _, v in vsubs if _CYR.search(v)), flang, original)
        # pair the n-th $a with the n-th $a, and so on, so an extra subfield cannot shift the rest
        vern_by_code: dict[str, list[str]] = {}
        for c, v in vsubs:
            vern_by_code.setdefault(c, []).append(v)
        seen: dict[str, int] = {}
        controlled = is_controlled(rom)
        for rc, rv in rsubs:
            k = seen.get(rc, 0)
            seen[rc] = k + 1
            vv_list = vern_by_code.get(rc, [])
            if k >= len(vv_list) or rc in NEVER_CODES or (rom.tag in FIELDS and not converts(rom.tag, rc, rv, rom.indicators[0])):
                continue
            expected = romanize(vv_list[k], "alalc", flang)
            kind = classify(rv, expected)
            if kind is not None and _CYR.search(vv_list[k]):
                # the quotation marks as LC writes them ([quotes]) or as the 880 has them: either is right
                quoted = catalogue_quotes(expected)
                if quoted != expected and fault_count(classify(rv, quoted)) <= fault_count(kind):
                    expected, kind = quoted, classify(rv, quoted)
            if kind == "soft sign" and flang in (None, "ru") and _FINAL_HARD.sub("", _norm(expected)) == _norm(rv):
                continue  # pre-1918 word-final ъ left out, as AACR2-era practice did (LCRI): not a fault
            if kind is not None:
                if controlled:
                    kind += "; controlled heading: review against the authority record"
                diffs.append(Difference(rid, f"{rom.tag} ${rc}", rv, expected, kind))
        if [c for c, _ in rsubs if c not in _UNPAIRED] != [c for c, _ in vsubs if c not in _UNPAIRED]:
            diffs.append(Difference(rid, rom.tag, " ".join(f"${c}" for c, _ in rsubs),
                                    " ".join(f"${c}" for c, _ in vsubs), "subfields"))
    return diffs


def _subfields(f) -> list[tuple[str, str]]:
    return [(s.code, s.value) for s in f.subfields]


# -- which fields and subfields are romanized (translit/marc_fields.toml) ------------------------

@dataclass(frozen=True)
class FieldRule:
    """One tag's row of ``marc_fields.toml``."""

    convert: str
    recase: str = ""
    lower_first: str = ""
    styles: tuple[str, ...] = ("caps", "title", "cased")
    controlled: bool = False
    read_back: bool = True  # add-880 reads the field into Cyrillic (not the agency's own vocabulary)
    lead_in: bool = False  # a quoting note: add-880 reads only what follows an English lead-in
    english_often: bool = False  # add-880 reads it only when it reads, alone, as the record's language
    need_marks: bool = False  # ... and (Russian) only when a word has a mark only romanizations write
    title_first: bool = False  # in a record of several languages, an English title proper: no 880


_PHRASE_PUNCTUATION = " \t[]():;,./="  # brackets and ISBD punctuation around a supplied phrase


def _load_fields() -> tuple[dict[str, FieldRule], str, tuple[str, ...]]:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("translit").joinpath("marc_fields.toml").read_text("utf-8"))
    never = data["never"]["codes"]
    rules = {tag: FieldRule(convert="".join(c for c in row["convert"] if c not in never),
                            recase=row.get("recase", ""), lower_first=row.get("lower_first", ""),
                            styles=tuple(row.get("styles", FieldRule.styles)), controlled=row.get("controlled", False),
                            read_back=row.get("read_back", True), lead_in=row.get("lead_in", False),
                            english_often=row.get("english_often", False), need_marks=row.get("need_marks", False),
                            title_first=row.get("title_first", False))
             for tag, row in data["tags"].items()}
    # the phrases as :func:`is_english_phrase` strips a subfield (s.l. and s.n. without their full stops)
    return rules, never, (tuple(p.casefold().strip(_PHRASE_PUNCTUATION) for p in data["never"]["phrases"]),
                          tuple(p.casefold() for p in data["never"]["gmd"]))


@functools.cache
def _lead_ins() -> tuple[str, ...]:
    data = tomllib.loads(resources.files("translit").joinpath("marc_fields.toml").read_text("utf-8"))
    return tuple(sorted((x.casefold() for x in data["notes"]["lead_ins"]), key=len, reverse=True))


# Where on the item a quoted text stands, between a lead-in and its colon ("At head of title on cover:",
# "Title on p. [4] of cover:"): the cataloguer's English, in ASCII, a few words after on/in/from.
_WHERE = re.compile(r" (?:on|in|from) [A-Za-z0-9.,'\[\]() -]{1,40}?:")


def lead_in(value: str) -> int:
    """The length of the English lead-in a quoting note starts with ("At head of title: "), 0 if none.
    A lead-in may say where on the item the text stands before its colon (At head of title on cover:)."""
    low = value.casefold()
    for x in _lead_ins():
        where = _WHERE.match(low, len(x) - 1) if x.endswith(":") else None
        end = where.end() if where else len(x) if low.startswith(x) else 0
        if end and low.startswith(x[:-1] if where else x):
            return end + len(value[end:]) - len(value[end:].lstrip())
    return 0


@functools.cache
def _quoting_marks() -> tuple[frozenset[str], frozenset[str], str]:
    """``[notes] quoting_marks``, ``foreign_marks`` and ``decimal_i_before``: the letters and signs
    only ALA-LC's Cyrillic tables write, the letters of other languages none of them writes, and
    the signs ī (pre-1918 і) may stand before."""
    data = tomllib.loads(resources.files("translit").joinpath("marc_fields.toml").read_text("utf-8"))["notes"]
    return frozenset(data["quoting_marks"]), frozenset(data["foreign_marks"]), data["decimal_i_before"]


def _marked(word: str, marks: frozenset[str], before: str) -> bool:
    """Does ``word`` (NFC) carry a quoting mark as ALA-LC writes it: ī only before one of ``before``
    (the old spelling's і before a vowel or й), every other mark anywhere."""
    low = word.casefold()
    for i, ch in enumerate(low):
        if ch == "ī":
            if i + 1 < len(low) and low[i + 1] in before:
                return True
        elif ch in marks:
            return True
    return False


def quotes_romanized(value: str, lang: str = "ru") -> bool:
    """Does a note with no lead-in quote the item in ALA-LC inside the cataloguer's English (first
    published in 1962 as Pi͡atʹ kontinentov)? It does when it holds no letter of ``[notes]
    foreign_marks`` (Latvian, Lithuanian marks: Zvejnieka dēls, Žemaitė) and a word with a letter or
    sign of ``quoting_marks`` is read by ``lang``'s reader from its lexicon, not guessed (Пять;
    not Жемаитэ; Rīga's ī before a consonant is no pre-1918 і). Such a note is read back by
    add-880 as one with a lead-in is (its English words stay English)."""
    from translit.read.candidates import Source

    marks, foreign, before = _quoting_marks()
    text = unicodedata.normalize("NFC", value)  # (ĭ ė ī as one letter each, the tie after its letter)
    low = text.casefold()
    if any(m in low for m in foreign) or not any(m in low for m in marks):  # (Ėrast: a capital mark too)
        return False
    if lang == "ru":
        from translit.read.reader import to_cyrillic

        reading = to_cyrillic(text, scheme="alalc")
    else:
        from translit.langs.reader import to_cyrillic as read_lang

        reading = read_lang(text, lang, "alalc")
    return any(_marked(unicodedata.normalize("NFC", w.input), marks, before) and w.candidates
               and w.candidates[0].source not in Source.GUESSES for w in reading.words)


FIELDS, NEVER_CODES, (ENGLISH_PHRASES, ENGLISH_GMD) = _load_fields()


def _unpaired() -> str:
    """Subfield codes an 880 may leave out or add without a fault (``[never] unpaired``)."""
    data = tomllib.loads(resources.files("translit").joinpath("marc_fields.toml").read_text("utf-8"))
    return data["never"].get("unpaired", "")


_UNPAIRED = _unpaired()
ROMANIZED_TAGS = re.compile("^(" + "|".join(sorted(FIELDS)) + ")$")


def is_english_phrase(value: str) -> bool:
    """True for a subfield holding only one of RDA's supplied English phrases
    (``[publisher not identified],``), brackets and ISBD punctuation around it."""
    if not value.isascii():  # the phrases are ASCII: a Cyrillic subfield is never one
        return False
    return value.strip(_PHRASE_PUNCTUATION).casefold() in ENGLISH_PHRASES


def is_english_gmd(value: str) -> bool:
    """True for a general material designation in English (``[sound recording] /``, AACR2 1.1C1)."""
    return value.isascii() and value.strip(" \t[]():;,./=").casefold() in ENGLISH_GMD


@functools.cache
def _jurisdiction() -> tuple[str, frozenset[str], str]:
    """``[jurisdiction]`` of marc_fields.toml: the first indicator, the tags and the subfield codes
    of a jurisdiction's name at the head of a heading."""
    row = tomllib.loads(resources.files("translit").joinpath("marc_fields.toml").read_text("utf-8"))["jurisdiction"]
    return row["ind1"], frozenset(row["tags"]), row["codes"]


def is_english_jurisdiction(tag: str, ind1: str, code: str, value: str) -> bool:
    """True for the authority file's English name of a jurisdiction heading a corporate name
    (110 1 $a ``Russia (Federation).``, ``Bulgaria.``, ``Soviet Union.``), in a subfield
    ``[jurisdiction]`` names: Latin in plain ASCII whose words outside the qualifier in parentheses
    (the agency's English: ``(Federation)``, ``(Russia : Oblast)``) are function words or common
    English words (``[english] zipf``). A romanized name has a mark (``Tverskai͡a oblastʹ``) or
    words English does not use (``Glavnoe upravlenie geodezii``, under an indicator set wrong)."""
    first, tags, codes = _jurisdiction()
    if ind1 != first or tag not in tags or code not in codes or not value.isascii():
        return False
    from translit.read.language import english_zipf

    rule = _english()
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"\([^()]*\)", " ", value))]
    content = [w for w in words if w not in rule["function"]]
    return bool(content) and all(english_zipf(w) >= rule["zipf"] for w in content)


@functools.cache
def _meeting_place() -> tuple[frozenset[str], str]:
    """``[meeting_place]`` of marc_fields.toml: the tags and subfield codes of a meeting's place."""
    row = tomllib.loads(resources.files("translit").joinpath("marc_fields.toml").read_text("utf-8"))["meeting_place"]
    return frozenset(row["tags"]), row["codes"]


def is_english_meeting_place(tag: str, code: str, value: str) -> bool:
    """True for the authority file's heading of a meeting's place in a meeting's qualifier (X10 and
    X11 $c: ``Moscow, Russia)``, ``Sofia, Bulgaria)``): plain ASCII whose last comma-separated part
    (the jurisdiction) is function words or common English words (``[english] zipf``). A place
    with a romanization's mark (``Kazanʹ, Russia``) or no jurisdiction after a comma is read."""
    tags, codes = _meeting_place()
    if tag not in tags or code not in codes or not value.isascii() or "," not in value:
        return False
    from translit.read.language import english_zipf

    rule = _english()
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", value.rsplit(",", 1)[1])]
    content = [w for w in words if w not in rule["function"]]
    return bool(content) and all(english_zipf(w) >= rule["zipf"] for w in content)


def converts(tag: str, code: str, value: str, ind1: str = "") -> bool:
    """Whether subfield ``code`` of field ``tag`` is romanized (and read back for an 880); ``ind1``,
    the field's first indicator, tells a jurisdiction's English name (:func:`is_english_jurisdiction`);
    a meeting's place in the authority's English is never read (:func:`is_english_meeting_place`)."""
    rule = FIELDS.get(tag)
    return rule is not None and code in rule.convert and not is_english_phrase(value) and \
        not (code == "h" and is_english_gmd(value)) and not is_english_jurisdiction(tag, ind1, code, value) \
        and not is_english_meeting_place(tag, code, value)


def is_controlled(f) -> bool:
    """An access point linked to an authority record ($0 or $1)."""
    rule = FIELDS.get(f.tag)
    return bool(rule and rule.controlled and any(s.code in "01" for s in f.subfields))


# -- building fields --------------------------------------------------------------------------------

def _next_occurrence(rec) -> int:
    used = set()
    for f in rec.fields:
        if not f.is_control_field() and f.get("6"):
            m = re.search(r"-(\d\d)", f.get("6"))
            if m:
                used.add(int(m.group(1)))
    n = 1
    while n in used:
        n += 1
    return n


@functools.cache
def _quotes() -> tuple[str, str]:
    """``[quotes]`` of marc_fields.toml: the vernacular quotation marks and the mark LC writes for them."""
    row = tomllib.loads(resources.files("translit").joinpath("marc_fields.toml").read_text("utf-8"))["quotes"]
    return row["marks"], row["to"]


def catalogue_quotes(romanized: str) -> str:
    """A romanized subfield with its vernacular quotation marks as LC writes them in a romanization
    (``[quotes]``: Restoran «Metropolʹ» → Restoran "Metropolʹ")."""
    marks, to = _quotes()
    return romanized.translate({ord(m): to for m in marks}) if any(m in romanized for m in marks) else romanized


def romanize_field(f, lang: str | None = None) -> list[tuple[str, str]]:
    """The ALA-LC subfields of one Cyrillic field: the subfields ``marc_fields.toml`` converts
    are romanized in the ALA-LC table of ``lang`` (None: Russian) after the field's case is
    settled (``translit.case.field_case``, Russian only); every other subfield is copied as it is."""
    from translit.case import field_case
    from translit.romanize import romanize

    rule = FIELDS[f.tag]
    subs = _subfields(f)
    conv = [converts(f.tag, c, v) for c, v in subs]
    if rule.recase and lang in (None, "ru"):  # catalogue case reads the Russian dictionary
        it = iter(field_case([sv for sv, yes in zip(subs, conv) if yes], rule.recase, rule.lower_first, rule.styles))
        subs = [next(it) if yes else sv for sv, yes in zip(subs, conv)]
    return [(c, catalogue_quotes(romanize(v, "alalc", lang)) if _CYR.search(v) else romanize(v, "alalc", lang))
            if yes else (c, v) for (c, v), yes in zip(subs, conv)]


def romanize_record(rec, rid: str = "") -> tuple[bool, list[dict[str, Any]]]:
    """Move Cyrillic fields to linked 880s (model A) and write ALA-LC in their place.

    A controlled access point (an authority link in $0 or $1) is not rewritten: its heading
    comes from the authority record, so the ALA-LC form is reported for review instead. A
    Cyrillic subfield that is never romanized (a relator term) is reported too."""
    from pymarc import Field, Subfield

    changed, review = False, []
    coded, (lang, notes), original = coded_lang(rec), record_lang_noted(rec), original_lang(rec)
    review.extend({"record": rid, "status": "language", "reason": n} for n in notes)
    for f in list(rec.fields):
        if f.is_control_field() or f.tag not in FIELDS or f.get("6"):
            continue
        subs = _subfields(f)
        cyrillic = [bool(_CYR.search(v)) for _, v in subs]
        if not any(cyr and converts(f.tag, c, v) for (c, v), cyr in zip(subs, cyrillic)):
            continue
        flang = field_lang([v for c, v in subs if converts(f.tag, c, v)], coded, lang)
        if original is not None:
            flang = original_field_lang(f.tag, " ".join(v for c, v in subs if converts(f.tag, c, v) and _CYR.search(v)),
                                        flang, original)
        romanized = romanize_field(f, flang)
        left = sorted(set(_CYR.findall(" ".join(v for (c, v), (_, was) in zip(romanized, subs)
                                                 if converts(f.tag, c, was)))))
        if left:
            review.append({"record": rid, "field": f.tag, "status": "unmapped", "cyrillic": " ".join(v for _, v in subs),
                           "romanized": " ".join(v for _, v in romanized),
                           "kind": f"letters left in Cyrillic by the {_lang_name(flang)} ALA-LC table: {' '.join(left)}"})
        kept = [c for (c, v), cyr in zip(subs, cyrillic) if cyr and not converts(f.tag, c, v)]
        controlled = is_controlled(f)
        if controlled or kept:
            entry = {"record": rid, "field": f.tag, "cyrillic": " ".join(v for _, v in subs),
                     "romanized": " ".join(v for _, v in romanized)}
            if controlled:
                review.append(dict(entry, status="controlled",
                                   kind="controlled heading: not rewritten; check the authority form against this ALA-LC"))
                continue
            review.extend(dict(entry, status="kept", kind=f"${c} kept in Cyrillic: not romanized in {f.tag}") for c in kept)
        occ = _next_occurrence(rec)
        vern = Field(tag="880", indicators=list(f.indicators),
                     subfields=[Subfield("6", f"{f.tag}-{occ:02d}/(N")] + [Subfield(c, v) for c, v in subs])
        f.subfields = [Subfield("6", f"880-{occ:02d}")] + [Subfield(c, v) for c, v in romanized]
        rec.add_ordered_field(vern) if hasattr(rec, "add_ordered_field") else rec.add_field(vern)
        changed = True
    if changed:
        rec.leader = rec.leader[:9] + "a" + rec.leader[10:]
    return changed, review


@functools.cache
def _languages() -> dict[str, Any]:
    data = tomllib.loads(resources.files("translit").joinpath("data/marc_languages.toml").read_text("utf-8"))
    return {"cyrillic": frozenset(data["cyrillic"]), "undetermined": frozenset(data["undetermined"]),
            "obsolete": dict(data.get("obsolete", {})),
            "western_letters": data["romanized_marks"]["western_letters"],
            "work_text_tags": tuple(data["romanized_marks"]["work_text_tags"]),
            "min_share": float(data["undetermined_text"]["min_share"]),
            "need_marks": bool(data["undetermined_text"]["need_marks"]),
            "ordinal": re.compile(r"(?<![\w-])\d+-(?:" + "|".join(
                sorted((re.escape(unicodedata.normalize("NFC", fold_ties(e))) for e in data["undetermined_text"]["ordinal_endings"]), key=len,
                       reverse=True)) + r")(?![\w\u0300-\u036f])"),
            "overrule_margin": float(data["lexicon_overrule"]["margin"]),
            "overrule_known": int(data["lexicon_overrule"]["known"]),
            "field_margin": float(data["field_language"]["margin"]),
            "old_letters_sure": float(data["old_letters"]["sure"]),
            "original_tags": frozenset(data["original_language"]["tags"]),
            "uniform_tags": frozenset(data["original_language"]["uniform"])}


def language_codes(rec) -> list[str]:
    """The record's language codes: 008/35-37, then every 041 $a and $d (old records run several
    codes together in one subfield: ``engrus``), with a disagreement of 008 and 041 settled
    (:func:`settle_codes`)."""
    return settle_codes(rec)[0]


def _raw_codes(rec) -> tuple[list[str], int | None]:
    """008/35-37 and the 041 $a and $d codes, and the index of the first 041 $a among them."""
    codes, first_a = [], None
    for f in rec.get_fields("008"):
        codes.append((f.data or "")[35:38])
    for f in rec.get_fields("041"):
        for s in f.subfields:
            if s.code in "ad":
                if s.code == "a" and first_a is None:
                    first_a = len(codes)
                v = s.value.strip()
                codes.extend(v[i:i + 3] for i in range(0, len(v), 3)) if len(v) > 3 and len(v) % 3 == 0 \
                    else codes.append(v)
    return codes, first_a


def settle_codes(rec) -> tuple[list[str], str | None]:
    """The record's language codes, and a note when 008/35-37 and the first 041 $a name two
    different Cyrillic languages translit reads (008 copied from another record, rus beside bul):
    MARC has them agree, so one is wrong; the one whose language identification ranks higher for
    the record's text (its Cyrillic, or else its romanized fields, weighed between the two) is put
    first and the other dropped. Any other set of codes is given back as it is."""
    codes, first_a = _raw_codes(rec)
    if first_a is None or not codes or first_a == 0:
        return codes, None
    by_marc, obsolete = _marc_codes(), _languages()["obsolete"]
    a, b = (obsolete.get(c.strip().lower(), c.strip().lower()) for c in (codes[0], codes[first_a]))
    if a == b or a not in by_marc or b not in by_marc:
        return codes, None
    la, lb = by_marc[a], by_marc[b]
    text = _cyrillic_text(rec)
    if not text:
        text = " ".join(v for f in rec.fields if not f.is_control_field() and f.tag in FIELDS
                        for c, v in _subfields(f) if converts(f.tag, c, v, f.indicators[0]) and re.search("[A-Za-z]", v))
    if not text.strip():
        return codes, None
    from translit.langs.identify import identify

    found = identify(text, among=None if _CYR.search(text) else (la, lb))
    scores = {x.language: x.score for x in found.ranking}
    win, lose = (a, b) if scores.get(la, -math.inf) >= scores.get(lb, -math.inf) else (b, a)
    kept = [win] + [c for c in codes if obsolete.get(c.strip().lower(), c.strip().lower()) not in (win, lose)]
    return kept, (f"008/35-37 says {a} and 041 $a says {b}: the text reads as {_lang_name(by_marc[win])} "
                  f"({scores.get(by_marc[win], 0):.1f} against {scores.get(by_marc[lose], 0):.1f}), "
                  f"so {win} is taken")


def record_language(rec) -> tuple[bool, str, bool, str]:
    """Whether add-880 should read this record's romanized fields into Cyrillic, why, whether the
    record is in several languages (then each field must read as that language on its own), and
    the language to read them in (a translit code: ru, uk, be, bg, sr, mk, rue). Without a usable
    code the romanized fields decide: romanized Russian (:func:`reads_as_russian`), or another
    language whose marks they have (:func:`romanized_lang`: Kyïv, Bŭlgarski) and which they read as."""
    from translit.schemes import languages

    table = _languages()
    by_marc = {row["marc"]: code for code, row in languages().items()}
    codes = [table["obsolete"].get(c.lower(), c.lower()) for c in language_codes(rec)]
    real = [c for c in codes if re.fullmatch(r"[a-z]{3}", c) and c not in table["undetermined"]]
    hit = [c for c in real if c in table["cyrillic"] and c in by_marc]
    if hit:
        others = sorted(set(real) - {hit[0]})
        return (True, f"language code {hit[0]}" + (f" (also {', '.join(others)})" if others else ""), bool(others),
                by_marc[hit[0]])
    if real:
        return False, f"language code {real[0]}: not a Cyrillic-script language this reader knows", False, "ru"
    # the fields often in the cataloguer's English (a summary, a frequency: english_often) say
    # nothing of the language of the others, and a long English summary would outweigh a title
    text = " ".join(v for f in rec.fields if not f.is_control_field() and ROMANIZED_TAGS.match(f.tag)
                    and not FIELDS[f.tag].english_often
                    for c, v in _subfields(f) if converts(f.tag, c, v, f.indicators[0]))
    ok, why = reads_as_russian(text, table["need_marks"])
    if not ok:  # marks only another language's table writes (ï, ŭ, ć) name that language
        other, note = romanized_lang(text, "ru")
        if note and reads_as_language(text, other, table["need_marks"])[0]:
            return True, f"no language code; {note.split(', but ', 1)[-1]}", False, other
    return ok, f"no language code; {why}", False, "ru"


@functools.cache
def _western_letters() -> frozenset[str]:
    return frozenset(_languages()["western_letters"])


def _slavic_marks(text: str, every: frozenset[str], own: frozenset[str], tables: dict) -> frozenset[str]:
    """The marks of ``text`` leaving out those of words whose only marks beyond ``own`` are letters
    of Western alphabets (ï ë è ì) and that no language writing them knows as a word: a French
    name's ï (Vaïsser) is no Ukrainian evidence, Kyïv's is."""
    from translit.langs.identify import text_marks
    from translit.langs.lexicon import zipf as lang_zipf
    from translit.langs.reader import WORD_RE, read_word

    kept: set[str] = set()
    for m in WORD_RE.finditer(text):
        marks = text_marks(m.group()) & every
        extra = marks - own
        if extra and extra <= _western_letters() and not any(
                marks <= t and lg != "ru" and lang_zipf(read_word(m.group(), lg)[0].lower(), lg) > 0
                for lg, t in tables.items()):
            continue
        kept |= marks
    return frozenset(kept)


@functools.cache
def _any_scheme_marks(lang: str) -> frozenset[str]:
    """The marks that some romanization of ``lang`` translit knows writes (ALA-LC, ISO 9, the
    scholarly transliteration, national ones): č š ž ě for Russian."""
    from translit.langs.identify import scheme_marks

    return frozenset().union(*(m for (lg, _), m in scheme_marks().items() if lg == lang))


@functools.cache
def _other_table_marks(lang: str) -> frozenset[str]:
    """The marks of the other tables' spellings ``lang``'s reader reads as its own letters
    (translit/langs/other_tables.toml: the Russian table's ĭ and tie in Macedonian and Serbian)."""
    from translit.langs.identify import text_marks
    from translit.langs.reader import _other_tables

    rows = _other_tables(lang)
    return frozenset().union(*(text_marks(k) for k in rows[0][1])) if rows else frozenset()


def _rank_fits(text: str, fits: list[str]) -> list[str]:
    """``fits`` best first for romanized ``text``: by how many of its words each language's reading
    finds in that language's lists (Bŭlgarska is a Bulgarian word, no Belarusian one); a tie at
    the top is settled by identification (:func:`translit.langs.identify.identify`), which reads
    the text in every language and costs some ten times more."""
    from translit.langs.identify import identify

    known = {lg: known_words(text, lg) for lg in fits}
    top = max(known.values())
    best = [lg for lg in fits if known[lg] == top]
    if len(best) > 1:
        order = [sc.language for sc in identify(text).ranking]
        best.sort(key=lambda lg: order.index(lg) if lg in order else len(order))
    return best + sorted((lg for lg in fits if lg not in best), key=lambda lg: -known[lg])


def russian_lead(text: str, lang: str) -> int:
    """How many more words of ``text`` speak for Russian than for ``lang``: the words one
    language's list has at least a Zipf above the other's (the Ukrainian and Bulgarian lists hold
    many Russian words, rarer: губернии 4.3 in Russian's, 2.4 in Ukrainian's), of romanized text
    each language's ALA-LC reading of the word (a dictionary's word without a frequency counting
    as identification counts it)."""
    if _CYR.search(text):
        from translit.langs.identify import _zipf

        words = re.findall("[\u0400-\u04ff]+", text.lower())
        pairs = [(_zipf(w, "ru"), _zipf(w, lang)) for w in words]
    else:
        import wordfreq

        from translit.langs.identify import _zipf_of
        from translit.langs.reader import to_cyrillic as read_lang
        from translit.read.reader import to_cyrillic

        ru = [wordfreq.zipf_frequency(w.cyrillic.lower(), "ru") if w.is_russian else 0.0
              for w in to_cyrillic(text, scheme="alalc").words]
        own = [_zipf_of(w, lang) for w in read_lang(text, lang, "alalc").words]
        if len(ru) != len(own):  # the readers cut the words differently: count the words each knows
            return known_words(text, "ru") - known_words(text, lang)
        pairs = list(zip(ru, own))
    return sum((a - b >= 1.0) - (b - a >= 1.0) for a, b in pairs)


def known_words(text: str, lang: str) -> int:
    """How many words of romanized ``text`` ``lang`` knows: those its ALA-LC reading finds in its
    lists (for Russian, those the reader takes for Russian word forms with confidence 0.9 or more)."""
    if lang == "ru":
        from translit.read.reader import to_cyrillic

        return sum(1 for w in to_cyrillic(text, scheme="alalc").words if w.is_russian and w.confidence >= 0.9)
    from translit.langs.lexicon import zipf as lang_zipf
    from translit.langs.reader import to_cyrillic as read_lang

    return sum(1 for w in read_lang(text, lang, "alalc").words if lang_zipf(w.cyrillic.lower(), lang) > 0)


def romanized_lang(text: str, lang: str) -> tuple[str, str | None]:
    """The language to read romanized ``text`` back in when its record says ``lang``, and a note
    when the text overrules the code: the reverse of :func:`text_lang`. A code is overruled only
    by marks its language's ALA-LC table never writes (ï ŭ in a record coded ``rus``, ž č in one
    coded ``bul``), in favour of the one whose ALA-LC table writes every mark of the text, or of
    those that do, the one :func:`_rank_fits` puts first; when none writes them all (a French name's é),
    the code stands. So does it when another romanization of the code's language writes them all
    (Puškina, Žizn' i tvorčestvo: Russian in the scholarly transliteration) and :func:`_rank_fits`
    puts the code's language first. Text without such marks is not identified at all."""
    from translit.langs.identify import scheme_marks, text_marks

    tables = {lg: m for (lg, sid), m in scheme_marks().items() if sid == "alalc"}
    every = frozenset().union(*tables.values())
    marks = text_marks(text) & every  # marks of no table (a French é): not evidence
    foreign = marks - tables.get(lang, frozenset())
    if foreign and foreign <= _western_letters():
        marks = _slavic_marks(text, every, tables.get(lang, frozenset()), tables)
        foreign = marks - tables.get(lang, frozenset())
    if not foreign:
        return lang, None
    fits = [lg for lg, m in tables.items() if marks <= m]
    if not fits:
        return lang, None
    if lang in tables and marks <= _any_scheme_marks(lang) | _other_table_marks(lang):
        # another romanization of the code's language writes them (Puškina, Poltavskoj: the
        # scholarly and ISO 9 transliterations European libraries catalogue Russian in), or the
        # code's language's reader takes them as another table's spelling of its letters (the
        # Russian table's ĭ in Macedonian: Moĭot kraĭ): the code stands unless another language's
        # reading finds more of the words
        if _rank_fits(text, [lang] + fits)[0] == lang:
            return lang, None
    ranked = _rank_fits(text, fits) if len(fits) > 1 else fits
    shown = " ".join(sorted(foreign)).replace("\u0361", "tie")
    return ranked[0], (f"the record's code says {_lang_name(lang)}, but its romanized fields have {shown}, which the "
                       f"{_lang_name(lang)} ALA-LC table never writes: read as {_lang_name(ranked[0])}")


def reads_as_language(text: str, lang: str, need_marks: bool = True, name: bool = False) -> tuple[bool, str]:
    """The field test of a record in several languages: :func:`reads_as_russian` for Russian; for
    another language, identification (:mod:`translit.langs.identify`) must name it, and the text
    must not be mostly common English, German, French, Spanish or Italian words (which the other
    languages' word lists hold as loans). ``name``: the text is a personal name heading that
    :func:`_western_name` has already found not to be a Western writer's; forenames are not
    running text (Ivan, Elin, Vera are common words in English's frequency lists), so the share
    of common Western words is not weighed, only identification."""
    if lang == "ru":
        return reads_as_russian(text, need_marks)
    from translit.langs.choose import WESTERN_SHARE, _western_words
    from translit.langs.identify import identify, scheme_marks, text_marks

    tables = {lg: m for (lg, sid), m in scheme_marks().items() if sid == "alalc"}
    marks = text_marks(text) & frozenset().union(*tables.values())
    if marks and marks <= tables.get(lang, frozenset()) and marks - tables["ru"]:
        # marks of the language's own table that Russian's never writes (Ukraïnsʹkyĭ): no need to identify
        return True, f"the text has {' '.join(sorted(marks - tables['ru']))}, marks of the {lang} ALA-LC table"

    western, n = _western_words(text)
    if not name and n and western / n >= WESTERN_SHARE:
        return False, f"{western} of {n} words are common English, German, French, Spanish or Italian words"

    found = identify(text)
    if found.language == lang:
        return True, f"the text is identified as {lang} ({'; '.join(found.ranking[0].evidence[:2])})"
    return False, f"the text is identified as {found.language}, not {lang}"


def reads_as_russian(text: str, need_marks: bool = True) -> tuple[bool, str]:
    """The text test for records without a language code (and for each field of a record in
    several languages): the detector's verdict, enough words read as Russian word forms, and,
    with ``need_marks``, a word with a mark only romanizations write."""
    from translit.normalize import strip_stress
    from translit.read.chunks import canonical_latin
    from translit.read.detect import detect
    from translit.read.language import looks_romanized
    from translit.read.tokens import WORD_RE

    det = detect(text)
    marks = [m.group() for m in WORD_RE.finditer(text)
             if looks_romanized(canonical_latin(strip_stress(fold_ties(m.group()))))]
    marks += _languages()["ordinal"].findall(unicodedata.normalize("NFC", fold_ties(text)))  # 7-e izd., 2-go: a Russian ordinal in figures
    if det.is_romanized_russian and det.russian_share >= _languages()["min_share"] and (marks or not need_marks):
        return True, f"the text reads as romanized Russian ({det.reason}; marks: {', '.join(marks[:3]) or 'none'})"
    if det.is_romanized_russian and need_marks and not marks:
        return False, f"the text may be romanized Russian ({det.reason}) but no word has a mark only romanizations write"
    return False, f"the text does not read as romanized Russian ({det.reason})"


# -- what a romanized field keeps in Latin when it is read back --------------------------------

# A Roman numeral of two letters or more (XVIII, II, XX): a number in every language, never a word.
_ROMAN = re.compile(r"\b(?=[MDCLXVI]{2,}\b)M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\b")
_ONE_LETTER = re.compile(r"(?<![^\W\d_])[IVX](?![^\W\d_])")  # a part's number after its abbreviation (T. V)
_GLUED = re.compile(r"(?<=\d)[^\W\d_]+")  # letters glued to a number: an English ordinal (10th)
# ISBD's separators between the parts of a description (parallel title, place, publisher, the
# statement of responsibility, the next statement): each part is in one language.
_ISBD_PART = re.compile(r"\s+(?:[=:;/]|--)\s+|\.\s+")
_MARKS = re.compile("[^\x00-\x7f]")


@functools.cache
def _english() -> dict[str, Any]:
    data = tomllib.loads(resources.files("translit").joinpath("marc_fields.toml").read_text("utf-8"))["english"]
    return {"function": frozenset(data["function_words"]), "zipf": float(data["zipf"]), "margin": float(data["margin"]),
            "share": float(data["share"]), "names": frozenset(data["name_tags"]),
            "forename_confidence": float(data["forename_confidence"]), "surname_guess": float(data["surname_guess"]),
            "surname_min_letters": int(data["surname_min_letters"]),
            "numeration": data["numeration"],
            "titles": data["titles"], "dates": data["dates"], "title_markers": frozenset(data["title_markers"])}


def _english_word(word: str, cyrillic: str, lang: str, estimate: bool = False) -> bool:
    """A word written in English (or another Western language) beside ``lang``'s romanized text: a
    function word, or a common Western word (Zipf ``zipf`` or more) and ``margin`` more common in
    English than its reading is in ``lang`` (a language with a dictionary but no frequencies:
    whose reading the dictionary does not hold; with ``estimate``, a reading the dictionary holds
    is weighed at the best frequency list's Zipf for it, as identification estimates such a word:
    David read as Belarusian Давід, Zipf 3.4 in Ukrainian's list, is 5.1 in English). A word with a
    romanization's mark is romanized."""
    from translit.langs.lexicon import zipf as lang_zipf
    from translit.read.language import english_zipf

    low = word.lower()
    if _MARKS.search(word):
        return False
    if low in _english()["function"]:
        return True
    from translit.langs.lexicon import WORDFREQ_LANGS

    en, known = english_zipf(low), lang_zipf(cyrillic.lower(), lang)
    if known and lang not in WORDFREQ_LANGS:  # a dictionary's word (Belarusian): no frequency of its own
        if not estimate:
            return False
        from translit.langs.identify import LIST_LANGS, _zipf

        known = max(_zipf(cyrillic.lower(), lg) for lg in LIST_LANGS)
    return en >= _english()["zipf"] and en >= known + _english()["margin"]


def _western_name(value: str, lang: str) -> bool:
    """A personal name heading (``Surname, Forenames``) of a person who writes in a Western
    language: a word (not an initial) that ``lang``'s ALA-LC table cannot spell (Smith, Whitney,
    Stoyan in Serbian) or an initial it cannot (Salinger, J. D. in Ukrainian: the table writes
    й ĭ, never j), or a name that is an English word by :func:`_english_word` (Hodges, Friedman,
    Charles). A name with a romanization's mark is romanized."""
    from translit.langs.reader import fold_latin, read_word, spellable

    if _MARKS.search(value):
        return False
    letters = re.findall(r"[A-Za-z]+", value)
    words = [w for w in letters if len(w) > 1]
    if not letters:
        return False
    if any(not spellable(fold_latin(w).lower(), lang, "alalc") for w in letters):
        return True
    return any(_english_word(w, read_word(w, lang)[0], lang, estimate=True)
               for w in words if w.lower() not in _english()["function"])


def _english_title(tag: str, subs: list[tuple[str, str]], lang: str) -> bool:
    """Whether the title proper ($a) of a transcribed title field stays in Latin as English
    (:func:`_without_english` leaves nothing of it): Under the yoke, Poems and prose."""
    title = [(c, v) for c, v in subs if c == "a" and converts(tag, c, v)]
    return bool(title) and not _without_english(tag, title, lang)


def _personal_name(tag: str, subs: list[tuple[str, str]]) -> bool:
    """Whether a field is a personal name heading (``[english] name_tags``, with a $a) that the
    name test of :func:`kept_spans` weighs: the 100/600/700/800 of a person."""
    return tag in _english()["names"] and any(c == "a" for c, _ in subs)


def _western_name_ru(value: str, words) -> bool:
    """:func:`_western_name` for a Russian record, whose reader has no word list to weigh a name
    against: a word the Russian ALA-LC table cannot spell (Wortman, Stephen, Fitzpatrick), or a
    word the reader finds in neither its dictionary nor its names (only its trigram model's guess)
    that is a common English word (Pipes, Tucker: Zipf ``[english] zipf`` or more). Also a heading
    whose every word (initials aside) is such a common English word and whose forenames, after the
    comma, the reader does not all find as Russian forenames (its names or established forms, with
    ``[english] forename_confidence``): Martin, Terry (Мартин is a Russian name, Терры a noun's
    genitive); Bell, Daniel; or, when every forename is a Russian one too, whose surname is an
    English word far commoner in English than in Russian (:func:`_english_surname`: Baker, Mark;
    Carter, Anna). And a heading the reader itself splits, keeping some words in Latin
    and reading others: a name is in one script. ``words``: the reader's words of ``value``. A name
    with a romanization's mark is romanized."""
    from translit.langs.reader import fold_latin, spellable
    from translit.read.candidates import Source
    from translit.read.language import english_zipf

    if _MARKS.search(value):
        return False
    names = re.findall(r"[A-Za-z]{2,}", value)
    if any(not spellable(fold_latin(w).lower(), "ru", "alalc") for w in names):
        return True
    rule = _english()
    full = [w for w in words if len(w.input) > 1 and w.input.isalpha()]
    if any(w.source in Source.GUESSES and english_zipf(w.input.lower()) >= rule["zipf"] for w in full):
        return True
    latin = [w.cyrillic == w.input for w in full]
    if any(latin) and not all(latin):
        return True  # the reader kept Martin and read Terry, or the other way round: one script
    comma = value.find(",")
    if comma < 0 or not full:
        return False
    given = value[comma + 1:]
    forenames = [w for w in full if w.input in re.findall(r"[A-Za-z]{2,}", given)
                 and not re.match(re.escape(w.input) + r"\.(?!\s*$)", given[given.find(w.input):])]
    if not forenames or not all(english_zipf(w.input.lower()) >= rule["zipf"] for w in full):
        return False
    surname = [w for w in full if w.input in re.findall(r"[A-Za-z]{2,}", value[:comma])]
    return not all(w.source in (Source.NAME, Source.ESTABLISHED) and w.confidence >= rule["forename_confidence"]
                   for w in forenames) or (bool(surname) and all(_english_surname(w) for w in surname))


def _english_surname(word) -> bool:
    """A surname word (a reader's word of a heading before its comma) that is an English word far
    commoner in English than its reading is in Russian (``[english] zipf`` or more, and ``margin``
    above the reading's Zipf in Russian's list): Baker 4.2 against Бакер 1.7, Carter, Hill,
    Goldman; not Martin (Мартин 4.4), Roman (Роман 4.8), Volk, Grin, Dal (дал 5.0). Beside
    forenames Russian shares with English (Mark, Anna, Maria) it marks a Western writer's heading."""
    import wordfreq

    from translit.read.language import english_zipf

    rule = _english()
    en = english_zipf(word.input.lower())
    ru = wordfreq.zipf_frequency(word.cyrillic.lower(), "ru") if word.cyrillic != word.input else 0.0
    return en >= rule["zipf"] and en >= ru + rule["margin"]


def kept_spans(tag: str, parts: list[tuple[str, str, tuple[int, int]]], reading, lang: str) -> list[tuple[int, int]]:
    """The stretches of a field's joined romanized text (``parts``: code, value, its span) that
    stay as they are when it is read back into ``lang``'s Cyrillic: Roman numerals in any
    language (a one-letter one after a part's abbreviation too: T. V, Knj. X), letters glued to a
    number (a meeting's (10th :); a personal name heading of a Western writer (:func:`_western_name`,
    :func:`_western_name_ru`); and, in the languages other than Russian (whose reader decides
    English words itself), each ISBD part (a parallel title, a publisher) whose words are mostly
    English (``[english]`` in marc_fields.toml)."""
    from translit.read.numerals import numbered_part

    text = reading.input
    kept = [m.span() for m in _ROMAN.finditer(text)]
    kept.extend(m.span() for m in _ONE_LETTER.finditer(text) if numbered_part(text, m.start(), m.end(), lang))
    kept.extend(m.span() for m in _GLUED.finditer(text))
    if FIELDS.get(tag) is not None and FIELDS[tag].lead_in:
        kept.extend((a, a + lead_in(value)) for _, value, (a, _) in parts if lead_in(value))
    rule = _english()
    for code, value, (a, b) in parts:
        if tag in rule["names"] and code == "a" and (
                _western_name_ru(value, [w for w in reading.words if a <= w.start and w.end <= b]) if lang == "ru"
                else _western_name(value, lang)):
            kept.append((a, b))
    if lang == "ru":
        return kept
    if tag in rule["names"]:
        kept.extend(_heading_english(parts, reading, lang))
    from translit.langs.lexicon import zipf as lang_zipf

    cuts = [0] + [x for m in _ISBD_PART.finditer(text) for x in m.span()] + [len(text)]
    verdicts: list[bool | None] = []  # per part: English, not, or (a lone word) as its neighbours are
    settled = list(kept)  # numerals and a heading's English, kept already: no vote on the part's language
    for a, b in zip(cuts[::2], cuts[1::2]):
        words = [w for w in reading.words if a <= w.start and w.end <= b
                 and not any(k0 <= w.start and w.end <= k1 for k0, k1 in settled)]
        if not words or _MARKS.search(text[a:b].translate({0x2019: None})):
            verdicts.append(False)
            continue
        english = [_english_word(w.input, w.cyrillic, lang) for w in words]
        content = [e for w, e in zip(words, english) if w.input.lower() not in rule["function"]]
        if len(words) == 1 and english[0] and lang_zipf(words[0].cyrillic.lower(), lang) > 0:
            verdicts.append(None)  # a place or name both languages know (Minsk, Edmonton)
        else:
            verdicts.append(any(content) and sum(english) >= rule["share"] * len(words))
    parts = list(zip(cuts[::2], cuts[1::2]))
    for i, v in enumerate(verdicts):
        if v or v is None and any(0 <= j < len(verdicts) and verdicts[j] for j in (i - 1, i + 1)):
            kept.append(parts[i])
    return kept


def _heading_english(parts: list[tuple[str, str, tuple[int, int]]], reading, lang: str) -> list[tuple[int, int]]:
    """The agency's English inside a personal name heading read back into ``lang`` (``[english]``
    numeration, titles, dates of marc_fields.toml): a Roman numeral in $b (Simeon I), the date
    words of $d (approximately 864-927), and in $c the titles in English (Tsar of Bulgaria, Grand
    Prince of Kyiv: the whole subfield) or, beside a romanized epithet, each English word of it
    (Ohridski, Saint)."""
    from translit.read.language import _heading_date_words
    from translit.read.numerals import ROMAN

    rule = _english()
    kept = []
    for code, value, (a, b) in parts:
        words = [w for w in reading.words if a <= w.start and w.end <= b]
        if code in rule["numeration"]:
            kept.extend((w.start, w.end) for w in words if ROMAN.fullmatch(w.input))
        elif code in rule["dates"]:
            kept.extend((w.start, w.end) for w in words if w.input.lower() in _heading_date_words())
        elif code in rule["titles"] and words:
            english = [_english_word(w.input, w.cyrillic, lang) for w in words]
            if sum(english) >= rule["share"] * len(words) or any(w.input.lower() in rule["title_markers"] for w in words):
                kept.append((a, b))
            else:
                kept.extend((w.start, w.end) for w, e in zip(words, english) if e)
    return kept


def _without_english(tag: str, subs: list[tuple[str, str]], lang: str, ind1: str = "") -> str:
    """The romanized text of a field's converted subfields without what :func:`kept_spans` keeps
    in Latin (a parallel title in English, a Western publisher): what is left to be read."""
    text = " ".join(v for c, v in subs if converts(tag, c, v, ind1))
    if lang == "ru":
        return text
    from translit.langs.reader import to_cyrillic as read_lang

    parts, pos = [], 0
    for c, v in subs:
        if converts(tag, c, v, ind1):
            parts.append((c, v, (pos, pos + len(v))))
            pos += len(v) + 1
    kept = sorted(kept_spans(tag, parts, read_lang(text, lang, "alalc"), lang))
    out, at = [], 0
    for a, b in kept:
        if a >= at:
            out.append(text[at:a])
            at = b
    return " ".join(out + [text[at:]]).strip()


def _read_field(tag: str, subs: list[tuple[str, str]], lang: str = "ru", ind1: str = ""):
    """Read the subfields of field ``tag`` that are romanized (:func:`converts`) into Cyrillic as
    one text in ``lang``, so the reader's language decision sees the whole field (in Russian,
    English words beside Russian stay English); give back the subfields, the others as they were.
    The English lead-in of a quoting note (``Inscribed on verso:``) is not read with its quotation:
    the quotation is the item's own text, read alone as a catalogue field is, so a name English
    spells too (Leningrad, Kiev) is not left in English for the lead-in's sake."""
    from translit.read.reader import to_cyrillic

    spans, parts, leads, pos = [], [], [], 0
    for c, v in subs:
        if not converts(tag, c, v, ind1):
            spans.append(None)
            continue
        if parts:
            pos += 1
        spans.append((pos, pos + len(v)))
        leads.append(lead_in(v) if FIELDS[tag].lead_in else 0)
        parts.append(" " * leads[-1] + v[leads[-1]:])  # the lead-in blanked, the offsets kept
        pos += len(v)
    if lang == "ru":
        reading = to_cyrillic(" ".join(parts), scheme="alalc")
    else:
        from translit.langs.reader import to_cyrillic as read_lang

        reading = read_lang(" ".join(parts), lang, "alalc")
    kept = kept_spans(tag, [(c, v, span) for (c, v), span in zip(subs, spans) if span is not None], reading, lang)
    out, lead = [], iter(leads)
    for (c, v), span in zip(subs, spans):
        if span is None:
            out.append((c, v))
            continue
        a, b = span
        pieces, at = [], a
        for w in reading.words:
            if a <= w.start and w.end <= b:
                pieces.append(reading.input[at:w.start])
                pieces.append(w.input if any(k0 <= w.start and w.end <= k1 for k0, k1 in kept) else w.cyrillic)
                at = w.end
        pieces.append(reading.input[at:b])
        text, n = "".join(pieces), next(lead)
        out.append((c, v[:n] + text[n:] if n and text[:n] == " " * n else text))
    surname = _guessed_heading_surname(tag, ind1, subs, spans, reading) if lang == "ru" else None
    read = [_english()["surname_guess"] if w is surname else w.confidence
            for w in reading.words if not any(k0 <= w.start and w.end <= k1 for k0, k1 in kept)]
    return out, field_confidence(read) if read else reading.confidence


def _guessed_heading_surname(tag: str, ind1: str, subs: list[tuple[str, str]], spans: list, reading):
    """The surname a personal name heading opens with (first indicator 1, MARC 21 X00) when the
    Russian reader could only guess it (its trigram spelling: Demurova, Kernova, which the lexicon
    lacks), its Cyrillic ends as Russian surnames do (``established.toml`` surname_endings), and a
    word after the comma is a forename of the name lexicon: that word of ``reading``, which
    add-880 counts at ``[english] surname_guess`` confidence; None for any other field."""
    from translit.read.candidates import Source
    from translit.read.established import _surname_endings

    if ind1 != "1" or not _personal_name(tag, subs):
        return None
    span = next((sp for (c, _), sp in zip(subs, spans) if c == "a" and sp is not None), None)
    words = [w for w in reading.words if span and span[0] <= w.start and w.end <= span[1]]
    if len(words) < 2 or not words[0].candidates or words[0].candidates[0].source != Source.TRIGRAM:
        return None
    head = words[0]
    if not reading.input[head.end:head.end + 1] == "," or len(head.cyrillic) <= _english()["surname_min_letters"] \
            or not head.cyrillic.lower().endswith(_surname_endings()):
        return None
    if not any(w.candidates and w.candidates[0].source == Source.NAME for w in words[1:]):
        return None
    return head


def field_confidence(words: list[float]) -> float:
    """A field's confidence from its read words' (those not kept in Latin): their geometric mean,
    in every language. The product (the reading's own confidence) falls with the field's length,
    so a long title whose every word is a frequent word form (0.97 each) went to review; the
    mean of the logarithms does not, and one weak word still pulls a short field down (0.35 beside
    two words of 0.97 gives 0.69) more than a long one (0.91 in sixteen words). A word read with no
    confidence at all counts as 0.01."""
    if not words:
        return 0.0
    return math.exp(sum(math.log(max(c, 0.01)) for c in words) / len(words))


def _plan_880s(rid: str, todo: list[tuple[Any, list[tuple[str, str]], str]], lang: str, coded: str,
               original: str | None, mixed: bool) -> list[tuple[Any, dict[str, Any], list[tuple[str, str]]]]:
    """The reading of each field add-880 would give an 880, in the record's language ``lang``
    (a field in another language read in its own): (field, review entry, Cyrillic subfields).
    Fields in English, or with nothing read as Cyrillic, are left out. Nothing is written here."""
    plans = []
    for f, subs, text in todo:
        flang = romanized_lang(text, lang)[0]  # a field in another language than the record's
        flang = original_field_lang(f.tag, text, flang, original)  # the original's author and title
        if FIELDS[f.tag].english_often and not reads_as_language(text, flang, FIELDS[f.tag].need_marks)[0]:
            continue  # the cataloguer's English (Bimonthly, 1992, no. 1-): no 880
        if mixed:  # a record in several languages: is this field in the record's Cyrillic one?
            rest = _without_english(f.tag, subs, flang, f.indicators[0])  # its English parts (a parallel title) aside
            # a personal name heading that is not a Western writer's (Vazov, Ivan in an English
            # translation of a Bulgarian novel) is weighed as a name, not as running text
            name = flang != "ru" and rest == text and _personal_name(f.tag, subs)
            if rest and FIELDS[f.tag].title_first and _english_title(f.tag, subs, flang):
                continue  # an English book's title and its statement of responsibility: no 880
            if not rest or not reads_as_language(rest, flang if rest != text else coded,
                                                 _languages()["need_marks"], name=name)[0]:
                continue
        cyr_subs, conf = _read_field(f.tag, subs, flang, f.indicators[0])
        if not any(_CYR.search(v) for _, v in cyr_subs):
            continue  # nothing in the field reads as Russian (an English title): no 880
        entry = {"record": rid, "field": f.tag, "lang": flang,
                 "romanized": " ".join(v for _, v in subs), "cyrillic": " ".join(v for _, v in cyr_subs),
                 "confidence": round(conf, 3)}
        plans.append((f, entry, cyr_subs))
    return plans


def _folded(text: str) -> str:
    """``text`` with each word that mixes Latin and Cyrillic lookalikes in one script (Istоriia
    with a Cyrillic о → Istoriia), as the reader reads it."""
    from translit.normalize.lookalikes import fold_mixed_words

    return fold_mixed_words(text)


def add_880_record(rec, rid: str, threshold: float) -> tuple[bool, list[dict[str, Any]]]:
    """Build vernacular 880s for romanized fields through the reverse reading, in records whose
    language is one translit reads (:func:`record_language`: Russian, Ukrainian, Belarusian,
    Bulgarian, Serbian, Macedonian, Rusyn), in that language's ALA-LC; other records are left as
    they are. A field that already has an 880 ($6) is left alone, so a record with 880s for some
    fields gets them for the others; fields whose rule says ``read_back = false`` (650, 651: the
    agency's own vocabulary) are never read."""
    from pymarc import Field, Subfield

    changed, review = False, []
    russian, why, mixed, lang = record_language(rec)
    if not russian:
        return False, [{"record": rid, "status": "skipped", "reason": why}]
    settled = settle_codes(rec)[1]
    if settled:
        review.append({"record": rid, "status": "language", "reason": settled})
    todo = []
    for f in list(rec.fields):
        if f.is_control_field() or not ROMANIZED_TAGS.match(f.tag) or f.get("6") or not FIELDS[f.tag].read_back:
            continue
        subs = _subfields(f)
        if not any(re.search(r"[A-Za-z]", v) for _, v in subs) or any(_CYR.search(_folded(v)) for _, v in subs):
            continue  # (a Cyrillic lookalike inside a Latin word, Istоriia, is no Cyrillic: the field is read)
        ind1 = f.indicators[0]
        if FIELDS[f.tag].lead_in and not any(lead_in(v) or quotes_romanized(v, lang or "ru")
                                             for c, v in subs if converts(f.tag, c, v, ind1)):
            continue  # a note in the cataloguer's own English: nothing quoted from the item
        if not any(re.search(r"[A-Za-z]", v) for c, v in subs if converts(f.tag, c, v, ind1)):
            continue  # nothing to read (a 362 of digits only; a heading that is a jurisdiction's English name)
        todo.append((f, subs, " ".join(v for c, v in subs if converts(f.tag, c, v, ind1))))
    coded, original = lang, original_lang(rec)
    lang, note = romanized_lang(" ".join(t for _, _, t in todo), lang)
    cyr = _cyrillic_text(rec)
    if note is None and not mixed and cyr and todo:
        # the record's own Cyrillic (its 880s), with letters the code's language lacks (Лісова пісня
        # in a record coded rus), names the language of its romanized-only fields as romanize's does
        by_letters, said = text_lang(cyr, lang, _field_texts(rec))
        if by_letters and by_letters != lang:
            lang, note = by_letters, said
    if note is None and not mixed and not (_foreign_letters(cyr, "ru") and not _foreign_letters(cyr, lang)):
        # (the record's own 880s, with letters of its code's language that Russian lacks (і ў ї),
        # outweigh a lexicon's verdict on a few romanized words: Novik is a Belarusian name too)
        own = [t for f, _, t in todo if original is None or f.tag not in _languages()["original_tags"]]
        lang, note = russian_by_lexicon(" ".join(own), lang)
    plans = _plan_880s(rid, todo, lang, coded, original, mixed)
    if note is None and coded == "ru" and not mixed and not cyr and any(e["confidence"] < threshold for _, e, _ in plans):
        # Russian reads some field poorly: is the record in another Cyrillic language coded rus
        # whose romanization has no mark Russian's table lacks (Kharkiv : Rukh, Novyny)?
        lang, note = other_by_lexicon(" ".join(t for _, _, t in todo), coded)
        if note:
            plans = _plan_880s(rid, todo, lang, coded, original, mixed)
    if note:
        review.append({"record": rid, "status": "language", "reason": note})
    for f, entry, cyr_subs in plans:
        if entry["confidence"] < threshold:
            entry["status"] = "review"
            review.append(entry)
            continue
        occ = _next_occurrence(rec)
        vern = Field(tag="880", indicators=list(f.indicators),
                     subfields=[Subfield("6", f"{f.tag}-{occ:02d}/(N")] + [Subfield(c, v) for c, v in cyr_subs])
        f.subfields = [Subfield("6", f"880-{occ:02d}")] + list(f.subfields)
        rec.add_ordered_field(vern) if hasattr(rec, "add_ordered_field") else rec.add_field(vern)
        entry["status"] = "written"
        review.append(entry)
        changed = True
    if changed:
        rec.leader = rec.leader[:9] + "a" + rec.leader[10:]
    return changed, review


# -- the per-chunk worker (picklable) -------------------------------------------------------------

def work(spec: tuple[str, dict], chunk: list[tuple[int, bytes]]) -> list[Result]:
    command, opts = spec
    out = []
    for position, raw in chunk:
        if isinstance(raw, Damaged):
            out.append(Result(position, None, False, reject_reason=raw.reason, raw=raw.raw, span=raw.span))
            continue
        try:
            rec, lost = parse_reporting(raw)
        except Exception as exc:
            out.append(Result(position, None, False, reject_reason=plain_reason(exc), raw=raw))
            continue
        rid = record_id(rec, position)
        try:
            if command == "check":
                lang, notes = check_lang_noted(rec)
                out.append(Result(position, raw, False, check_record(rec, rid, lang),
                                  review=[{"record": rid, "status": "language", "reason": n} for n in notes]))
            elif command == "romanize":
                changed, review = romanize_record(rec, rid)
                out.append(Result(position, to_iso2709(rec) if changed else passed_on(raw, lost), changed, review=review))
            elif command == "add-880":
                changed, review = add_880_record(rec, rid, opts.get("threshold", 0.8))
                out.append(Result(position, to_iso2709(rec) if changed else passed_on(raw, lost), changed, review=review))
            else:
                raise TranslitError(f"no MARC command {command!r}")
        except TranslitError:
            raise
        except Exception as exc:  # the record parsed but could not be processed: kept, as an unchanged one is (passed_on)
            out.append(Result(position, passed_on(raw, lost), False, review=[{"record": rid, "status": "error",
                                                             "reason": plain_reason(exc, "the record could not be processed")}]))
        faults = [n for n in lost if n.startswith(("length:", "encoding:"))]
        unmapped = [n for n in lost if n not in faults]
        for note in faults:
            status, _, reason = note.partition(": ")
            out[-1].review.append({"record": rid, "status": status, "reason": reason})
        if unmapped:
            out[-1].review.append({"record": rid, "status": "marc8", "reason": "; ".join(sorted(set(unmapped)))})
    return out


# -- the run --------------------------------------------------------------------------------------

# report rows that are notes, and what the summary line calls each (a length miscount and a wrong
# leader/09 are both faults of the export that the reading went past)
NOTE_KINDS = {"language": "language code overruled", "length": "export fault read past",
              "encoding": "export fault read past", "unmapped": "letters left in Cyrillic"}
NOTE_STATUSES = tuple(NOTE_KINDS)


def notes_said(review: list[dict[str, Any]]) -> str:
    """What the summary line says of the notes among ``review``: each kind present with its count
    (``language code overruled: 3, export fault read past: 1``), never the kinds that are not."""
    kinds = Counter(NOTE_KINDS[r["status"]] for r in review if r.get("status") in NOTE_KINDS)
    order = [k for k in dict.fromkeys(NOTE_KINDS.values()) if k in kinds]  # always in NOTE_KINDS's order
    return ", ".join(f"{k}: {kinds[k]}" for k in order) if len(order) > 1 else next(iter(order), "")


@dataclass
class MarcReport:
    records_in: int = 0
    records_out: int = 0
    changed: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    review: list[dict[str, Any]] = field(default_factory=list)
    rejects_path: str | None = None  # where the rejected records were written, if anywhere

    def summary(self, reported: bool = True, wrote: bool = True) -> str:
        """One line of counts; ``reported=False`` (no report file was asked for) says how to see
        what the counts point to instead of pointing to a report that was not written;
        ``wrote=False`` (``check``, a dry run: no record file written) counts the records read, not
        records "out" and "changed" that no file holds."""
        see = "see the report" if reported else "give --report FILE.csv to list them"
        from translit.errors import counted

        counts = (f"{counted(self.records_in, 'record')} in, {self.records_out:,} out, {self.changed:,} changed, "
                  if wrote else f"{counted(self.records_in, 'record')} read (no record file written), ")
        return (counts + f"{len(self.rejected):,} rejected, {counted(len(self.differences), 'difference')}, "
                f"{counted(sum(1 for r in self.review if r.get('status') == 'review'), 'field')} for review"
                + (f", {skipped} not Russian (left as they were)" if (skipped := sum(
                    1 for r in self.review if r.get("status") == "skipped")) else "")
                + (f", {errors} kept unchanged after an error ({see})" if (errors := sum(
                    1 for r in self.review if r.get("status") == "error")) else "")
                + (f", {counted(notes, 'note')} ({notes_said(self.review)}; {see})" if (notes := sum(
                       1 for r in self.review if r.get("status") in NOTE_STATUSES)) else ""))


def check_status(report: MarcReport) -> int:
    """The exit status of ``marc check``, as diff's: 0 when every record was read and checked and no
    field differs from the ALA-LC of its 880 (a file of no records included), 1 when some field
    differs (a difference of any kind, broken links too), 2 when some record could not be checked:
    rejected (not parseable) or kept after an error. Trouble outranks differences, as in diff: a
    script that sees 0 knows every record was checked and found right."""
    if report.rejected or any(r.get("status") == "error" for r in report.review):
        return 2
    return 1 if report.differences else 0


def dry_run_summary(report: MarcReport, command: str, out_path: str | None) -> str:
    """What a ``--dry-run`` of ``romanize`` or ``add-880`` would have done, in one line: how many
    records the output would hold and how many of them would change, and for add-880 how many
    fields would get an 880 and how many would be left for review; nothing was written."""
    from translit.errors import counted

    where = out_path or "the output"
    if command == "add-880":
        written = sum(1 for r in report.review if r.get("status") == "written")
        review = sum(1 for r in report.review if r.get("status") == "review")
        what = (f"{counted(written, 'field')} would get an 880 in {counted(report.changed, 'record')}, "
                f"{review} would be left for review")
    else:
        what = f"{counted(report.changed, 'record')} would be romanized (their Cyrillic kept in 880s)"
    return (f"dry run, nothing written: {what}; {where} would hold {counted(report.records_out, 'record')}"
            + (f", {len(report.rejected)} rejected" if report.rejected else ""))


def rejects_default(in_path: str, out_path: str | None, report_path: str | None, xml: bool,
                    ext: str | None = None) -> str | None:
    """Where rejected records go when ``--rejects`` is not given: beside the output, else beside
    the report; never beside the input (it may sit in a read-only or shared folder). None when
    there is neither: the rejects are then only listed. MARC-in-JSON rejects are one JSON
    object a line (``ext`` ".json")."""
    ext = ".rejects" + (ext or (".xml" if xml else ".mrc"))
    if out_path:
        return out_path + ext
    if report_path:
        return os.path.splitext(report_path)[0] + ext
    return None


_XML_HEAD = f'<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="{MARCXML_NS}">\n'.encode()


def _copy_span(src_path: str, span: tuple[int, int], dst) -> None:
    start, length = span
    with open(src_path, "rb") as fh:
        fh.seek(start)
        while length > 0:
            block = fh.read(min(length, 1 << 20))
            if not block:
                break
            dst.write(block)
            length -= len(block)


def run(command: str, in_path: str, out_path: str | None = None, report_path: str | None = None,
        rejects_path: str | None = None, threshold: float = 0.8, dry_run: bool = False, jobs: int = 1,
        dask: Any = None, progress=None) -> MarcReport:
    """Run ``check``, ``romanize`` or ``add-880`` over a MARC file (binary or MARCXML).

    ``progress``: None for a bar on a terminal, a bool, or a function of the records done."""
    from translit.batch import _chunks, _progress, run_ordered
    from translit.outfile import AtomicFile, refuse_overwrite, target

    from translit.errors import finite_number

    threshold = finite_number("threshold", threshold, 0, 1)
    if not os.path.exists(in_path):
        raise TranslitError(f"{in_path}: no such file")
    if os.path.isdir(in_path):
        raise TranslitError(f"{in_path} is a folder, not a MARC file")
    from translit.textfile import refuse_binary, refuse_nothing

    with open(in_path, "rb") as fh:
        refuse_binary(fh.read(16), in_path)  # a .mrc.gz or a zipped export: said, not 1 rejected record
    refuse_nothing(in_path, "check" if command == "check" else command.replace("add-880", "add 880s to"))
    xml = is_xml(in_path)
    jsn = not xml and is_json(in_path)
    writes = command != "check" and not dry_run
    if writes and not out_path:
        raise TranslitError(f"marc {command} needs an output file (or --dry-run)")
    rejects_path = rejects_path or rejects_default(in_path, out_path if writes else None, report_path, xml,
                                                   ".json" if jsn else None)
    refuse_overwrite([in_path], [out_path if writes else None, report_path, rejects_path])
    for p in (out_path if writes else None, report_path, rejects_path):
        if p:
            target(p)  # a folder, a missing folder or a FIFO is refused before any work
    records = iter_xml(in_path) if xml else iter_json(in_path) if jsn else iter_raw(in_path)
    report = MarcReport()
    out = AtomicFile(out_path) if writes else None
    rej: AtomicFile | None = None
    xml_writer = None
    if out is not None and (xml or out_path.lower().endswith(".xml")):
        import pymarc

        xml_writer = pymarc.XMLWriter(out.fh)
    json_out = out is not None and xml_writer is None and (jsn or out_path.lower().endswith(".json"))
    json_written = 0
    bar = _progress(None, progress)
    try:
        for results in run_ordered((command, {"threshold": threshold}), _chunks(records, 64), jobs, dask, worker=work):
            for r in results:
                report.records_in += 1
                if r.output is None:
                    report.rejected.append((r.position, r.reject_reason))
                    if rejects_path is None or (not r.raw and r.span is None):
                        continue  # only listed (no --rejects for check), or no bytes to keep
                    if rej is None:
                        rej = AtomicFile(rejects_path)
                        if xml:
                            rej.fh.write(_XML_HEAD)
                    if r.span is not None:
                        _copy_span(in_path, r.span, rej.fh)
                    else:
                        rej.fh.write(r.raw + (b"\n" if (xml or jsn) and r.raw else b""))
                    continue
                report.records_out += 1
                report.changed += r.changed
                report.differences.extend(r.differences)
                report.review.extend(r.review)
                if out is not None:
                    if xml_writer is not None:
                        xml_writer.write(parse(r.output))
                    elif json_out:
                        out.fh.write((b",\n" if json_written else b"[\n") + parse(r.output).as_json(
                            ensure_ascii=False).encode("utf-8"))
                        json_written += 1
                    else:
                        out.fh.write(r.output)
            if bar is not None:
                bar.update(len(results))
        if xml_writer is not None:
            xml_writer.close(close_fh=False)
        if json_out:
            out.fh.write(b"\n]\n" if json_written else b"[]\n")
        if rej is not None and xml:
            rej.fh.write(b"</collection>\n")
        if out is not None:
            out.commit()
        if rej is not None:
            rej.commit()
    except BaseException as exc:
        for f in (out, rej):
            if f is not None:
                f.abort()
        if isinstance(exc, OSError):
            raise TranslitError(f"{exc.filename or out_path or in_path}: {exc.strerror}") from None
        raise
    finally:
        if bar is not None:
            bar.close()
    report.rejects_path = rejects_path if rej is not None else None
    if report_path:
        write_report(report, report_path)
    return report


def report_rows(report: MarcReport, dry_run: bool = False) -> list[list[str]]:
    """The rows of a CSV report, its header first: the differences, the fields written or left for
    review and the notes, the rejected records. ``dry_run``: a field that was not written since
    nothing was says so (``880 would be written``)."""
    rows = [["record", "field", "found", "expected", "kind"]] + [d.row() for d in report.differences]
    for r in report.review:
        status = "would be written" if dry_run and r.get("status") == "written" else r.get("status")
        kind = r.get("kind") or (f"{status}: {r['reason']}" if "reason" in r
                                 else f"880 {status} (confidence {r.get('confidence', '')})")
        rows.append([r.get("record", ""), r.get("field", ""), r.get("romanized", ""), r.get("cyrillic", ""), kind])
    rows.extend([f"#{pos}", "", "", "", f"rejected: {reason}"] for pos, reason in report.rejected)
    return rows


def write_report(report: MarcReport, path: str) -> None:
    from translit.outfile import AtomicFile

    f = AtomicFile(path, "w")
    try:
        if path.lower().endswith((".html", ".htm")):
            f.fh.write(_html(report))
        else:
            csv.writer(f.fh, lineterminator="\n").writerows(report_rows(report))
        f.commit()
    except BaseException:
        f.abort()
        raise


def _mark(a: str, b: str) -> tuple[str, str]:
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    xa, xb = [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        sa, sb = html.escape(a[i1:i2]), html.escape(b[j1:j2])
        if op == "equal":
            xa.append(sa), xb.append(sb)
        else:
            xa.append(f"<mark>{sa}</mark>" if sa else ""), xb.append(f"<mark>{sb}</mark>" if sb else "")
    return "".join(xa), "".join(xb)


def _html(report: MarcReport) -> str:
    rows = []
    for d in report.differences:
        fa, fb = _mark(_norm(d.found), _norm(d.expected))
        rows.append(f"<tr><td>{html.escape(d.record)}</td><td>{html.escape(d.field)}</td><td>{html.escape(d.kind)}</td>"
                    f"<td lang='ru-Latn'>{fa}</td><td lang='ru-Latn'>{fb}</td></tr>")
    body = "\n".join(rows) or "<tr><td colspan='5'>No differences: every romanized field agrees with its 880.</td></tr>"
    rejected = "".join(f"<li>record at byte {p}: {html.escape(r)}</li>" for p, r in report.rejected)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>translit: MARC romanization check</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #222; background: #fcfcfa; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ border-bottom: 1px solid #ddd; padding: .4rem .5rem; text-align: left; vertical-align: top; }}
th {{ background: #f0efe9; position: sticky; top: 0; }} mark {{ background: #ffe08a; padding: 0 1px; }}
caption {{ text-align: left; padding: .5rem 0; color: #555; }}
</style></head><body>
<h1>Romanization check</h1>
<p>{html.escape(report.summary())}. Differences in capitalization and in tie encoding (U+0361 or U+FE20/U+FE21) are not reported.</p>
<table><caption>Each row: a romanized subfield that differs from the ALA-LC romanization of its 880.</caption>
<thead><tr><th>Record</th><th>Field</th><th>Kind</th><th>Found</th><th>Expected (ALA-LC of the 880)</th></tr></thead>
<tbody>
{body}
</tbody></table>
{f"<h2>Rejected records</h2><ul>{rejected}</ul>" if rejected else ""}
</body></html>
"""
