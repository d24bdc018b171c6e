"""speed11: detection's word test of the marks (evidence.toml) keeps each pattern's ``findall``
and takes its hits as they come when they are strings already (a pattern of at most one group),
instead of looking at each hit: the same marks, hits and schemes as before."""

from __future__ import annotations

import pytest

import translit
from translit.read.candidates import canonical_latin
from translit.read.detect import _evidence_rules, _finders, _signal

# words of our own bearing marks of many tables, the unmixed ones among them
WORDS = ["Chernyshevskii", "Shchedrin", "Tjutčev", "Txékhov", "Gorbatxov", "Ivanovas", "Ļermontovs",
         "Gogolj", "Szimanszkij", "Csajkovszkij", "Șostakovici", "Yevtuşenko", "Tschaikowsky",
         "Czajkowski", "Nikolái", "Ėrenburg", "Podʺiachev", "xyz", "Wladimir", "physics"]


def _naive_marks(cw: str) -> list:
    out = []
    for k, (pat, _, _) in enumerate(_evidence_rules()):
        hits = pat.findall(cw)
        if hits:
            out.append((k, tuple(h if isinstance(h, str) else h[0] for h in hits)))
    return out


@pytest.mark.parametrize("word", WORDS)
def test_a_words_marks_are_those_of_every_pattern(word):
    cw = canonical_latin(word)
    assert list(_signal(cw, word[:1].isupper())[2]) == _naive_marks(cw)


def test_each_finder_is_its_patterns_and_says_whether_hits_are_strings():
    rules = _evidence_rules()
    finders = _finders()
    assert len(finders) == len(rules)
    for (pat, _, _), (findall, strings) in zip(rules, finders):
        assert findall.__self__ is pat
        assert strings == (pat.groups <= 1)


@pytest.mark.parametrize("text,scheme", [
    ("Gorbatxov i Txékhov", "catalan"),
    ("Chruščiovas ir Gorbačiovas", "lithuanian"),
    ("Hrușciov și Brejnev", "romanian"),
    ("Zapiski okhotnika", "alalc-plain"),
])
def test_detection_still_names_the_marked_table(text, scheme):
    assert translit.detect(text).best == scheme
