"""probe16: MARC records whose leader length is wrong, and records kept after an error, through the
real commands (translit.marc.run) on records of our own.

1. A leader length LONGER than the record (a record re-encoded shorter, UTF-8 to MARC-8, whose
   leader was not recounted) that ends with its terminator and whose directory spans it is read
   past as a shorter miscount is, not rejected as pymarc's "TruncatedRecord"; the output's leader
   counts its bytes.
2. A record over 99,999 bytes (no leader can hold its length) is rejected with a reason in words,
   never written back with a six-digit length that breaks its leader.
3. A record kept after an error (romanizing it would pass binary MARC's limits) is written with
   the export faults its reading went past set right (passed_on), as an unchanged record is.
"""
from __future__ import annotations

import pymarc
import pytest

from translit.marc import iter_raw, parse_reporting, run

C008 = b"850101s1985    ru            000 0 rus d"


def record(fields: list[tuple[bytes, bytes]], leader9: bytes = b"a", length: int | None = None) -> bytes:
    """A binary record from (tag, field bytes without terminator); ``length`` replaces the leader's."""
    directory, data = b"", b""
    for tag, body in fields:
        body += b"\x1e"
        directory += tag + b"%04d%05d" % (len(body), len(data))
        data += body
    base = 24 + len(directory) + 1
    total = base + len(data) + 1
    leader = b"%05dnam %s22%05d i 4500" % (total if length is None else length, leader9, base)
    return leader + directory + b"\x1e" + data + b"\x1d"


def field(tag: bytes, *subs: tuple[bytes, str]) -> tuple[bytes, bytes]:
    return tag, b"10" + b"".join(b"\x1f" + c + v.encode("utf-8") for c, v in subs)


def cyr_record(rid: str, title: str, name: str, **kw) -> bytes:
    return record([(b"001", rid.encode()), (b"008", C008), field(b"100", (b"a", name)),
                   field(b"245", (b"a", title))], **kw)


RECORDS = [("l-tolstoy", "Война и мир /", "Толстой, Лев,"),
           ("l-bulgakov", "Мастер и Маргарита /", "Булгаков, Михаил,"),
           ("l-platonov", "Котлован /", "Платонов, Андрей,")]


def written(path) -> list[pymarc.Record]:
    with open(path, "rb") as fh:  # plain pymarc, which trusts the leader
        return list(pymarc.MARCReader(fh, to_unicode=True, force_utf8=True))


@pytest.mark.parametrize("command", ["romanize", "check"])
def test_a_leader_longer_than_its_record_is_read_past(tmp_path, command):
    raws = [cyr_record(rid, t, n) for rid, t, n in RECORDS]
    src, out = tmp_path / "in.mrc", tmp_path / "out.mrc"
    longer = [b"%05d" % (len(r) + extra) + r[5:] for r, extra in zip(raws, (1, 40, 999))]
    src.write_bytes(b"".join(longer))
    for raw in longer:
        assert parse_reporting(raw)[1][0].startswith("length: the leader says")
    rep = run(command, str(src), str(out) if command == "romanize" else None, progress=False)
    assert not rep.rejected and rep.records_in == 3
    assert sum(r.get("status") == "length" for r in rep.review) == 3
    if command == "romanize":
        got = written(out)
        assert [r["001"].value() for r in got] == [rid for rid, _, _ in RECORDS]
        assert [sorted(f["a"] for f in r.get_fields("880")) for r in got] == [sorted([t, n]) for _, t, n in RECORDS]
        assert all(int(raw[:5]) == len(raw) for _, raw in iter_raw(str(out)))


@pytest.mark.parametrize("size", [100_000, 100_500, 100_900])
def test_a_record_no_leader_can_count_is_rejected_in_words(tmp_path, size):
    fields = [(b"001", b"big"), field(b"245", (b"a", "Voina i mir"))]
    fields += [field(b"500", (b"a", "An English note " + "x" * 9000)) for _ in range(11)]
    pad = size - len(record(fields + [field(b"500", (b"a", ""))], length=0))
    raw = record(fields + [field(b"500", (b"a", "y" * pad))], length=99_999)
    assert len(raw) == size
    with pytest.raises(ValueError, match="more than the 99,999 a MARC record can hold"):
        parse_reporting(raw)
    src, out = tmp_path / "in.mrc", tmp_path / "out.mrc"
    src.write_bytes(raw)
    rep = run("romanize", str(src), str(out), progress=False)
    assert len(rep.rejected) == 1 and rep.records_out == 0
    assert "TruncatedRecord" not in rep.rejected[0][1] and "Directory" not in rep.rejected[0][1]
    assert not out.exists() or out.read_bytes() == b""


def oversized(rid: str, word: str, leader9: bytes, length: int | None) -> bytes:
    """A UTF-8 Cyrillic record under 99,999 bytes that romanizing would take over the limit."""
    note = (word + " ") * (6000 // (len(word.encode()) + 1))
    fields = [(b"001", rid.encode()), (b"008", C008), field(b"245", (b"a", word + " /"))]
    fields += [field(b"505", (b"a", note)) for _ in range(14)]
    raw = record(fields, leader9=leader9)
    return raw if length is None else b"%05d" % length + raw[5:]


@pytest.mark.parametrize("rid, word, leader9, length", [
    ("k-says-marc8", "Москва", b" ", None),
    ("k-length", "Ленинград", b"a", 99_000),
    ("k-both", "Сибирь", b" ", 12_345),
])
def test_a_record_kept_after_an_error_is_written_with_its_faults_set_right(tmp_path, rid, word, leader9, length):
    raw = oversized(rid, word, leader9, length)
    src, out = tmp_path / "in.mrc", tmp_path / "out.mrc"
    src.write_bytes(raw)
    rep = run("romanize", str(src), str(out), progress=False)
    assert rep.records_out == 1 and not rep.rejected and rep.changed == 0
    assert any(r.get("status") == "error" and "99,999" in r["reason"] for r in rep.review)
    [(_, got)] = list(iter_raw(str(out)))
    assert int(got[:5]) == len(got) and got[9:10] == b"a"
    assert got[5:9] + got[10:] == raw[5:9] + raw[10:]  # every other byte the record's own
    assert written(out)[0]["245"]["a"] == word + " /"
