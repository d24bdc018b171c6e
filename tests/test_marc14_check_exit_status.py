"""``translit marc check`` exits as diff does, so that a cataloguer's script can act on it: 0 when
every record was read and every romanized field agrees with the ALA-LC of its 880, 1 when some
field differs (the differences are listed), 2 when some record could not be checked or the file
could not be read (trouble outranks differences). It used to exit 0 whatever it found.

The records are written here (their titles are not in any benchmark), run through the real CLI
in a subprocess, in binary MARC, MARCXML and MARC-in-JSON."""

import csv
import io

import pymarc
import pytest
from pymarc import Field, Record, Subfield

from translit.cli import build_parser
from translit.marc import Difference, MarcReport, check_status


def paired(control: str, lang: str, latin: list[tuple[str, str]], cyrillic: list[tuple[str, str]]) -> Record:
    """A UTF-8 record whose 245 (``latin``) is linked through $6 to an 880 (``cyrillic``)."""
    r = Record(force_utf8=True)
    r.leader = r.leader[:9] + "a" + r.leader[10:]
    r.add_field(Field(tag="001", data=control))
    r.add_field(Field(tag="008", data="850101s1983    ru            000 0 " + lang + " d"))
    r.add_field(Field(tag="245", indicators=["1", "0"],
                      subfields=[Subfield("6", "880-01")] + [Subfield(c, v) for c, v in latin]))
    r.add_field(Field(tag="880", indicators=["1", "0"],
                      subfields=[Subfield("6", "245-01/(N")] + [Subfield(c, v) for c, v in cyrillic]))
    return r


# right: every 245 is the ALA-LC of its 880 (Russian and Ukrainian)
RIGHT = [
    paired("ok-turgenev", "rus", [("a", "Zapiski okhotnika /"), ("c", "Ivan Turgenev.")],
           [("a", "Записки охотника /"), ("c", "Иван Тургенев.")]),
    paired("ok-don", "rus", [("a", "Tikhiĭ Don :"), ("b", "roman.")], [("a", "Тихий Дон :"), ("b", "роман.")]),
    paired("ok-zhovtyi", "ukr", [("a", "Z͡hovtyĭ kni͡azʹ.")], [("a", "Жовтий князь.")]),
]
# wrong: three kinds of cataloguer's fault (BGN's y for й, a lost soft sign, a lost tie and soft sign)
WRONG = [
    paired("bad-voina", "rus", [("a", "Voyna i mir.")], [("a", "Война и мир.")]),
    paired("bad-pisma", "rus", [("a", "Pisma iz Rossii.")], [("a", "Письма из России.")]),
    paired("bad-kniaz", "ukr", [("a", "Z͡hovtyĭ knyaz.")], [("a", "Жовтий князь.")]),
]
NOT_MARC = b"00120nam  2200049   4500this is not a directory\x1e\x1d"  # a leader, then garbage


def binary(path, records, tail: bytes = b"") -> str:
    path.write_bytes(b"".join(r.as_marc() for r in records) + tail)
    return str(path)


def marcxml(path, records) -> str:
    buf = io.BytesIO()
    w = pymarc.XMLWriter(buf)
    for r in records:
        w.write(r)
    w.close(close_fh=False)
    path.write_bytes(buf.getvalue())
    return str(path)


def marc_json(path, records) -> str:
    path.write_text("[" + ",\n".join(r.as_json(ensure_ascii=False) for r in records) + "]\n", encoding="utf-8")
    return str(path)


def check(run_cli, *args):
    proc = run_cli("marc", "check", *args, check=False)
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    return proc.returncode, rows[1:], proc.stderr


