"""speed11: a walk row (the chunks that spell the start of a word's rest) is built from the chunks
that may start it, looked up by the rest's first two letters, not from every chunk of its first
letter (the unmixed tables, Lithuanian, Latvian, Catalan, Serbo-Croatian, Hungarian, Romanian,
Turkish, gave i, s, g, t dozens of longer spellings each). The rows, and so the walk's paths and
every reading, are the same as before: only fewer chunks are looked at."""

from __future__ import annotations

import pytest

import translit
from translit.read.candidates import _END, WordReader, canonical_latin, reader
from translit.read.chunks import ALL, HARD

# words of our own in several conventions, unmixed ones among them (Lithuanian -as, -ius, šč;
# Latvian ļ ņ and -s; Catalan tx, ix, x; Serbo-Croatian lj nj; Hungarian sz cs; Romanian ș ț)
WORDS = ["Kuznetsov", "Chernyshevskii", "Shchedrin", "Ivanovas", "Žukovskis", "Gončiarovas",
         "Ščedrinas", "Ļermontovs", "Puškins", "Txékhov", "Pixkin", "Gorbatxov", "Gogolj",
         "Ljubljanskij", "Szimanszkij", "Csajkovszkij", "Șostakovici", "Hrușciov", "Yevtuşenko",
         "stat'i", "ob''ekt", "Podʺiachev", "Tjutčev", "sbornik", "ia", "iu", "x"]


def _naive_row(rd: WordReader, tail: str) -> tuple:
    """The row as it was built before: every chunk of the tail's first letter, filtered."""
    at_word_end = tail.endswith(_END)
    if at_word_end:
        tail = tail[:-1]
    out = []
    for c in rd.tables.by_first.get(tail[0], ()):
        if not tail.startswith(c.latin) or c.at_end and not (at_word_end and len(c.latin) == len(tail)):
            continue
        closing_hard = c.latin == HARD and at_word_end and len(tail) == len(HARD) and c.key == "ъ"
        out.append((len(c.latin), c.cyrillic, c.key, c.mask, c.cost, c.why, c.after, closing_hard))
    return tuple(out)


def _tails(rd: WordReader, w: str) -> list[str]:
    n = len(w)
    out = []
    for i in range(n):
        size = rd._longest.get(w[i], 1)
        out.append(w[i:i + size] if i + size < n else w[i:] + _END)
    return out


@pytest.mark.parametrize("word", WORDS)
def test_each_row_is_the_row_of_every_chunk_of_its_first_letter(word):
    rd = reader()
    for tail in _tails(rd, canonical_latin(word)):
        assert rd._row(tail) == _naive_row(rd, tail), tail


def test_the_chunks_a_row_looks_at_keep_the_tables_order_and_miss_none():
    rd = reader()
    for first, chunks in rd.tables.by_first.items():
        for second in ["", "a", "h", "s", "j", "z", "ʹ", first]:
            two = first + second
            kept = rd._starting(two)
            it = iter(chunks)
            assert all(any(c is d for d in it) for c in kept)  # a subsequence, in order
            # every chunk some rest starting with these letters may start with (a rest of one letter
            # is the word's last: only chunks of that one letter spell it)
            could = [c for c in chunks if two.startswith(c.latin) or len(two) == 2 and c.latin.startswith(two)]
            assert all(any(c is d for d in kept) for c in could), two


@pytest.mark.parametrize("word", WORDS)
def test_the_walk_finds_the_same_paths_as_over_every_chunk(word):
    rd = reader()
    w = canonical_latin(word)
    fast = [(p.cyr, p.mask, p.slips, p.entry) for p in rd._paths(w, ALL)]
    slow_reader = WordReader.__new__(WordReader)
    slow_reader.__dict__.update({k: getattr(rd, k) for k in ("lex", "tables", "_longest", "_dropped", "_dropped_rows",
                                                             "solid", "free_is_silent")})
    slow_reader._rows = {}
    slow_reader._row = lambda tail: _naive_row(rd, tail)
    slow = [(p.cyr, p.mask, p.slips, p.entry) for p in WordReader._paths(slow_reader, w, ALL)]
    assert fast == slow


@pytest.mark.parametrize("text,expected", [
    ("Zapiski okhotnika", "Записки охотника"),  # no unmixed table's mark: read as before
    ("Istoriia Sibiri", "История Сибири"),
    ("Voina i mir", "Война и мир"),
])
def test_texts_without_unmixed_marks_read_alike(text, expected):
    assert translit.to_cyrillic(text).text == expected
