"""probe14: add-880 on a romanized field with a Cyrillic lookalike inside a Latin word (Istоriia
with a Cyrillic о, what OCR or a keyboard switched mid-word leaves) wrote no 880 for the field and
said nothing: the field was taken for one holding Cyrillic already. The reader folds such a word
into one script (История); add-880 now reads the field as the reader does. A field with a real
Cyrillic word in it (Istoriia КПСС) is still left."""

from __future__ import annotations

import pymarc
import pytest

from translit.marc import add_880_record


def _record(title: str):
    r = pymarc.Record(force_utf8=True)
    r.add_field(pymarc.Field(tag="008", data="      s1990    ru            000 0 rus d"))
    r.add_field(pymarc.Field(tag="245", indicators=pymarc.Indicators("1", "0"),
                             subfields=[pymarc.Subfield("a", title)]))
    return r


def _880(rec) -> str | None:
    f = rec.get_fields("880")
    return f[0]["a"] if f else None


@pytest.mark.parametrize("title,cyrillic", [
    ("Istоriia Rоssii", "История России"),       # Cyrillic о
    ("Sobraniе sochineniĭ", "Собрание сочинений"),  # Cyrillic е at the end of a word
    ("Vоĭna i mir", "Война и мир"),
])
def test_a_lookalike_inside_a_latin_word_is_read(title, cyrillic):
    rec = _record(title)
    changed, _ = add_880_record(rec, "#1", 0.5)
    assert changed and _880(rec) == cyrillic
    assert rec["245"]["a"] == title  # the field itself as it came


@pytest.mark.parametrize("title", ["Istoriia КПСС", "Ocherki po istorii СССР", "Москва"])
def test_a_field_with_a_cyrillic_word_is_still_left(title):
    rec = _record(title)
    add_880_record(rec, "#1", 0.5)
    assert _880(rec) is None
