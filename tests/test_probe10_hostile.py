"""probe10: hostile inputs of our own to the library and the command line.

Each class was found by probing and is tested on three or more inputs:

* work that grew with the square of one run of letters: scheme detection's mark patterns on a
  run longer than any word (``(?<!o)u[a-z]*tch`` and ``v[a-z]*sz`` look ahead through the rest
  of the word at every u or v), and language identification's search for the letters a
  language's tables never write (the misses so far copied at every letter). The tests run
  inputs that took minutes before and check the answer (no timing is asserted; the timings are
  in ``benchmarks/long_runs.py``);
* a word of Latin and Cyrillic lookalikes (``Mоskvа`` with Cyrillic о and а, ``Dоstоevskii``):
  the reader, ``convert`` and the gloss read it as the one word it is, not as Latin pieces with
  Cyrillic letters between them (``Dоstоевский``, a gloss ``D · about · st · about · evskii``);
  a mixed word not read as Russian keeps its own characters;
* standard input whose lines end in a lone CR (an old Mac file, a CR-only export): one output
  line for each of its lines, not one line (and one key, one detection) for the whole file;
* an output file that is the input (``marc check in.mrc --report in.mrc``, ``marc romanize in.mrc
  in.mrc``, ``--rejects`` or a table's ``--out`` naming the input, a hard link to it, ``cluster
  --out`` its own file) or two outputs that are one file: refused before any work, the input
  untouched (the input was replaced by the report, or by the rejected records alone).
"""

from __future__ import annotations

import os
import random

import pytest

import translit
from translit.langs.identify import _unwritten_in_word, languages, unwritten_letters, written_units
from translit.normalize.lookalikes import fold_mixed_words
from translit.batch import process_table
from translit.errors import TranslitError
from translit.read.words import MAX_WORD
from test_probe8_marc_and_text import A, B  # two small UTF-8 records

# -- work linear in one long run of letters --------------------------------------------------------


@pytest.mark.parametrize("run", ["u" * 200_000, "tch" * 60_000, "vs" * 100_000, "moskva" * 30_000])
def test_a_run_longer_than_any_word_bears_no_scheme_mark(run):
    # marks found in a run of letters no reading takes for a word would be no evidence either
    d = translit.detect("Moskva " + run)
    assert all(len(s.evidence) == 1 for s in d.ranking)  # only the "points" line: no mark found
    assert translit.convert(run, to="cyrillic").text == run


@pytest.mark.parametrize("word", ["Gutchkov", "Tchukóvski", "Szvetlana"])
def test_marks_of_a_word_are_still_found(word):
    assert len(word) <= MAX_WORD
    assert any(len(s.evidence) > 1 for s in translit.detect(word).ranking)


def _unwritten_by_copying(word, units, longest):
    """The search as it was written before (each position's misses copied): the reference."""
    n = len(word)
    best = [(0, [])] + [(n + 1, [])] * n
    for i in range(n):
        cost, miss = best[i]
        if cost + 1 < best[i + 1][0]:
            best[i + 1] = (cost + 1, miss + [i])
        for k in range(1, min(longest, n - i) + 1):
            if word[i:i + k] in units and cost < best[i + k][0]:
                best[i + k] = (cost, miss)
    return best[n][1]


@pytest.mark.parametrize("lang", ["bg", "sr", "uk", "mk"])
def test_unwritten_letters_are_the_ones_the_copying_search_found(lang):
    units = written_units(lang)
    longest = max(map(len, units))
    rng = random.Random(lang)
    for _ in range(500):
        word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzšžčćđ") for _ in range(rng.randrange(14)))
        assert _unwritten_in_word(word, units, longest) == _unwritten_by_copying(word, units, longest)


@pytest.mark.parametrize("run,lang,count", [("c" * 150_000, "bg", 150_000), ("j" * 150_000, "bg", 150_000),
                                            ("q" * 150_000, "bg", 0), ("x" * 100_000, "sr", 100_000)])
