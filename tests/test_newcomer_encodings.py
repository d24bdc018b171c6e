"""A file that is not UTF-8 (a Windows-1251, KOI8-R or DOS export) is the commonest first stumble:
its bytes still pass through unchanged, but the command says once what the file is and how to
convert it, and ``translit fix`` converts it. Headings with nothing to key on stay apart in
``cluster``. The real command in a subprocess."""

import pytest

from translit.clustering import cluster
from translit.repair import decode_raw_bytes, fix

WORDS = ["Реабилитация: как это было", "Государственный архив", "Цветаева, Марина Ивановна",
         "Опись дел фонда 17"]
CODECS = ["cp1251", "koi8-r", "cp866"]


def _as_read(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


@pytest.mark.parametrize("codec", CODECS)
@pytest.mark.parametrize("text", WORDS)
def test_fix_reads_a_single_byte_code_page(text, codec):
    r = fix(_as_read(text.encode(codec)))
    assert r.text == text and any(codec in step for step in r.steps)
    assert fix(r.text).text == r.text


def test_fix_reads_the_bytes_inside_a_utf8_line():
    line = "Москва — " + _as_read("Реабилитация".encode("cp1251"))
    assert fix(line).text == "Москва — Реабилитация"


@pytest.mark.parametrize("raw", [b"\xff\xfe", b"\xd6\xe2", b"Moskva \xff\xfe Kyiv", "Москва ".encode() + b"\x80\x81"])
def test_bytes_that_make_no_russian_word_are_left_alone(raw):
    assert decode_raw_bytes(_as_read(raw)) is None
    assert fix(_as_read(raw)).text == _as_read(raw)


@pytest.mark.parametrize("codec", CODECS)
def test_cli_fix_converts_a_file(run_cli, codec):
    data = "\n".join(WORDS).encode(codec) + b"\n"
    assert run_cli("fix", input=data).stdout.decode("utf-8") == "\n".join(WORDS) + "\n"


@pytest.mark.parametrize("command", ["romanize", "cyrillic", "key", "gloss"])
@pytest.mark.parametrize("codec, name", [("cp1251", "Windows-1251"), ("koi8-r", "KOI8-R")])
def test_cli_says_once_what_a_non_utf8_file_is(run_cli, command, codec, name):
    data = "\n".join(WORDS).encode(codec) + b"\n"
    proc = run_cli(command, input=data)
    err = proc.stderr.decode("utf-8")
    assert err.count("is not UTF-8") == 1 and "line 1 of standard input" in err
    assert f"reads as {name} Cyrillic ('{WORDS[0]}')" in err and f"iconv -f {codec} -t utf-8" in err
    if command == "romanize":  # the bytes themselves still pass through unchanged
        assert proc.stdout == data


def test_cli_names_the_file_in_demo_and_cluster(run_cli, tmp_path):
    path = tmp_path / "headings.txt"
    path.write_bytes("Бухарин, Николай\nЕжов, Николай\n".encode("cp1251"))
    for args in (("demo", str(path)), ("cluster", str(path))):
        err = run_cli(*args, input=b"").stderr.decode("utf-8")
        assert f"{path}: " in err and "Windows-1251" in err and f"translit fix < {path}" in err


def test_cli_utf8_input_gets_no_warning(run_cli):
    assert run_cli("romanize", input="Бухарин\nЕжов\n").stderr == ""


@pytest.mark.parametrize("headings", [["—", "???", "[…]"], ["中文", "日本語"], ["\udcff\udcfe", "\udcd6\udce2"]])
def test_headings_with_no_key_are_not_one_cluster(headings):
    clusters = cluster(headings + ["Бухарин", "Bukharin", headings[0]])
    sizes = {c.members[0].text: len(c.members) for c in clusters}
    assert sizes[headings[0]] == 2  # the same text twice still joins
    assert all(sizes[h] == 1 for h in headings[1:])
    assert sizes["Бухарин"] == 2
