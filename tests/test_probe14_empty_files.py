"""probe14: a named input file that holds nothing, and MARC's files named after an option, through
the real CLI (a subprocess).

* An empty or whitespace-only file was answered differently by every command: ``marc check`` read
  "0 records" and exited 0 on an empty file but rejected "a record at byte 6" of one holding
  spaces, a tab and line breaks; a table said "no column 'title'; the columns are:  " (CSV) or
  "0 rows in, 0 rows out" with exit 0 (JSON lines) or one problem per blank line; cluster said
  "no column"; demo printed nothing. Each now says, in one line, that the file is empty (0 bytes)
  or holds only whitespace, exits 2 and writes nothing, as a document already did for 0 bytes.
* A tab or form feed between MARC records was read as a damaged record, where line breaks and NUL
  or space padding are no record.
* ``marc romanize --dry-run IN`` (an option before the files) stopped with "this command does not
  take IN": argparse had filled IN and OUT as absent at its first chance."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MARC = ROOT / "tests" / "data" / "mixed_slavic.mrc"


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    p = subprocess.run([sys.executable, "-m", "translit", *args], capture_output=True, text=True, env=env,
                       cwd=cwd, timeout=600)
    assert "Traceback" not in p.stderr, p.stderr
    return p


NOTHING = [
    (b"", "is empty (0 bytes)"),
    (b"  \n\t\n\r\n", "holds only whitespace (7 bytes)"),
    (b"\xef\xbb\xbf\r\n\x00\x00", "holds only whitespace (7 bytes)"),
    (b"\xff\xfe \x00\n\x00", "holds only whitespace (6 bytes)"),
]

COMMANDS = [
    (["marc", "check", "in.mrc"], "in.mrc", "nothing to check", None),
    (["marc", "add-880", "in.mrc", "out.mrc"], "in.mrc", "nothing to add 880s to", "out.mrc"),
    (["marc", "romanize", "--in", "in.xml", "--out", "out.xml"], "in.xml", "nothing to romanize", "out.xml"),
    (["romanize", "--in", "in.csv", "--out", "out.csv", "--column", "title"], "in.csv", "nothing to work on", "out.csv"),
    (["key", "--in", "in.jsonl", "--out", "out.jsonl", "--field", "title"], "in.jsonl", "nothing to work on", "out.jsonl"),
    (["cluster", "in.txt"], "in.txt", "nothing to cluster", None),
    (["demo", "in.txt"], "in.txt", "nothing to read", None),
    (["convert", "--to", "cyrillic", "--in", "in.html", "--out", "out.html"], "in.html", "nothing to convert", "out.html"),
]


@pytest.mark.parametrize("data,said", NOTHING)
@pytest.mark.parametrize("args,name,what,out", COMMANDS, ids=lambda x: " ".join(x) if isinstance(x, list) else None)
def test_a_file_of_nothing_is_said_alike_by_every_command(tmp_path, data, said, args, name, what, out):
    (tmp_path / name).write_bytes(data)
    p = _run(args, tmp_path)
    assert p.returncode == 2, (p.returncode, p.stderr)
    assert f"{name} {said}: there is {what}; nothing was written" in p.stderr
    assert not p.stdout and (out is None or not (tmp_path / out).exists())
    assert sorted(x.name for x in tmp_path.iterdir()) == [name]  # no rejects file, no part file


@pytest.mark.parametrize("data", [b"title\n", b" x\n", b"\x00\x00Moskva\n"])
def test_a_file_with_something_in_it_is_still_read(tmp_path, data):
    """One byte that is no whitespace is something: the table is read (and its trouble said as before)."""
    (tmp_path / "in.csv").write_bytes(data)
    p = _run(["romanize", "--in", "in.csv", "--out", "out.csv", "--column", "title"], tmp_path)
    assert "nothing to work on" not in p.stderr


@pytest.mark.parametrize("gap", [b"\t", b"\x0c\r\n", b" \t \n\x0b"])
def test_whitespace_between_marc_records_is_no_record(tmp_path, gap):
    raw = MARC.read_bytes()
    records = [r + b"\x1d" for r in raw.split(b"\x1d") if r]
    """The file with a gap after every record reads as the file without: the same summary (its
    damaged records rejected as before, no gap counted as one)."""
    (tmp_path / "plain.mrc").write_bytes(b"".join(records))
    (tmp_path / "in.mrc").write_bytes(gap.join(records) + gap)
    plain = _run(["marc", "check", "plain.mrc"], tmp_path).stderr.splitlines()[-1]
    gapped = _run(["marc", "check", "in.mrc"], tmp_path).stderr.splitlines()[-1]
    assert f"{len(records)} records read" in plain
    assert gapped.replace("in.mrc", "plain.mrc") == plain


@pytest.mark.parametrize("options,files", [
    (["--dry-run"], ["in.mrc"]),
    (["--threshold", "0.5"], ["in.mrc", "out.mrc"]),
    (["--report", "r.csv"], ["in.mrc"]),
])
@pytest.mark.parametrize("action", ["check", "romanize", "add-880"])
def test_marc_files_named_after_an_option_are_read(tmp_path, action, options, files):
    """Options before the files do as options after them: the same output, the same words."""
    (tmp_path / "in.mrc").write_bytes(MARC.read_bytes())
    if action == "check":
        files = ["in.mrc"]
    elif "--dry-run" not in options:
        files = ["in.mrc", "out.mrc"]
    late = _run(["marc", action, *files, *options], tmp_path)
    written = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name != "in.mrc"}
    for name in written:
        (tmp_path / name).unlink()
    early = _run(["marc", action, *options, *files], tmp_path)
    assert "does not take" not in early.stderr and "records" in early.stderr
    assert (early.returncode, early.stdout, early.stderr) == (late.returncode, late.stdout, late.stderr)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name != "in.mrc"} == written


@pytest.mark.parametrize("args,said", [
    (["marc", "add-880", "--sceme", "alalc", "in.mrc", "out.mrc"], "--sceme"),
    (["marc", "check", "in.mrc", "other.mrc", "third.mrc"], "third.mrc"),
    (["marc", "romanize", "--dry-run", "in.mrc", "--bogus"], "--bogus"),
])
def test_what_marc_does_not_take_is_still_said(tmp_path, args, said):
    (tmp_path / "in.mrc").write_bytes(MARC.read_bytes())
    p = _run(args, tmp_path)
    assert p.returncode == 2 and said in p.stderr
