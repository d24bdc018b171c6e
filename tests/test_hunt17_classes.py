"""hunt17: the classes of failure the issue-12 documents showed, each on inputs of its own.

- a soft sign written as a PDF's prime (U+2032), a modifier apostrophe (U+02BC) or an acute (´) at
  a word's end is the word's sign, read once (pisatel′: писатель, not писатель′ nor pisatelʹ′); a
  single letter with a prime (a point B′) is no word;
- after an adjective in the soft feminine -ей (последней, древней), a word read as an adjective in
  -ий by dropping its й (treti: третий) yields to the noun as written that agrees (трети)."""

from __future__ import annotations

import pytest

from translit import convert


@pytest.mark.parametrize("text, cyrillic, alalc", [
    ("Moskva: Sovetskii pisatel′, 1971.", "Москва: Советский писатель, 1971.", "Moskva: Sovetskiĭ pisatelʹ, 1971."),
    ("the towns of Tver′ and Kazan′", "the towns of Тверь and Казань", "the towns of Tverʹ and Kazanʹ"),
    ("Gogolʼ wrote it", "Гоголь wrote it", "Gogolʹ wrote it"),
    ("kul′tura i zhizn´", "культура и жизнь", "kulʹtura i zhiznʹ"),
])
def test_final_sign_read_once(text: str, cyrillic: str, alalc: str) -> None:
    assert convert(text, to="cyrillic").text == cyrillic
    assert convert(text, to="alalc").text == alalc


@pytest.mark.parametrize("text", ["the points A′ and B′ lie on it", "43°07′S, 12°30′W", "let x′ = 2 and y′ = 3"])
@pytest.mark.parametrize("to", ["cyrillic", "alalc"])
def test_primes_of_letters_and_numbers_stay(text: str, to: str) -> None:
    assert convert(text, to=to).text == text


@pytest.mark.parametrize("text, expected", [
    ("v poslednei treti XIX veka", "в последней трети XIX века"),
    ("v pervoi treti XX veka", "в первой трети XX века"),
    ("k kontsu pervoi treti stoletiia", "к концу первой трети столетия"),
    ("ot odnoi treti do poloviny", "от одной трети до половины"),
])
def test_noun_as_written_after_feminine_adjective(text: str, expected: str) -> None:
    assert convert(text, to="cyrillic").text == expected


@pytest.mark.parametrize("text, expected", [
    ("Novyi tretii put'", "Новый третий путь"),
    ("iz drevnei istorii", "из древней истории"),
    ("Tretii Rim", "Третий Рим"),
])
def test_adjectives_still_adjectives(text: str, expected: str) -> None:
    assert convert(text, to="cyrillic").text == expected
