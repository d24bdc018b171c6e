"""A BibTeX, RIS or HTML document given as a table (``--column``) is refused with one line that
says how to convert it, not read as a table whose first line names no such column."""

import pytest

from translit.batch import process_table
from translit.errors import TranslitError

DOCUMENTS = {
    "refs.bib": ("@article{smirnov1970,\n  title = {Ocherki istorii},\n  year = {1970}\n}\n", "a BibTeX file"),
    "refs.ris": ("TY  - BOOK\nTI  - Ocherki istorii\nER  - \n", "a RIS file"),
    "page.html": ("<!DOCTYPE html>\n<html><body><p>Ocherki istorii</p></body></html>\n", "an HTML page"),
    # the content decides, not the name: a BibTeX export saved as .csv
    "export.csv": ("@book{x,\n  title = {Istoriia},\n}\n", "a BibTeX file"),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_document_is_no_table(tmp_path, name):
    text, kind = DOCUMENTS[name]
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.csv"
    with pytest.raises(TranslitError) as exc:
        process_table(str(src), str(out), ("romanize", {}), column="title")
    assert f"is {kind}, not a table" in str(exc.value) and "without --column" in str(exc.value)
    assert not out.exists()


@pytest.mark.parametrize("header", ["title,year", "sep=;\ntitle;year", "<title>,year"])
def test_a_table_is_still_a_table(tmp_path, header):
    src = tmp_path / "t.csv"
    src.write_text(header + "\nIstoriia,1970\n".replace(",", "," if "," in header else ";"), encoding="utf-8")
    column = header.splitlines()[-1].split("," if "," in header else ";")[0]
    report = process_table(str(src), str(tmp_path / "out.csv"), ("key", {}), column=column)
    assert report.rows_in == report.rows_out == 1


def test_the_command_line_says_it_in_one_line(run_cli, tmp_path):
    src = tmp_path / "refs.bib"
    src.write_text(DOCUMENTS["refs.bib"][0], encoding="utf-8")
    proc = run_cli("convert", "--to", "cyrillic", "--in", str(src), "--column", "title", "--out",
                   str(tmp_path / "o.csv"), check=False)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    assert "translit convert --to SCHEME --in" in proc.stderr and "Traceback" not in proc.stderr
