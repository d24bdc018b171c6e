"""What a first user meets: option names shared between commands (--in/--out for marc and
cluster, --json for cluster, --version), error messages that say what was meant (a mistyped GET
parameter, a scheme of another language, a mistyped column), help texts that name defaults, and
summary lines that count in English (1 record, 2 records)."""

import json

import pytest

from translit import cli
from translit.errors import UnknownSchemeError, counted


def _main(capsys, *argv):
    """Run the command line in this process: (exit status, stdout, stderr)."""
    try:
        status = cli.main(list(argv))
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


# -- --version --------------------------------------------------------------------------------

def test_version_prints_the_package_version(capsys):
    import translit

    status, out, _ = _main(capsys, "--version")
    assert status == 0 and out.strip() == f"translit {translit.__version__}"


# -- cluster: --json and --in beside --format json and the positional file ---------------------

@pytest.mark.parametrize("headings", [
    ["N. I. Bukharin", "Boukharine, Nikolaï", "Бухарин, Николай Иванович"],
    ["Yezhov", "Jeschow", "Ежов"],
    ["Tsvetaeva, Marina", "Zwetajewa, Marina", "Цветаева, Марина", "Istoriia Rossii"],
])
def test_cluster_json_and_in_are_the_same_as_format_json_and_file(capsys, tmp_path, headings):
    path = tmp_path / "headings.txt"
    path.write_text("\n".join(headings) + "\n", encoding="utf-8")
    s1, by_format, _ = _main(capsys, "cluster", str(path), "--format", "json")
    s2, by_json, _ = _main(capsys, "cluster", "--in", str(path), "--json")
    assert s1 == s2 == 0 and by_json == by_format
    clusters = json.loads(by_json)
    assert sum(len(c["members"]) for c in clusters) == len(headings)


@pytest.mark.parametrize("argv, message", [
    (("cluster",), "no file of headings: give it as an argument or with --in FILE"),
    (("cluster", "a.txt", "--in", "b.txt"), "file of headings given twice (a.txt and --in b.txt)"),
    (("marc", "check"), "no input file (IN): give it as an argument or with --in FILE"),
    (("marc", "check", "a.mrc", "--in", "b.mrc"), "input file (IN) given twice"),
])
def test_a_file_given_neither_way_or_twice_is_one_line(capsys, argv, message):
    status, out, err = _main(capsys, *argv)
    assert status == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1


# -- marc: --in and --out beside IN and OUT ----------------------------------------------------

def _record(number: str, title: str, place: str) -> bytes:
    from pymarc import Field, Record, Subfield

    r = Record(force_utf8=True)
    r.leader = r.leader[:9] + "a" + r.leader[10:]
    r.add_field(Field(tag="001", data=number))
    r.add_field(Field(tag="008", data="900101s1993    ru            000 0 rus d"))
    r.add_field(Field(tag="245", indicators=["1", "0"], subfields=[Subfield("a", title)]))
    r.add_field(Field(tag="260", indicators=[" ", " "], subfields=[Subfield("a", place)]))
    return r.as_marc()


@pytest.mark.parametrize("title, place", [
    ("Реабилитация : как это было.", "Москва :"),
    ("Очерки по истории русской культуры.", "Санкт-Петербург :"),
    ("Письма и документы.", "Ленинград :"),
])
def test_marc_in_out_options_write_what_the_arguments_write(capsys, tmp_path, title, place):
    src = tmp_path / "in.mrc"
    src.write_bytes(_record("r11", title, place))
    a, b = tmp_path / "a.mrc", tmp_path / "b.mrc"
    s1, _, err1 = _main(capsys, "marc", "romanize", str(src), str(a))
    s2, _, err2 = _main(capsys, "marc", "romanize", "--in", str(src), "--out", str(b))
    assert s1 == s2 == 0 and a.read_bytes() == b.read_bytes() != src.read_bytes()
    assert "1 record in, 1 out, 1 changed" in err2 and "0 differences, 0 fields for review" in err2


def test_marc_romanize_without_out_names_both_ways(capsys, tmp_path):
    src = tmp_path / "in.mrc"
    src.write_bytes(_record("r11", "Письма.", "Москва :"))
    status, _, err = _main(capsys, "marc", "romanize", str(src))
    assert status == 2 and "--out FILE" in err and "--dry-run" in err


# -- counted: the summary lines --------------------------------------------------------------

@pytest.mark.parametrize("n, word, expected", [
    (0, "record", "0 records"), (1, "record", "1 record"), (2, "row", "2 rows"),
    (1, "difference", "1 difference"), (12, "field", "12 fields"), (1, "child", "1 child"),
    (3, "child", "3 children"),
])
def test_counted(n, word, expected):
    assert counted(n, word, "children" if word == "child" else None) == expected