@pytest.mark.parametrize("write", [binary, marcxml, marc_json], ids=["mrc", "xml", "json"])
def test_right_file_exits_0_and_a_file_with_faults_exits_1(tmp_path, run_cli, write):
    ext = {"binary": "mrc", "marcxml": "xml", "marc_json": "json"}[write.__name__]
    status, rows, err = check(run_cli, write(tmp_path / f"right.{ext}", RIGHT))
    assert status == 0 and rows == [], err
    status, rows, err = check(run_cli, write(tmp_path / f"mixed.{ext}", RIGHT + WRONG))
    assert status == 1, err
    assert sorted(r[0] for r in rows) == ["bad-kniaz", "bad-pisma", "bad-voina"]


def test_each_fault_alone_exits_1(tmp_path, run_cli):
    for r in WRONG:
        status, rows, err = check(run_cli, binary(tmp_path / "one.mrc", [r]))
        assert status == 1 and [row[0] for row in rows] == [r["001"].data], err


def test_the_report_file_does_not_change_the_status(tmp_path, run_cli):
    src = binary(tmp_path / "in.mrc", WRONG[:1] + RIGHT)
    proc = run_cli("marc", "check", src, "--report", str(tmp_path / "r.csv"), check=False)
    assert proc.returncode == 1, proc.stderr
    assert "bad-voina" in (tmp_path / "r.csv").read_text(encoding="utf-8")
    proc = run_cli("marc", "check", binary(tmp_path / "ok.mrc", RIGHT), "--report", str(tmp_path / "r.html"),
                   check=False)
    assert proc.returncode == 0 and "No differences" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_a_record_that_cannot_be_checked_exits_2_even_beside_differences(tmp_path, run_cli):
    status, rows, err = check(run_cli, binary(tmp_path / "r.mrc", RIGHT, tail=NOT_MARC))
    assert status == 2 and rows == [] and "1 rejected" in err
    status, rows, err = check(run_cli, binary(tmp_path / "w.mrc", WRONG, tail=NOT_MARC))
    assert status == 2 and len(rows) == 3 and "1 rejected" in err  # the differences are still listed
    status, rows, err = check(run_cli, binary(tmp_path / "g.mrc", [], tail=NOT_MARC))
    assert status == 2 and rows == []


def test_a_file_that_cannot_be_read_exits_2(tmp_path, run_cli):
    proc = run_cli("marc", "check", str(tmp_path / "missing.mrc"), check=False)
    assert proc.returncode == 2 and "no such file" in proc.stderr
    folder = tmp_path / "folder.mrc"
    folder.mkdir()
    assert run_cli("marc", "check", str(folder), check=False).returncode == 2


def test_check_status_counts_a_record_kept_after_an_error_as_trouble():
    diff = Difference("r1", "245 $a", "Voyna", "Voĭna", "letter")
    assert check_status(MarcReport(records_in=1, records_out=1)) == 0
    assert check_status(MarcReport(records_in=1, records_out=1, differences=[diff])) == 1
    kept = [{"record": "r2", "status": "error", "reason": "the record could not be processed"}]
    assert check_status(MarcReport(records_in=2, records_out=2, differences=[diff], review=kept)) == 2
    notes = [{"record": "r2", "status": "language", "reason": "coded rus, reads as Ukrainian"}]
    assert check_status(MarcReport(records_in=2, records_out=2, review=notes)) == 0  # a note is no fault


def test_the_help_names_the_exit_statuses():
    sub = next(a for a in build_parser()._actions if hasattr(a, "choices") and isinstance(a.choices, dict))
    text = sub.choices["marc"].format_help()
    assert "exit status:" in text
    assert "1 some field differs" in text and "2 some record could not be checked" in text


def test_other_actions_keep_their_status(tmp_path, run_cli):
    src = binary(tmp_path / "in.mrc", RIGHT + WRONG)
    assert run_cli("marc", "add-880", src, "--dry-run", check=False).returncode == 0
    assert run_cli("marc", "romanize", binary(tmp_path / "g.mrc", [], tail=NOT_MARC), str(tmp_path / "o.mrc"),
                   check=False).returncode == 1
