"""gloss17 (issue 17): plural-only nouns take the English plural sense. A Mueller sense marked _pl.
that translates a pymorphy3 Pltm noun gives the English plural (talk _pl. переговоры = talks, shear
_pl. ножницы = shears), unless the singular is given for the same word as well (труды: work); a
plural Russian uses almost alone (деньги beside the rare деньга, derivation.toml [plural_only])
whose English is a mass noun is glossed by it as it is (money, not moneys, nor cash). Words of our
own, with the installed dictionaries and the real pymorphy3 dictionary."""

from __future__ import annotations

import pytest

from translit.glossary import _mass_plural, _morph, gloss_text
from translit.glossary.dictionary import _plural_only, index

needs_dicts = pytest.mark.skipif(not index(), reason="dictionaries not installed (make dicts)")


def _word(text: str, word: str):
    return next(w for w in gloss_text(text).words if w.cyrillic.lower() == word.lower())


@pytest.mark.parametrize("word, expected", [
    ("переговоры", True), ("ножницы", True), ("сутки", True), ("мемуары", True),
    ("книги", False), ("войска", False), ("часа", False),
])
def test_plural_only(word, expected):
    assert _plural_only(word, _morph()) is expected


@needs_dicts
@pytest.mark.parametrize("text, word, expected", [
    ("Долгие переговоры с поставщиком", "переговоры", "talks"),
    ("Ножницы для стрижки овец", "Ножницы", "shears"),
    ("Деньги на ветер", "Деньги", "money"),
    ("Рассказ о деньгах", "деньгах", "money"),
])
def test_plural_sense(text, word, expected):
    w = _word(text, word)
    assert w.glosses[0] == expected
    assert w.line == expected  # not pluralized again (moneys, talkses)


@needs_dicts
@pytest.mark.parametrize("text, word, expected", [
    ("Войска связи", "Войска", "troops"),  # войско is common: a plural of its own noun
    ("Труды кафедры", "Труды", "works"),   # the singular work stands for труды too: one row
    ("Письма и дневники", "дневники", "journals"),  # the plural kept
])
def test_ordinary_plurals_stay_plural(text, word, expected):
    assert _word(text, word).line == expected


@needs_dicts
def test_mass_plural_needs_a_dominant_plural():
    parse = lambda w: next(p for p in _morph().parse(w) if p.tag.POS == "NOUN")  # noqa: E731
    assert _mass_plural(parse("деньги"))
    assert not _mass_plural(parse("войска"))
    assert not _mass_plural(parse("книги"))
