"""A book's format notation (4to, 8vo, 12mo) in an English note is left as written, never read as
volapuk (4to is also что typed in a chat); among Russian words the volapuk reading stays."""

import pytest

from translit import convert


@pytest.mark.parametrize("text", [
    "Printed in 4to, with 12 plates.",
    "A 4to volume in the original boards.",
    "4to, 32 pp., wraps, a little toned at the edges.",
    "Bound in half calf, 4to; the second edition is 8vo.",
])
@pytest.mark.parametrize("target", ["cyrillic", "alalc"])
def test_book_format_beside_english_is_left(text, target):
    assert convert(text, to=target).text == text


@pytest.mark.parametrize("text, cyrillic", [
    ("ja ne znaju 4to delat'", "я не знаю что делать"),
    ("4to eto bylo", "что это было"),
    ("nu i 4to?", "ну и что?"),
    ("ty znaesh, 4to on skazal?", "ты знаешь, что он сказал?"),
])
def test_volapuk_among_russian_words_is_still_read(text, cyrillic):
    assert convert(text, to="cyrillic").text == cyrillic
