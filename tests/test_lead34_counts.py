"""A run's counts are written with thousands separated, every one of them alike (a summary of
12,000 rows, or 1,200 problems of one kind, is read at a glance; 49997 is not)."""
from translit.batch import BatchReport, Problem


def test_a_large_run_summary_separates_thousands_in_every_count():
    report = BatchReport(rows_in=12_000, rows_out=12_000,
                         problems=[Problem(n, "not UTF-8: byte 0xe9") for n in range(1, 1_501)])
    summary = report.summary("titles.csv")
    assert summary == "titles.csv: 12,000 rows in, 12,000 rows out, 1,500 with problems (1,500 without a result)"


def test_the_rows_beyond_those_shown_of_one_kind_are_counted_with_a_separator():
    report = BatchReport(rows_in=5_000, rows_out=5_000,
                         problems=[Problem(n, "lost letters: U+FFFD", failed=False) for n in range(2, 2_006)])
    lines = report.said("names.tsv")
    assert lines[:3] == [f"names.tsv:{n}: lost letters: U+FFFD" for n in (2, 3, 4)]
    assert "names.tsv: 2,001 more rows with the remark 'lost letters'" in lines[3]


def test_small_counts_are_unchanged():
    report = BatchReport(rows_in=1, rows_out=1, problems=[Problem(1, "missing value", failed=False)])
    assert report.summary("a.csv") == "a.csv: 1 row in, 1 row out, 1 with problems (0 without a result)"