@pytest.mark.parametrize("rows", [["Цветаева"], ["Москва", "Киев"], ["Щукин", "Ежов", "Бухарин"]])
def test_table_summary_counts_rows_in_english(capsys, tmp_path, rows):
    src, dst = tmp_path / "t.csv", tmp_path / "o.csv"
    src.write_text("title\n" + "\n".join(rows) + "\n", encoding="utf-8")
    status, _, err = _main(capsys, "romanize", "--in", str(src), "--out", str(dst), "--column", "title")
    n = len(rows)
    assert status == 0 and f"{n} row{'s' * (n != 1)} in, {n} row{'s' * (n != 1)} out" in err


# -- a mistyped column ------------------------------------------------------------------------

@pytest.mark.parametrize("typed, meant", [("Title", "title"), ("titel", "title"), ("heading", "headings")])
def test_a_mistyped_column_names_the_one_meant(capsys, tmp_path, typed, meant):
    src = tmp_path / "t.csv"
    src.write_text(f"id,{meant}\n1,Москва\n", encoding="utf-8")
    status, _, err = _main(capsys, "romanize", "--in", str(src), "--out", str(tmp_path / "o.csv"),
                           "--column", typed)
    assert status == 2 and f"no column {typed!r} (did you mean {meant!r}?)" in err
    assert not (tmp_path / "o.csv").exists()


def test_a_column_like_none_gets_no_hint(capsys, tmp_path):
    src = tmp_path / "t.csv"
    src.write_text("id,title\n1,Москва\n", encoding="utf-8")
    _, _, err = _main(capsys, "romanize", "--in", str(src), "--out", str(tmp_path / "o.csv"), "--column", "zzzz")
    assert "no column 'zzzz'; the columns are: id, title" in err


# -- a scheme of another language -------------------------------------------------------------

@pytest.mark.parametrize("scheme, lang, other", [
    ("national", None, "uk"),   # Ukrainian's (and others') own system, asked of Russian
    ("icao", "uk", "ru"),       # a Russian scheme asked of Ukrainian
    ("gost-779b", "be", "ru"),  # and of Belarusian
])
def test_a_scheme_of_another_language_says_which_and_how(scheme, lang, other):
    import translit

    with pytest.raises(UnknownSchemeError) as caught:
        translit.romanize("Москва", scheme, lang=lang) if lang else translit.romanize("Москва", scheme)
    message = str(caught.value)
    assert f"unknown scheme {scheme!r} for " in message and f"--lang {other}" in message
    assert "did you mean" not in message


@pytest.mark.parametrize("scheme, meant", [("ALA-LC", "alalc"), ("BGN/PCGN", "bgn-pcgn"), ("ISO 9", "iso9")])
def test_a_mistyped_scheme_still_gets_its_hint(scheme, meant):
    import translit

    with pytest.raises(UnknownSchemeError, match=f"did you mean '{meant}'"):
        translit.romanize("Москва", scheme)


def test_the_cli_says_so_for_convert_and_cyrillic(capsys):
    for argv in (("convert", "--to", "national", "Voina"), ("cyrillic", "--scheme", "national", "Voina")):
        status, _, err = _main(capsys, *argv)
        assert status == 2 and "it is a scheme of uk" in err and len(err.strip().splitlines()) == 1


# -- help texts -------------------------------------------------------------------------------

@pytest.mark.parametrize("command, default", [
    ("cyrillic", "(default catalogue; running when the lines are read as one document)"),
    ("key", "(default catalogue; running when the lines are read as one document)"),
    ("convert", "(default running)"),
])
def test_policy_help_names_the_commands_default(capsys, command, default):
    _, out, _ = _main(capsys, command, "--help")
    assert default in " ".join(out.split())


def test_convert_format_help_lists_every_extension(capsys):
    from translit.documents import EXTENSIONS

    _, out, _ = _main(capsys, "convert", "--help")
    flat = "".join(out.split())
    assert all(ext in flat for ext in EXTENSIONS)


# -- the GET API: a mistyped parameter --------------------------------------------------------

@pytest.fixture(scope="module")
def base():
    from conftest import live_server

    from translit.web.app import create_app

    with live_server(create_app()) as url:
        yield url


@pytest.mark.parametrize("path, typed, meant", [
    ("/api/romanize?text=x&shceme=alalc", "shceme", "scheme"),
    ("/api/cyrillic?text=x&polcy=running", "polcy", "policy"),
    ("/api/convert?text=x&too=alalc", "too", "to"),
    ("/api/romanize?text=x&ligature=marc", "ligature", "ligatures"),
])
def test_a_mistyped_query_parameter_names_the_one_meant(base, path, typed, meant):
    import httpx

    r = httpx.get(base + path)
    assert r.status_code == 422
    msg = r.json()["detail"][0]["msg"]
    assert msg.startswith(f"unknown parameter {typed!r} (did you mean {meant!r}") and "the parameters are:" in msg


