"""Batch tables: rows in = rows out, untouched columns, bad rows, atomic output, memory."""

import csv
import json
import subprocess
import sys
import textwrap

import pytest

from translit.batch import process_table


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_csv_keeps_every_row_and_column(tmp_path):
    src = _write(tmp_path / "in.csv", 'id,title,note\n1,Москва,"a, b"\n2\n3,Жуков,\n4,,empty\n')
    out = tmp_path / "out.csv"
    rep = process_table(src, str(out), ("romanize", {"scheme": "bgn-pcgn"}), column="title")
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows == [["id", "title", "note", "title_romanize"], ["1", "Москва", "a, b", "Moskva"], ["2"],
                    ["3", "Жуков", "", "Zhukov"], ["4", "", "empty", ""]]
    assert (rep.rows_in, rep.rows_out) == (4, 4)
    assert [(p.line, p.reason) for p in rep.problems] == [(3, "the row has no value in that column")]


def test_tsv_and_jobs_give_the_same_output(tmp_path):
    lines = "\n".join(f"{i}\tРеабилитация {i}" for i in range(2000))
    src = _write(tmp_path / "in.tsv", "n\ttitle\n" + lines + "\n")
    a, b = tmp_path / "a.tsv", tmp_path / "b.tsv"
    process_table(src, str(a), ("key", {}), column="title")
    process_table(src, str(b), ("key", {}), column="title", jobs=2)
    assert a.read_text() == b.read_text()
    assert len(a.read_text().splitlines()) == 2001


def test_jsonl_bad_records_pass_through(tmp_path):
    src = _write(tmp_path / "in.jsonl", '{"t": "Жуков"}\nnot json\n{"x": 1}\n{"t": "Ежов", "k": [1]}\n')
    out = tmp_path / "out.jsonl"
    rep = process_table(src, str(out), ("romanize", {"scheme": "alalc"}), column="t", out_column="lc")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0]) == {"t": "Жуков", "lc": "Zhukov"}
    assert lines[1] == "not json" and lines[2] == '{"x": 1}'
    assert json.loads(lines[3]) == {"t": "Ежов", "k": [1], "lc": "Ezhov"}
    assert [p.line for p in rep.problems] == [2, 3]


def test_missing_column_is_a_clear_error_and_writes_nothing(tmp_path, run_cli):
    src = _write(tmp_path / "in.csv", "a,b\n1,2\n")
    out = tmp_path / "out.csv"
    proc = run_cli("key", "--in", src, "--out", str(out), "--column", "title", check=False)
    assert proc.returncode == 2 and "no column 'title'" in proc.stderr
    assert not out.exists() and not list(tmp_path.glob(".translit-*"))


@pytest.mark.parametrize("table,name", [
    ("title,id,title\nМосква,1,Жуков\n", "in.csv"),
    ("id;title;title;title\n1;Москва;Жуков;Ежов\n", "in.csv"),
    ("title\ttitle\nМосква\tЖуков\n", "in.tsv"),
])
def test_a_column_named_twice_is_a_clear_error_and_writes_nothing(tmp_path, run_cli, table, name):
    src = _write(tmp_path / name, table)
    out = tmp_path / ("out" + name[2:])
    proc = run_cli("romanize", "--in", src, "--out", str(out), "--column", "title", check=False)
    assert proc.returncode == 2 and "names column 'title'" in proc.stderr and "rename all but one" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists() and not list(tmp_path.glob(".translit-*"))


@pytest.mark.parametrize("table,name,command", [
    ("id,title\n1,Москва\n", "in.csv", "romanize"),
    ("id;title\n1;Istoriia KPSS\n", "in.csv", "cyrillic"),
    ("id\ttitle\n1\tMoskva\n", "in.tsv", "key"),
])
def test_a_second_run_on_its_own_output_is_refused(tmp_path, run_cli, table, name, command):
    src = _write(tmp_path / name, table)
    once, twice = tmp_path / ("once" + name[2:]), tmp_path / ("twice" + name[2:])
    run_cli(command, "--in", src, "--out", str(once), "--column", "title")
    proc = run_cli(command, "--in", str(once), "--out", str(twice), "--column", "title", check=False)
    assert proc.returncode == 2 and f"already has a column 'title_{command}'" in proc.stderr
    assert not twice.exists()
    named = tmp_path / ("named" + name[2:])  # another name for the new column is the way out
    run_cli(command, "--in", str(once), "--out", str(named), "--column", "title", "--out-column", "again")
    header = named.read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith("again") and f"title_{command}" in header


def test_cli_batch_reports_line_numbers(tmp_path, run_cli):
    src2 = tmp_path / "in2.csv"
    src2.write_text("n,title\n1,Жуков\n2\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    proc = run_cli("romanize", "--in", str(src2), "--out", str(out), "--column", "title")
    assert f"{src2}:3:" in proc.stderr and "2 rows in, 2 rows out" in proc.stderr


def test_memory_stays_flat_on_a_million_rows(tmp_path):
    """Peak memory for 1,000,000 rows is close to that for 50,000: the batch streams."""
    script = textwrap.dedent("""
        import resource, sys
        from translit.batch import process_table
        src, out = sys.argv[1], sys.argv[2]
        process_table(src, out, ("romanize", {"scheme": "alalc"}), column="title", progress=False)
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """)
    words = ["Реабилитация", "как", "это", "было", "Москва", "Жуков", "архив", "дело"]

    def make(n, path):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("id,title\n")
            for i in range(n):
                fh.write(f"{i},{words[i % 8]} {words[(i // 8) % 8]} {i % 100}\n")

    peaks = []
    for n in (50_000, 1_000_000):
        src = tmp_path / f"in{n}.csv"
        make(n, src)
        res = subprocess.run([sys.executable, "-c", script, str(src), str(tmp_path / "out.csv")],
                             capture_output=True, text=True, check=True)
        peaks.append(int(res.stdout.strip()))
        assert sum(1 for _ in open(tmp_path / "out.csv", encoding="utf-8")) == n + 1
    assert peaks[1] < peaks[0] + 30_000, peaks  # kilobytes


def test_dask_local_cluster_keeps_order(tmp_path):
    from distributed import Client, LocalCluster

    lines = "\n".join(f"{i},Жуков {i}" for i in range(3000))
    src = _write(tmp_path / "in.csv", "n,title\n" + lines + "\n")
    local, remote = tmp_path / "a.csv", tmp_path / "b.csv"
    process_table(src, str(local), ("romanize", {"scheme": "iso9"}), column="title")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc, Client(lc) as client:
        process_table(src, str(remote), ("romanize", {"scheme": "iso9"}), column="title", dask=client)
    assert local.read_text(encoding="utf-8") == remote.read_text(encoding="utf-8")
