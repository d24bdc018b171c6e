"""The language chosen per text when none is named (langs/choose.py): Russian stays Russian,
other languages are taken when identification is sure or letters rule Russian out, and the answer
says which language and why. Through the library chooser, the CLI (text and --in tables) and keys."""

import csv
import json

import pytest

from translit.cli import main
from translit.langs.choose import choose


@pytest.mark.parametrize("text", ["Война и мир", "Voina i mir", "Istorii͡a Rossii", "Prestuplenie i nakazanie",
                                  "Moskva : Nauka, 1985.", "мѣсто міръ Россія"])
def test_russian_is_chosen_for_russian_text(text):
    assert choose(text).language == "ru"


@pytest.mark.parametrize("text,lang,why", [
    ("Історія України", "uk", "letters Russian does not have"),
    ("Історыя Беларусі і ўсходняй Еўропы", "be", "letters Russian does not have"),
    ("Историја Србије", "sr", "letters Russian does not have"),
    ("Đorđe Đorđević", "sr", "marks its tables write"),
    ("Hrushevskyi Mykhailo", "uk", "confidence"),
])
def test_other_languages_are_chosen_with_their_reason(text, lang, why):
    c = choose(text)
    assert c.language == lang and why in c.reason
    assert c.evidence  # what identification found for it


@pytest.mark.parametrize("text", ["The history of the Soviet Union", "Geschichte der Sowjetunion und Osteuropas",
                                  "Histoire de la littérature russe"])
def test_western_running_text_is_left_to_the_russian_reader(text):
    c = choose(text)
    assert c.language == "ru" and "running text" in c.reason


def _cli(capsys, *argv) -> list[str]:
    assert main(list(argv)) == 0
    return capsys.readouterr().out.splitlines()


def test_cli_commands_choose_per_line_and_say_why(capsys):
    assert _cli(capsys, "cyrillic", "Hrushevskyi Mykhailo", "Voina i mir") == ["Грушевський Михайло", "Война и мир"]
    out = [json.loads(x) for x in _cli(capsys, "romanize", "--json", "Історія України", "Война и мир")]
    assert [(o["lang"], o["output"]) for o in out] == [("uk", "Istorii͡a Ukraïny"), ("ru", "Voĭna i mir")]
    assert all(o["lang_reason"] for o in out)
    # by default Russian comes out as with --lang ru
    for cmd, text in (("cyrillic", "Istoriia Rossii"), ("convert", "Tolstoy wrote Voina i mir."),
                      ("key", "Rubina, Dina."), ("romanize", "Реабилитация: Как это было")):
        assert _cli(capsys, cmd, text) == _cli(capsys, cmd, "--lang", "ru", text)
    # convert reads a document: a line in another language is done in it, the rest as before
    russian = _cli(capsys, "convert", "--to", "cyrillic", "--lang", "ru", "Tolstoy wrote Voina i mir.")
    assert _cli(capsys, "convert", "--to", "cyrillic", "Istorija Srbije", "Tolstoy wrote Voina i mir.") == [
        "Историја Србије"] + russian


@pytest.mark.parametrize("command,lang,rows,expected", [
    ("cyrillic", "uk", ["Istoriia Ukrainy", "Kyiv"], ["Історія України", "Київ"]),
    ("cyrillic", None, ["Hrushevskyi Mykhailo", "Voina i mir"], ["Грушевський Михайло", "Война и мир"]),
    ("key", "auto", ["Kyiv", "Киев", "Київ"], ["kyiv", "kyiv", "kyiv"]),
    ("convert", "bg", ["Istorii͡a na bŭlgarskii͡a ezik"], ["Istorii͡a na bŭlgarskii͡a ezik"]),
])
def test_lang_with_in_tables_for_every_command(tmp_path, capsys, command, lang, rows, expected):
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text("title\n" + "\n".join(rows) + "\n", encoding="utf-8")
    argv = [command, "--in", str(src), "--out", str(dst), "--column", "title"] + (["--lang", lang] if lang else [])
    assert main(argv) == 0
    with open(dst, encoding="utf-8", newline="") as fh:
        got = [r[f"title_{command}"] for r in csv.DictReader(fh)]
    assert got == expected


def test_keys_of_kyiv_agree_with_auto_and_russian_keys_stay_by_default(capsys):
    assert _cli(capsys, "key", "--lang", "auto", "Kyiv", "Kiev", "Київ", "Киев") == ["kyiv"] * 4
    default = _cli(capsys, "key", "Kyiv", "Київ", "Киев")
    assert default[:2] == ["kyiv", "kyiv"]  # Ukrainian forms, keyed in Ukrainian through the table
    assert default[2] == _cli(capsys, "key", "--lang", "ru", "Киев")[0]  # a Russian key as it was


@pytest.mark.parametrize("text", ["Київ", "Ўладзімір", "Ђорђе", "ѓ"])
def test_an_option_only_russian_has_keeps_a_detected_language_from_failing_the_run(run_cli, text):
    proc = run_cli("romanize", "--scheme", "bgn-pcgn", "--middle-dot", input=text + "\nМосква\n", check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[1] == "Moskva"
    named = run_cli("romanize", "--scheme", "bgn-pcgn", "--middle-dot", "--lang", "uk", input="Київ\n", check=False)
    assert named.returncode == 2 and "middle_dot" in named.stderr  # a language named: a clear error
