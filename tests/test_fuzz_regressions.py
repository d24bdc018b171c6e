"""Replay the fuzzers' seed corpus and every crash they ever found (fuzz/crashes), without
atheris: each must now run through the target without an unexpected error, and each crash file
must give the result written down for it below."""

import sys
from pathlib import Path

import pytest

from translit.marc import work

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
sys.path.insert(0, str(FUZZ))
import targets  # noqa: E402

TARGETS = ("citation", "marc", "table", "marcxml", "document")
CRASHES = sorted((FUZZ / "crashes").glob("crash-*"))  # found by fuzz_marc before crash names said their target
CASES = [(t, p) for t in TARGETS for p in sorted((FUZZ / "corpus" / t).iterdir())]
CASES += [("marc", p) for p in CRASHES]
CASES += [(t, p) for t in TARGETS for p in sorted((FUZZ / "crashes").glob(f"{t}-crash-*"))]

# What the MARC commands must do with each crash file: the record id its reports carry and
# whether the record is rejected. A new crash file needs its row here.
CRASH_EXPECTED = {
    # a damaged leader byte shifts the directory, so pymarc cannot read field 001: the record
    # used to crash record_id(); now it is kept, named by its position, and the damage reported
    "crash-1f4de7fe5cabd988aa7b19060ffad1a60b596ca2": {"record": "#0", "rejected": False},
}


@pytest.mark.parametrize("target,path", CASES, ids=[f"{t}:{p.name}" for t, p in CASES])
def test_replay(target, path):
    getattr(targets, target)(path.read_bytes())


@pytest.mark.parametrize("path", CRASHES, ids=[p.name for p in CRASHES])
@pytest.mark.parametrize("command", ["check", "romanize"])
def test_crash_file_gives_its_expected_result(path, command):
    expected = CRASH_EXPECTED[path.name]
    raw = path.read_bytes()
    results = work((command, {}), [(7, raw)])
    assert len(results) == 1  # one record in, one result out
    r = results[0]
    assert r.position == 7
    if expected["rejected"]:
        assert r.output is None and r.reject_reason
        return
    assert r.reject_reason is None
    if command == "check" or not r.changed:
        assert r.output == raw  # a record the command does not change is written back byte for byte
    reports = [d.record for d in r.differences] + [x["record"] for x in r.review]
    want = expected["record"].replace("#0", "#7")  # a record without a readable 001 is named by its position
    assert set(reports) <= {want}
    if command == "check":
        assert r.differences  # the record is still compared, field by field
    assert all(x.get("reason") for x in r.review)


def test_record_without_001_is_named_by_its_position():
    from pymarc import Field, Record, Subfield

    rec = Record(force_utf8=True)
    rec.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("a", "Sindrom Petrushki")]))
    rec.add_field(Field(tag="880", indicators=["1", "0"],
                        subfields=[Subfield("6", "245-01"), Subfield("a", "Синдром Петрушки")]))
    rec["245"].add_subfield("6", "880-01", 0)
    rec.leader = rec.leader[:9] + "a" + rec.leader[10:]
    for position in (0, 3, 41):
        r = work(("check", {}), [(position, rec.as_marc())])[0]
        assert r.reject_reason is None and r.output == rec.as_marc()
        assert [d.record for d in r.differences] == [f"#{position}"] * len(r.differences)
