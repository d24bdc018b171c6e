"""gloss11's class (issue 17): a compound with a clipped first part (кино-, авиа-, метео-, авто-;
derivation.toml [[combining]] with ``space``) and no entry of its own is glossed as English writes
it, the part's English as a word of its own before the rest's (кинофестиваль = film festival),
while a learned combining form stays joined (гидрогеология = hydrogeology). Words of our own."""

from __future__ import annotations

import pytest

from translit.glossary import gloss_text
from translit.glossary.dictionary import index

pytestmark = pytest.mark.skipif(not index(), reason="no bilingual dictionary installed")


def _first(title: str, word: str) -> str:
    w = next(w for w in gloss_text(title).words if w.cyrillic == word)
    return w.glosses[0] if w.glosses else ""


# (gloss20) summary and factory, not brief and works: Wiktionary through other languages (ranking.toml
# pivot) gives сводка = summary, завод = factory; as good an English for the part, and still the part's own
@pytest.mark.parametrize("title,word,english", [("Кинофестиваль в Сочи", "Кинофестиваль", "film festival"),
                                                ("Метеосводка на завтра", "Метеосводка", "weather summary"),
                                                ("Автозавод имени Лихачёва", "Автозавод", "car factory")])
def test_a_clipped_first_part_is_a_word_of_its_own(title, word, english):
    assert _first(title, word) == english


def test_a_learned_combining_form_stays_joined():
    assert _first("Гидрогеология Урала", "Гидрогеология") == "hydrogeology"


@pytest.mark.parametrize("text", ["кино", "авто-", "\U0001F600кино", "КИНО"])
def test_any_unicode_survives(text):
    assert gloss_text(text).cyrillic is not None
