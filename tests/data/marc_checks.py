"""Helpers the MARC mixed-export tests share (tests/test_marc_mixed2.py, 3 and 4):
run a command of `translit marc` on records built by mixed_marc.py's builder and compare its output
with their hand-written truth (NFC and tie encoding folded)."""

from __future__ import annotations

import unicodedata

import mixed_marc as mm
from mixed_marc import F

from translit.marc import iter_raw, parse_reporting, run
from translit.normalize import fold_ties


def norm(s: str, fold: bool = False) -> str:
    s = unicodedata.normalize("NFC", fold_ties(unicodedata.normalize("NFC", s))).strip()
    return s.casefold() if fold else s


def subs(f) -> list[tuple[str, str]]:
    return [(s.code, s.value) for s in f.subfields if s.code != "6"]


def run_on(tmp_path, records, command, **kw):
    """Run ``command`` on the records' file; the report and, but for check, the output records by 001."""
    src = tmp_path / "in.mrc"
    src.write_bytes(mm.file_bytes(records))
    out = tmp_path / f"{command}.mrc"
    rep = run(command, str(src), str(out) if command != "check" else None, progress=False, **kw)
    got = {}
    if command != "check":
        for _, raw in iter_raw(str(out)):
            rec = parse_reporting(raw)[0]
            got[rec["001"].value()] = rec
    return rep, got


def vernacular(rec, field):
    """The 880 linked to ``field`` by $6, or None."""
    link = field.get("6") or ""
    found = [v for v in rec.get_fields("880") if link[4:6] and (v.get("6") or "").startswith(f"{field.tag}-{link[4:6]}")]
    assert len(found) <= 1, "two 880s share one $6 number"
    return found[0] if found else None


def expect_880(rec, f: F):
    vern = vernacular(rec, rec.get_fields(f.tag)[0])
    assert vern is not None, (rec["001"].value(), f.tag, "no 880")
    want = [(c, norm(cv if cv is not None else rv, True)) for c, cv, rv in f.subs]
    assert [(c, norm(v, True)) for c, v in subs(vern)] == want, (rec["001"].value(), f.tag)


def expect_romanized(rec, f: F):
    got = [(c, norm(v)) for c, v in subs(rec.get_fields(f.tag)[0])]
    assert got == [(c, norm(rv)) for c, _, rv in f.subs], (rec["001"].value(), f.tag)


def notes(rep, rid: str) -> list[str]:
    """The report's language notes on record ``rid``."""
    return [x.get("reason", "") for x in rep.review if x.get("record") == rid and x.get("status") == "language"]


def expect_no_880(rec, f: F):
    """The field has no 880 and is as it came (English: a Western name, the cataloguer's note)."""
    field = rec.get_fields(f.tag)[0]
    assert vernacular(rec, field) is None, (rec["001"].value(), f.tag)
    assert subs(field) == [(c, rv) for c, _, rv in f.subs]


def expect_every_field_romanized(tmp_path, records):
    """``romanize`` on ``records`` gives every field its hand-written romanization."""
    _, got = run_on(tmp_path, records, "romanize")
    for r in records:
        for f in r.fields:
            expect_romanized(got[r.id], f)


def expect_880_on_first(tmp_path, records, n: int = 1):
    """``add-880`` on ``records`` gives each record's first ``n`` fields an 880 and the rest none."""
    _, got = run_on(tmp_path, records, "add-880")
    for r in records:
        for f in r.fields[:n]:
            expect_880(got[r.id], f)
        for f in r.fields[n:]:
            expect_no_880(got[r.id], f)
