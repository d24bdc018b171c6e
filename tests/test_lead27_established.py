"""An established form whose only reading by the tables comes from a table that needs marks of its own.

The Romanian, Turkish and Hungarian tables are "unmixed": a reading only they give is not written
unless the text carries their marks. Such a reading must not stop an established form from being
written (Diaghilev reads as Дягилев by the Romanian gh, so the established-form step took the word for
"spelled so anyway", and the reader then left it as Latin)."""

import pytest

from translit import to_cyrillic


@pytest.mark.parametrize("latin, cyrillic", [
    ("Diaghilev", "Дягилев"),
    ("Balanchine", "Баланчин"),
    ("Sergei Diaghilev", "Сергей Дягилев"),
])
def test_established_form_is_written_when_only_a_marked_table_reads_it(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("latin, cyrillic", [
    ("Varlam Șalamov", "Варлам Шаламов"),  # a Romanian mark: the table's own reading stands
    ("Leo Tolstoy", "Лев Толстой"),
    ("Rachmaninoff", "Рахманинов"),
])
def test_other_established_and_marked_readings_are_unchanged(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


def test_a_catalogue_field_keeps_a_name_inside_english_text():
    text = "The music of Tchaikovsky and Rachmaninoff"
    assert to_cyrillic(text).text == text
