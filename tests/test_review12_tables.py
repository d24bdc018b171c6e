"""review12: one list of table names (``batch.TABLE_EXTENSIONS``) tells a table's format and whether
a file given to ``--in`` is named as a table (else the hint to read its lines on standard input)."""

import pytest

from translit.batch import _plain_hint, table_format


@pytest.mark.parametrize("name,fmt", [("names.TSV", "tsv"), ("list.tab", "tsv"), ("rows.ndjson", "jsonl"),
                                      ("rows.json", "jsonl"), ("sheet.csv", "csv"), ("odd.xyz", "csv")])
def test_format_by_name(name, fmt):
    assert table_format(name) == fmt
    assert table_format(name, "tsv") == "tsv"


@pytest.mark.parametrize("name", ["names.txt", "titles", "notes.md"])
def test_a_plain_file_gets_the_hint(name):
    assert "standard input" in _plain_hint(name, "romanize")


@pytest.mark.parametrize("name", ["names.csv", "names.TSV", "rows.jsonl"])
def test_a_table_gets_none(name):
    assert _plain_hint(name, "romanize") == ""
