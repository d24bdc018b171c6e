"""The MARC commands' last line points to the report only when one is written; without --report
it says how to get one (it used to say "see the report" with no report anywhere)."""

import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIXED = os.path.join(ROOT, "tests", "data", "mixed_slavic.mrc")  # has notes: codes overruled, faults


@pytest.mark.parametrize("action,report", [("romanize", False), ("check", False), ("romanize", True),
                                           ("add-880", True)])
def test_the_summary_points_where_the_notes_are(run_cli, tmp_path, action, report):
    args = ["marc", action, MIXED] + ([str(tmp_path / "out.mrc")] if action != "check" else [])
    if report:
        args += ["--report", str(tmp_path / "report.csv")]
    last = run_cli(*args, check=False).stderr.strip().splitlines()[-1]
    assert action != "romanize" or "notes" in last  # the file's faults are noted: the case that matters
    if "notes" in last or "error" in last:
        assert ("see the report" in last) == report
        assert ("give --report FILE.csv" in last) == (not report)
    assert os.path.exists(tmp_path / "report.csv") == report
