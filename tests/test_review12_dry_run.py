"""review12: the line a MARC ``--dry-run`` prints counts with :func:`translit.errors.counted`, as the
run's summary does (one record, two records, no records), not a plural of its own making."""

import pytest

from translit.marc import MarcReport, dry_run_summary


@pytest.mark.parametrize("n,word", [(0, "0 records"), (1, "1 record"), (2, "2 records")])
def test_romanize_counts_records(n, word):
    line = dry_run_summary(MarcReport(records_in=n, records_out=n, changed=n), "romanize", "out.mrc")
    assert line == (f"dry run, nothing written: {word} would be romanized (their Cyrillic kept in 880s); "
                    f"out.mrc would hold {word}")


@pytest.mark.parametrize("written,fields", [(0, "0 fields"), (1, "1 field"), (3, "3 fields")])
def test_add_880_counts_fields_and_records(written, fields):
    review = [{"status": "written"}] * written + [{"status": "review"}]
    report = MarcReport(records_in=2, records_out=2, changed=1, review=review, rejected=[(7, "bad leader")])
    line = dry_run_summary(report, "add-880", None)
    assert line == (f"dry run, nothing written: {fields} would get an 880 in 1 record, 1 would be left for "
                    "review; the output would hold 2 records, 1 rejected")