def test_scheme_options_still_pass_as_parameters(base):
    import httpx

    r = httpx.get(base + "/api/romanize", params={"text": "Цветаева", "ligatures": "marc"})
    assert r.status_code == 200 and r.json()["output"] == "T\ufe20S\ufe21vetaeva"
    r = httpx.get(base + "/api/key", params={"text": "Москва", "zzzz": "1"})
    assert r.status_code == 422 and r.json()["detail"][0]["msg"].startswith("unknown parameter 'zzzz'; ")


# -- --in with a file that is not a table -----------------------------------------------------

@pytest.mark.parametrize("name, command", [("names.txt", "romanize"), ("my names", "key"), ("list.lst", "cyrillic")])
def test_a_plain_text_file_given_to_in_says_how_to_read_it(capsys, tmp_path, name, command):
    src = tmp_path / name
    src.write_text("Москва\nКиев\n", encoding="utf-8")
    status, _, err = _main(capsys, command, "--in", str(src), "--out", str(tmp_path / "out"))
    import shlex

    assert status == 2 and f"translit {command} < {shlex.quote(str(src))} > OUTPUT" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", ["t.csv", "t.tsv", "t.jsonl"])
def test_a_table_without_column_gets_no_such_hint(capsys, tmp_path, name):
    src = tmp_path / name
    src.write_text("title\nМосква\n", encoding="utf-8")
    status, _, err = _main(capsys, "romanize", "--in", str(src), "--out", str(tmp_path / "out"))
    assert status == 2 and "name the column (--column)" in err and "standard input" not in err


# -- serve: a port in use, an address not ours, a port out of range ---------------------------

@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_port_in_use_is_one_line_before_the_server_starts(host):
    import socket

    from translit.errors import TranslitError

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(TranslitError, match=f"port {port} on {host} is in use .*--port"):
            cli.check_listen(host, port)
    cli.check_listen(host, port)  # free again: no error


@pytest.mark.parametrize("host", ["192.0.2.1", "nosuchhost.invalid"])  # TEST-NET-1, a reserved name
def test_an_address_this_machine_cannot_listen_on_is_one_line(host):
    from translit.errors import TranslitError

    with pytest.raises(TranslitError, match=f"cannot listen on {host}"):
        cli.check_listen(host, 8000)


@pytest.mark.parametrize("port, message", [("70000", "a port is 1 to 65535, not 70000"),
                                           ("0", "a port is 1 to 65535, not 0"),
                                           ("eighty", "not a port number: 'eighty'")])
def test_a_port_out_of_range_is_an_argument_error(capsys, port, message):
    status, _, err = _main(capsys, "serve", "--port", port)
    assert status == 2 and message in err and "Traceback" not in err


# -- thresholds on the wrong scale ------------------------------------------------------------

@pytest.mark.parametrize("value, meant", [(90, "0.9"), (75.5, "0.755"), (100, "1")])
def test_a_confidence_given_as_a_percentage_names_the_value_meant(value, meant):
    import translit
    from translit.errors import TranslitError

    with pytest.raises(TranslitError, match=rf"threshold must be from 0 to 1, not {value:g} \({value:g} % is {meant}\)"):
        translit.convert("Neizvestnyi Bukharin", threshold=value)


@pytest.mark.parametrize("value", [-0.1, 101, 1e6])
def test_thresholds_out_of_their_range_are_refused(value, tmp_path):
    import translit
    from translit.errors import TranslitError
    from translit.marc import run

    with pytest.raises(TranslitError, match="threshold must be from 0 to 1"):
        translit.convert("Moskva", threshold=value)
    with pytest.raises(TranslitError, match="threshold must be from 0 to 1"):
        run("add-880", str(tmp_path / "none.mrc"), str(tmp_path / "out.mrc"), threshold=value)
    if not 0 <= value <= 100:
        with pytest.raises(TranslitError, match="threshold must be from 0 to 100"):
            translit.cluster(["Moskva", "Moskwa"], threshold=value)


@pytest.mark.parametrize("value", [0, 0.5, 1])
def test_thresholds_in_range_still_run(value):
    import translit

    c = translit.convert("Neizvestnyi Bukharin", to="alalc", threshold=value)
    assert c.text in ("Neizvestnyĭ Bukharin", "Neizvestnyi Bukharin")
    assert len(translit.cluster(["Moskva", "Moskwa"], threshold=value * 100)) >= 1


# -- a file option given to a text command without tables ------------------------------------

