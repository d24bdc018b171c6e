"""marc check and a --dry-run write no record file: their summary counts the records read, not
records "out" or "changed" (which no file holds); romanize and add-880 keep in / out / changed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

import mixed_marc as mm  # noqa: E402
from mixed_marc import F, R  # noqa: E402

RECORDS = [
    R("s-one", "ru", "rus", fields=[F("245", "10", [("a", "Стихотворения", "Stikhotvorenii͡a")], mode="rom")]),
    R("s-two", "ru", "rus", fields=[F("245", "10", [("a", "Москва", "Moskva")], mode="rom")]),
    R("s-three", "ru", "rus", fields=[F("245", "10", [("a", "Письма", "Pisʹma")], mode="rom")]),
]


def _summary(stderr: str) -> str:
    return [line for line in stderr.splitlines() if "rejected" in line][-1]


def test_check_and_dry_runs_count_records_read(tmp_path, run_cli):
    src = tmp_path / "in.mrc"
    src.write_bytes(mm.file_bytes(RECORDS))
    for args in (["check", str(src)], ["romanize", str(src), "--dry-run"], ["add-880", str(src), "--dry-run"]):
        line = _summary(run_cli("marc", *args).stderr)
        assert "3 records read (no record file written)" in line, (args, line)
        assert " out," not in line and "changed" not in line, (args, line)


def test_runs_that_write_keep_in_and_out(tmp_path, run_cli):
    src = tmp_path / "in.mrc"
    src.write_bytes(mm.file_bytes(RECORDS))
    for action in ("romanize", "add-880"):
        out = tmp_path / f"{action}.mrc"
        line = _summary(run_cli("marc", action, str(src), str(out)).stderr)
        assert "3 records in, 3 out" in line and out.exists(), line
