"""A MARC-8 record (leader/09 blank) that also holds UTF-8 subfields, as records merged from two
sources do: each UTF-8 subfield is read as UTF-8, never as ANSEL letters (Толстой read in
MARC-8 is "Ø £ æ ø": a silent loss), and the record says so in a note. Run through the real
CLI (``translit marc romanize``) on records of our own."""
from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pymarc
import pytest

ROOT = Path(__file__).resolve().parents[1]


def _marc8_record(fields: list[tuple[str, list[tuple[str, bytes]]]]) -> bytes:
    """A binary record, leader/09 blank (MARC-8), whose subfields are the given bytes as they are."""
    body, directory, at = b"", b"", 0
    for tag, subfields in fields:
        data = b"10" + b"".join(b"\x1f" + code.encode() + value for code, value in subfields) + b"\x1e"
        directory += tag.encode() + b"%04d%05d" % (len(data), at)
        body += data
        at += len(data)
    control = b"001" + b"%04d%05d" % (3, 0)
    body = b"x1\x1e" + body
    directory = control + b"".join(directory[i:i + 12][:3] + directory[i:i + 12][3:7]
                                   + b"%05d" % (int(directory[i + 7:i + 12]) + 3)
                                   for i in range(0, len(directory), 12))
    base = 24 + len(directory) + 1
    total = base + len(body) + 1
    leader = b"%05dnam  22%05d i 4500" % (total, base)
    return leader + directory + b"\x1e" + body + b"\x1d"


def _romanize(tmp_path: Path, raw: bytes) -> tuple[list, list[list[str]]]:
    src, out, report = tmp_path / "in.mrc", tmp_path / "out.mrc", tmp_path / "report.csv"
    src.write_bytes(raw)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.run([sys.executable, "-m", "translit", "marc", "romanize", str(src), str(out),
                        "--report", str(report)], capture_output=True, env=env, timeout=300)
    assert p.returncode == 0, p.stderr.decode()
    assert b"Traceback" not in p.stderr
    records = list(pymarc.MARCReader(out.read_bytes(), to_unicode=True, force_utf8=True))
    return records, list(csv.reader(report.open(encoding="utf-8")))


CASES = [
    # (fields in bytes, the Cyrillic that must reach an 880 unchanged)
    ([("245", [("a", b"\x1b(NnEIZw\x1b(B :"), ("b", "письма".encode())]), ("100", [("a", "Толстой, Лев".encode())])],
     ["Толстой, Лев", "письма"]),
    ([("100", [("a", "Цветаева, Марина".encode())]), ("245", [("a", b"Stikhi / \x1b(NmARINA\x1b(B")])],
     ["Цветаева, Марина"]),
    ([("245", [("a", "Ёлка".encode()), ("c", b"\x1b(NsOST.\x1b(B")]), ("260", [("b", "Изд-во «Правда»".encode())])],
     ["Ёлка", "Изд-во «Правда»"]),
]


@pytest.mark.parametrize("fields,cyrillic", CASES)
def test_utf8_subfields_of_a_marc8_record_are_read_as_utf8(tmp_path, fields, cyrillic):
    records, report = _romanize(tmp_path, _marc8_record(fields))
    assert len(records) == 1
    held = " | ".join(sf.value for f in records[0].get_fields("880") for sf in f.subfields)
    for text in cyrillic:
        assert text in held, held
    assert any("hold UTF-8 (read as UTF-8)" in " ".join(row) for row in report)
    # nothing of the UTF-8 parts is reported as an unmapped MARC-8 character
    assert not any("Unable to parse" in " ".join(row) for row in report)


def test_a_record_all_in_marc8_gets_no_such_note(tmp_path):
    records, report = _romanize(tmp_path, _marc8_record([("245", [("a", b"\x1b(NnEIZWESTNYJ\x1b(B")])]))
    assert len(records) == 1
    assert not any("hold UTF-8" in " ".join(row) for row in report)