def test_unwritten_letters_of_a_long_run_are_each_counted(run, lang, count):
    # c and j no Bulgarian table writes (save ISO 9), x no Serbian one; q no language's table writes
    assert len(unwritten_letters(run, lang)) == count


@pytest.mark.parametrize("run", ["q" * 150_000, "ć" * 100_000, "wx" * 80_000])
def test_identify_and_key_of_a_long_run_answer(run):
    assert translit.identify(run).language in languages()
    k = translit.key(run)
    assert k and " " not in k


# -- words of Latin and Cyrillic lookalikes ----------------------------------------------------------

# (Cyrillic lookalikes in Latin words: о а е р с in "Mоskvа", "Dоstоevskii", "Istоriia Rоssii",
#  "Gоrkii", "Pushkіn" with Ukrainian і; a Latin o in the Cyrillic "Петрoв")
@pytest.mark.parametrize("text,cyrillic", [
    ("Mоskvа", "Москва"),
    ("Dоstоevskii", "Достоевский"),
    ("Istоriia Rоssii", "История России"),
    ("Gоrkii", "Горький"),
    ("Pushkіn", "Пушкин"),
    ("Петрoв", "Петров"),
])
def test_a_word_of_lookalikes_is_read_whole(text, cyrillic):
    r = translit.to_cyrillic(text)
    assert r.text == cyrillic
    assert r.input == text and all(w.input == text[w.start:w.end] for w in r.words)
    assert translit.convert(text, to="cyrillic").text == cyrillic
    g = translit.gloss_text(text)
    assert g.cyrillic == cyrillic
    assert len(g.words) == len(cyrillic.split())


@pytest.mark.parametrize("text,expected", [
    ("The Hеllo of Mоskvа", "The Hеllo of Москва"),       # Cyrillic е in an English word
    ("Cаfé and Dоstоevskii", "Cаfé and Достоевский"),     # Cyrillic а beside a Latin é
    ("the Librаry of Mоskvа", "the Librаry of Москва"),   # Cyrillic а in an English word
])
def test_a_mixed_word_not_read_keeps_its_own_characters(text, expected):
    assert translit.to_cyrillic(text).text == expected
    assert translit.convert(text, to="cyrillic").text == expected


@pytest.mark.parametrize("text,expected", [("Mоskvа", "Moscow"), ("Istоriia", "history"), ("Rоssii", "Russia")])
def test_the_gloss_of_a_word_of_lookalikes_is_the_words(text, expected):
    words = translit.gloss(text)
    assert len(words) == 1 and expected in words[0].glosses


@pytest.mark.parametrize("text", ["Dоstоevskii", "Istоriia Rоssii", "Mоskvа i Sаnkt-Peterburg"])
def test_a_word_of_lookalikes_is_identified_as_the_word_it_is(text):
    # a Cyrillic о or а inside a romanized word made the whole text "Cyrillic" (Serbian, as it came)
    plain = "".join(fold_mixed_words(text))
    got, want = translit.identify(text), translit.identify(plain)
    assert (got.script, got.language) == (want.script, want.language) == ("latin", "ru")
    assert translit.to_cyrillic(text, lang="auto").text == translit.to_cyrillic(plain, lang="auto").text


