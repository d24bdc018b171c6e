"""slavic30: an accented word of the English prose (Röntgen, Köln, Dürer, Zürich: a word German's, French's,
Spanish's… list holds at :data:`translit.langs.choose.WESTERN_MARKED_ZIPF`) says nothing of the tables the
Slavic words of the line were romanized in. Its ö or ü no longer sends a line identified as Ukrainian,
Belarusian or Bulgarian to Russian as "a mark its tables never write", and the Serbian reader keeps such a
word as it is (Röntgen, not Рöнтген) as the other readers do. Inputs written here (none is a row of a
benchmark set); real wordfreq and dictionaries."""

from __future__ import annotations

import pytest

from test_slavic28_foreign_title_word import _read  # convert --to cyrillic of one line, as the CLI does
from translit.langs.choose import _marks_beside_western, choose


@pytest.mark.parametrize("text, lang, slavic", [
    ("The historian Mykhailo Hrushevskyi met Röntgen's colleagues in Lviv.", "uk", "Михайло Грушевський"),
    ("Janka Kupala translated Schiller; his Paŭlinka was staged in Köln in 1995.", "be", "Паўлінка"),
    ("The painter Vladimir Dimitrov-Maystora admired Dürer and painted Balgarska madona.", "bg", "Българска мадона"),
])
def test_an_accented_western_word_leaves_the_lines_language(text, lang, slavic) -> None:
    choice = choose(text)
    assert choice.language == lang, choice.reason
    out = _read(text, None)
    assert slavic in out, out
    assert any(w in out for w in ("Röntgen", "Köln", "Dürer")), out   # the prose's word byte for byte


@pytest.mark.parametrize("text, marks", [
    ("Röntgen's rays, Zürich, a café in Köln", set()),
    ("Petrović studied in Zürich", {"ć"}),          # the Slavic word's mark stays evidence
    ("Dvořák and Müller", {"ř", "á"}),              # rare in every Western list: its marks still count
    ("Puli͡uĭ in München", {"ĭ", "\u0361"}),
])
def test_marks_beside_western_words(text, marks) -> None:
    assert _marks_beside_western(text) == frozenset(marks)


@pytest.mark.parametrize("text", [
    "Mihajlo Petrović Alas studied in Paris; the Röntgen society honoured Đorđe Stanojević.",
    "Vuk Karadžić met Goethe in Weimar and printed Srpske narodne pjesme in Leipzig, not in Zürich.",
    "The painter Uroš Predić studied in Wien before he painted Siročići in Beograd with Müller's help.",
])
def test_the_serbian_reader_keeps_an_accented_western_word(text) -> None:
    out = _read(text, "sr")
    word = next(w for w in ("Röntgen", "Zürich", "Müller") if w in text)
    assert word in out, out
    assert "ћ" in out and "ć" not in out, out   # the Serbian words are still read
