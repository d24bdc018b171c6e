"""What a newcomer meets on a first read of the README (review13): ``detect`` on a romanization
of another language says which and how to read it back; a one-word line's language reason reads
as English ("its one word", not "all 1 words"); ``convert --in`` refuses an ``--out`` name that
says another document format than the one written; a document given to another text command's
``--in`` points at ``convert`` rather than at piping a Word file into standard input."""

import docx
import pytest

from test_review11_newcomer import _main  # the command line run in this process

from translit.commands import COMMANDS
from translit.documents import convert_file
from translit.errors import TranslitError


# -- detect: another language's romanization ----------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Hrushevskyi Mykhailo", "uk"),           # Ukrainian national / ALA-LC without ties
    ("Đorđe Đorđević", "sr"),                 # Serbian Latin: đ
    ("Jeĺsk, Viciebsk, Mahilioŭ", "be"),      # Belarusian national: ĺ ŭ
])
def test_detect_names_the_other_language_and_the_command_to_read_it(text, lang):
    line = COMMANDS["detect"].line(text)
    assert line.startswith("not romanized Russian (")
    assert f"({lang}, " in line and line.endswith(f"translit cyrillic --lang {lang}")


@pytest.mark.parametrize("text", [
    "the cat sat on the mat with a hat",      # English: no other language claimed
    "Грушевський Михайло",                     # Cyrillic already
    "12345 67",                               # no words
])
def test_detect_names_no_language_where_none_is_taken(text):
    line = COMMANDS["detect"].line(text)
    assert "--lang" not in line and "); romanized " not in line


@pytest.mark.parametrize("text", ["Neizvestnyi Bukharin", "Boukharine, Nikolaï Ivanovitch", "Ėĭzenshteĭn"])
def test_detect_of_romanized_russian_is_unchanged(text):
    line = COMMANDS["detect"].line(text)
    assert not line.startswith("not romanized Russian") and "--lang" not in line


# -- the language reason of a one-word line ------------------------------------------------------

@pytest.mark.parametrize("word", ["Buharin", "Moskva", "Khrushchev"])
def test_one_word_reason_is_said_in_the_singular(word):
    reason = COMMANDS["key"].result(word)["lang_reason"]
    assert "all 1 words" not in reason
    assert reason.startswith("its one word reads as a Russian word")


@pytest.mark.parametrize("text, n", [("Neizvestnyi Bukharin", 2), ("Istoriia sovetskoi literatury", 3),
                                     ("Voina i mir", 3)])
def test_several_words_keep_their_count(text, n):
    assert COMMANDS["key"].result(text)["lang_reason"].startswith(f"all {n} words read as Russian words")


# -- convert --in: an --out name of another document format -------------------------------------

def _inputs(folder):
    """A RIS export, a BibTeX file and a Word document, each with romanized Russian in it."""
    ris = folder / "in.ris"
    ris.write_text("TY  - BOOK\nTI  - Istoriia sela\nAU  - Khlevniuk, Oleg\nER  - \n", encoding="utf-8")
    bib = folder / "in.bib"
    bib.write_text("@book{k,\n  title = {Ocherki istorii},\n  address = {Moskva}\n}\n", encoding="utf-8")
    word = folder / "in.docx"
    d = docx.Document()
    d.add_paragraph("See Khlevniuk, Khoziain (Moskva, 2010).")
    d.save(str(word))
    return ris, bib, word


@pytest.mark.parametrize("source, out_name, says", [
    ("in.ris", "out.docx", "name it .ris"),
    ("in.docx", "out.html", "name it .docx"),
    ("in.bib", "out.ris", "name it .bib"),
    ("in.docx", "out.txt", "name it .docx"),
])
def test_an_out_name_of_another_format_is_refused_and_nothing_written(tmp_path, source, out_name, says):
    _inputs(tmp_path)
    out = tmp_path / out_name
    with pytest.raises(TranslitError, match=says):
        convert_file(str(tmp_path / source), str(out), to="cyrillic")
    assert not out.exists()


@pytest.mark.parametrize("source, out_name", [
    ("in.bib", "out.txt"),    # a text format to .txt
    ("in.ris", "out"),        # no extension: taken as given
    ("in.docx", "out.dat"),   # an extension that is no document's
    ("in.ris", "out.ris"),    # the same format
])
def test_names_that_do_not_lie_are_written(tmp_path, source, out_name):
    _inputs(tmp_path)
    out = tmp_path / out_name
    report = convert_file(str(tmp_path / source), str(out), to="cyrillic")
    assert out.exists() and report.converted >= 1


def test_the_cli_says_it_in_one_line(capsys, tmp_path):
    ris, _, _ = _inputs(tmp_path)
    status, out, err = _main(capsys, "convert", "--to", "alalc", "--in", str(ris), "--out", str(tmp_path / "x.docx"))
    assert status == 2 and out == "" and len(err.strip().splitlines()) == 1 and "name it .ris" in err
    assert not (tmp_path / "x.docx").exists()


# -- a document given to another command's --in without a column --------------------------------

@pytest.mark.parametrize("command, source, to", [
    ("romanize", "in.docx", "--to SCHEME"),
    ("cyrillic", "in.bib", "--to cyrillic"),
    ("key", "in.ris", "--to SCHEME"),
])
def test_a_document_without_a_column_points_at_convert(capsys, tmp_path, command, source, to):
    _inputs(tmp_path)
    path = tmp_path / source
    status, _, err = _main(capsys, command, "--in", str(path), "--out", str(tmp_path / "out"))
    assert status == 2 and len(err.strip().splitlines()) == 1
    assert f"translit convert {to} --in {path}" in err and "standard input" not in err


@pytest.mark.parametrize("name", ["names.txt", "list", "titles.dat"])
def test_a_plain_text_file_still_gets_the_standard_input_hint(capsys, tmp_path, name):
    path = tmp_path / name
    path.write_text("Istoriia sela\nOcherki\n", encoding="utf-8")
    status, _, err = _main(capsys, "romanize", "--in", str(path), "--out", str(tmp_path / "o.csv"))
    assert status == 2 and f"translit romanize < {path} > OUTPUT" in err and "convert" not in err


# -- a table's option without --in ------------------------------------------------------------

@pytest.mark.parametrize("argv, named, how", [
    (("cyrillic", "--out", "{tmp}/x.csv", "Moskva"), "--out is for tables", "translit cyrillic … > FILE"),
    (("romanize", "--fix", "Ðåàáèëèòàöèÿ"), "--fix is for tables", "translit fix < FILE | translit romanize"),
    (("key", "--column", "title", "--jobs", "2", "Voina i mir"), "--column, --jobs are for tables", "--in FILE"),
    (("convert", "--to", "alalc", "--out", "{tmp}/x.txt", "Moskva"), "--out is for tables", "or a document"),
])
def test_a_table_option_without_in_is_refused_not_ignored(capsys, tmp_path, argv, named, how):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    status, out, err = _main(capsys, *argv)
    assert status == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert named in err and how in err
    assert not any(tmp_path.iterdir())  # no file written, none promised


@pytest.mark.parametrize("argv, expected", [
    (("romanize", "Москва"), "Moskva\n"),
    (("fix", "--fix", "Ðåàáèëèòàöèÿ"), "Реабилитация\n"),  # fix's own --fix is harmless
    (("cyrillic", "--json", "Moskva"), None),
])
def test_text_commands_without_table_options_are_unchanged(capsys, argv, expected):
    status, out, _ = _main(capsys, *argv)
    assert status == 0 and (expected is None or out == expected) and out.strip()