@pytest.mark.parametrize("argv, tables", [
    (("cite", "--in", "footnotes.txt"), False),
    (("gloss", "--out=glossed.txt", "x"), False),
    (("detect", "--in", "titles.csv", "--column", "title"), True),
])
def test_a_file_option_on_a_text_command_says_standard_input(capsys, argv, tables):
    status, out, err = _main(capsys, *argv)
    first = err.splitlines()[0]
    assert status == 2 and out == "" and f"translit {argv[0]} < FILE > OUTPUT" in first
    assert ("table options of romanize" in first) == tables


def test_a_mistyped_option_gets_no_standard_input_hint(capsys):
    status, _, err = _main(capsys, "gloss", "--wrods", "x")
    assert status == 2 and "did you mean --words?" in err and "standard input" not in err


# -- a document job's mistyped form field ----------------------------------------------------

@pytest.mark.parametrize("typed, meant", [("tresh", "threshold"), ("sorce", "source"), ("line-by-line", "line_by_line")])
def test_a_mistyped_document_field_names_the_one_meant(typed, meant):
    from fastapi import HTTPException

    from translit.web.batch_api import document_form

    with pytest.raises(HTTPException) as caught:
        document_form({typed: "1"}, "alalc")
    assert caught.value.status_code == 422
    assert caught.value.detail.startswith(f"unknown field {typed!r} (did you mean {meant!r}?); a document job takes:")


# -- another command's name for an option -----------------------------------------------------

@pytest.mark.parametrize("argv, here", [
    (("convert", "--scheme", "alalc", "x"), "--to names the scheme to write, --source the scheme the input is in"),
    (("romanize", "--to", "bgn-pcgn", "Щукин"), "--scheme names the scheme to write"),
    (("cyrillic", "--source", "alalc", "Shchukin"), "--scheme names the scheme the input is in"),
    (("detect", "--format", "json", "x"), "--json gives one JSON object per line"),
])
def test_another_commands_option_name_says_what_this_command_calls_it(capsys, argv, here):
    status, out, err = _main(capsys, *argv)
    assert status == 2 and out == "" and f"does not take {argv[1]} (here: {here})" in err


def test_the_role_hint_needs_the_option_it_names(capsys):
    # cluster has --format itself; marc has no --json: no hint pointing to an option that is not there
    status, _, err = _main(capsys, "marc", "check", "x.mrc", "--format", "json")
    assert status == 2 and "here:" not in err


@pytest.mark.parametrize("low, high, value, message", [
    (0, None, -1, "must be at least 0, not -1"), (None, 5, 6, "must be at most 5, not 6"),
    (0, 100, 101, "must be from 0 to 100, not 101"),
])
def test_finite_number_names_its_bounds(low, high, value, message):
    from translit.errors import TranslitError, finite_number

    with pytest.raises(TranslitError, match=message):
        finite_number("x", value, low, high)
    assert finite_number("x", low if low is not None else high, low, high) in (low, high)


@pytest.mark.parametrize("command, shown", [("fix", False), ("romanize", True), ("key", True), ("cyrillic", True)])
def test_fix_help_does_not_offer_fix_first(capsys, command, shown):
    _, out, _ = _main(capsys, command, "--help")
    assert ("repair damaged text first" in out) == shown


def test_fix_still_takes_fix(capsys):
    status, out, _ = _main(capsys, "fix", "--fix", "Ðåàáèëèòàöèÿ")
    assert status == 0 and out == "Реабилитация\n"


# -- a command waiting at the keyboard --------------------------------------------------------

def _at_a_terminal(*argv, typed: bytes) -> tuple[int, str, str]:
    """Run ``translit ARGV`` with a terminal as standard input, type ``typed`` and Ctrl-D."""
    import os
    import subprocess
    import sys
    import time

    master, slave = os.openpty()
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "translit", *argv], stdin=slave, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    os.close(slave)
    try:
        time.sleep(0.5)
        os.write(master, typed + b"\n\x04")
        out, err = proc.communicate(timeout=300)
    finally:
        os.close(master)
    return proc.returncode, out.decode(), err.decode()


@pytest.mark.parametrize("argv, typed, expected", [
    (("romanize",), "Щукин", "Shchukin"),
    (("key",), "Boukharine", "bukharin"),
    (("cite", "--style", "gost"), "RGASPI, f. 17, op. 3, d. 1003", "РГАСПИ. Ф. 17. Оп. 3. Д. 1003."),
])
def test_a_command_at_the_keyboard_says_it_is_reading(argv, typed, expected):
    status, out, err = _at_a_terminal(*argv, typed=typed.encode())
    assert status == 0 and "reading one text per line from the keyboard; Ctrl-D ends" in err
    assert out.splitlines()[-1] == expected


def test_a_pipe_gets_no_such_line(run_cli):
    proc = run_cli("romanize", input="Щукин\n")
    assert proc.stdout == "Shchukin\n" and "keyboard" not in proc.stderr
