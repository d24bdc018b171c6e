"""gloss21 (issue 17): classes of input found in the twelfth gloss gold, each fixed in general and
tested here on titles of our own (none copied from a benchmark file), with the installed
dictionaries and the real pymorphy3 dictionary:

* a curated word's further senses in context (terms.toml ``[[term.context]]``): an adjective before
  дело in the singular names a craft or trade (Горное дело, Страховое дело = business), a criminal
  or civil one a case; a personal file and the plural (Личные дела) stay files."""

from __future__ import annotations

import pytest

from translit.glossary import gloss_text
from translit.glossary.dictionary import index

needs_dicts = pytest.mark.skipif(not index(), reason="dictionaries not installed (make dicts)")


def _word(text: str, word: str):
    """The gloss of ``word`` in the gloss of ``text``."""
    return next(w for w in gloss_text(text).words if w.cyrillic.lower() == word.lower())


# (title, word, its first English gloss), by class; each class has at least three titles of our own
FIRST_GLOSSES = [
    # дело after an adjective in the singular: a trade or craft
    ("Горное дело на Урале", "дело", "business"),
    ("Очерки по истории страхового дела", "дела", "business"),
    ("Библиотечное дело в деревне", "дело", "business"),
    ("Кооперативное дело и его задачи", "дело", "business"),
    # ... a criminal or civil one: a case
    ("Уголовное дело крестьянина Петрова", "дело", "case"),
    ("Гражданское дело о разделе имущества", "дело", "case"),
    ("Материалы к следственному делу", "делу", "case"),
    # ... and files stay files: a personal file, a plural, no adjective, a pronoun before it
    ("Личное дело учителя", "дело", "delo (file)"),
    ("Личные дела рабочих завода", "дела", "delo (file)"),
    ("Дело о пожаре в имении", "Дело", "delo (file)"),
    ("Это дело передано в архив", "дело", "delo (file)"),
]


@needs_dicts
@pytest.mark.parametrize("title,word,first", FIRST_GLOSSES)
def test_first_gloss(title, word, first):
    assert _word(title, word).glosses[0] == first


def test_context_sense_keeps_the_curated_glosses_after_it():
    # the context's sense comes first, the curated row's own after it (a reader still sees "file")
    g = _word("Горное дело на Урале", "дело")
    assert g.source == "glossary" and g.kind == "ordinary" and "delo (file)" in g.glosses