def test_folding_lookalikes_keeps_every_offset():
    rng = random.Random(10)
    alphabet = "aeopcxyAEOPCXMHTK" + "аеорсхуАЕОРСХМНТК" + "bdfgjЖЩъї' -1é\u0301"
    for _ in range(2_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        folded = fold_mixed_words(text)
        assert len(folded) == len(text)
        assert fold_mixed_words(folded) == folded


# -- lines ended by a lone CR on standard input --------------------------------------------------------

@pytest.mark.parametrize("data,lines", [
    (b"Moskva\rKiev\rOdessa", ["moskva", "kiev", "odessa"]),
    (b"Moskva\rKiev\r", ["moskva", "kiev"]),
    (b"Moskva\r\nKiev\rOdessa\n", ["moskva", "kiev", "odessa"]),   # CRLF, CR and LF in one file
    (b"a\r\rb\n", ["a", "", "b"]),                                 # an empty line between two CRs
])
def test_each_line_ended_by_a_lone_cr_is_one_output_line(run_cli, data, lines):
    out = run_cli("key", "--lang", "ru", input=data).stdout.decode()
    assert [line.rstrip("\r") for line in out.split("\n")[:-1]] == lines


@pytest.mark.parametrize("argv,expected", [
    (["convert", "--to", "cyrillic"], ["Москва", "Киев", "Одесса"]),
    (["detect"], 3),
    (["cite"], 3),
])
def test_every_command_answers_each_cr_line(run_cli, argv, expected):
    out = run_cli(*argv, input=b"Moskva\rKiev\rOdessa\r").stdout.decode().split("\n")[:-1]
    assert out == expected if isinstance(expected, list) else len(out) == expected


# -- an output file that is the input, or another output ----------------------------------------------

@pytest.mark.parametrize("argv", [
    ["marc", "romanize", "IN.mrc", "IN.mrc"],
    ["marc", "check", "IN.mrc", "--report", "IN.mrc"],
    ["marc", "add-880", "IN.mrc", "out.mrc", "--rejects", "IN.mrc"],
    ["marc", "romanize", "IN.mrc", "LINK.mrc"],                        # a hard link to the input
    ["marc", "romanize", "IN.mrc", "out.mrc", "--report", "out.mrc"],  # two outputs, one file
])
def test_a_marc_output_that_is_the_input_or_another_output_is_refused(run_cli, tmp_path, argv):
    src = tmp_path / "IN.mrc"
    data = A + b"junk" + B
    src.write_bytes(data)
    os.link(src, tmp_path / "LINK.mrc")
    argv = [str(tmp_path / a) if a.endswith((".mrc",)) else a for a in argv]
    p = run_cli(*argv, check=False)
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert p.stderr.count("\n") == 1 and ("never overwritten" in p.stderr or "same file" in p.stderr)
    assert src.read_bytes() == data
    assert not (tmp_path / "out.mrc").exists()


@pytest.mark.parametrize("name,data,column", [
    ("t.csv", "title,id\nMoskva,1\n", "title"),
    ("t.tsv", "title\tid\nKiev\t2\n", "title"),
    ("t.jsonl", '{"title": "Odessa"}\n', "title"),
])
def test_a_table_written_over_itself_is_refused(tmp_path, name, data, column):
    src = tmp_path / name
    src.write_text(data)
    with pytest.raises(TranslitError, match="never overwritten"):
        process_table(str(src), str(src), ("romanize", {}), column=column)
    assert src.read_text() == data


@pytest.mark.parametrize("argv", [["cluster", "H.txt", "--out", "H.txt"],
                                  ["romanize", "--in", "H.txt", "--out", "H.txt", "--column", "h"],
                                  ["convert", "--in", "H.txt", "--out", "H.txt"]])
def test_the_cli_never_writes_over_its_input(run_cli, tmp_path, argv):
    src = tmp_path / "H.txt"
    src.write_text("h\nMoskva\nMoskva\n")
    p = run_cli(*[str(tmp_path / a) if a == "H.txt" else a for a in argv], check=False)
    assert p.returncode == 2 and "never overwritten" in p.stderr
    assert src.read_text() == "h\nMoskva\nMoskva\n"


def test_every_word_left_as_it_was_keeps_its_own_characters():
    # random text of lookalikes, other letters and marks: a word not read is the text's own
    rng = random.Random(7)
    alphabet = "aeopcxyMHTK" + "аеорсхуМНТК" + "bdfgjlnrsvz" + "ЖЩїé \u0301'-"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 25)))
        r = translit.to_cyrillic(text)
        assert r.input == text
        for w in r.words:
            assert w.input == text[w.start:w.end]
            if not w.is_russian:
                assert w.cyrillic == w.input
