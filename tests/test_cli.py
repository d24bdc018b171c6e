"""The command line: romanize and schemes, streaming, errors and undecodable bytes."""

import json


def test_romanize_arguments(run_cli):
    assert run_cli("romanize", "--scheme", "alalc", "Юрий Цветаева").stdout == "I͡Uriĭ T͡Svetaeva\n"


def test_romanize_marc_ties(run_cli):
    out = run_cli("romanize", "--ligatures", "marc", "Цветаева").stdout
    assert out == "T\ufe20S\ufe21vetaeva\n"


def test_romanize_streams_stdin_one_line_per_line(run_cli):
    text = "Москва\n\nЖуков, Г. К.\nno Cyrillic here\n"
    out = run_cli("romanize", "-s", "bgn-pcgn", input=text).stdout
    assert out.splitlines() == ["Moskva", "", "Zhukov, G. K.", "no Cyrillic here"]


def test_romanize_json_reports_notes(run_cli):
    obj = json.loads(run_cli("romanize", "--json", "ХХ в.").stdout)
    assert obj["output"] == "XX v." and obj["notes"][0]["kind"] == "roman-numeral"


def test_undecodable_bytes_pass_through(run_cli):
    data = "Москва ".encode() + b"\xff\xfe" + " Kyiv\n".encode()
    out = run_cli("romanize", input=data).stdout
    assert out == b"Moskva \xff\xfe Kyiv\n"


def test_bad_scheme_is_a_one_line_error(run_cli):
    proc = run_cli("romanize", "--scheme", "nope", "x", check=False)
    assert proc.returncode == 2
    assert "unknown scheme 'nope'" in proc.stderr.splitlines()[0] and "Traceback" not in proc.stderr


def test_schemes_lists_every_scheme(run_cli):
    from translit.schemes import SCHEME_IDS

    rows = [json.loads(x) for x in run_cli("schemes", "--json").stdout.splitlines()]
    assert [r["id"] for r in rows] == list(SCHEME_IDS)
    assert all("standard" in r and "reversible" in r for r in rows)


def test_demo_runs_on_the_bundled_example(run_cli):
    out = run_cli("demo", "examples/sample.txt").stdout
    assert "Реабилитация: как это было" in out
    assert "Reabilitat͡sii͡a: kak ėto bylo" in out


def test_demo_missing_file(run_cli):
    proc = run_cli("demo", "no/such/file.txt", check=False)
    assert proc.returncode == 2 and "no/such/file.txt" in proc.stderr
