"""gloss33's class of gloss misses: a participle used as an adjective in a title got an odd sense,
its verb's English in the commonest base form (очарованный = spelt, of spell) or an unrelated sense
of its adjective entry (униженный = small). Each rule is tested on three or more words of the class,
none from a gold file. Real pymorphy3, wordfreq, lemminflect and the installed dictionaries."""

import pytest

from translit.glossary import _morph, _participle_senses, gloss_text
from translit.glossary.dictionary import index

pytestmark = pytest.mark.skipif(not index(), reason="no bilingual dictionary installed")


def first(text: str, word: str):
    """The gloss of ``word`` in ``text`` glossed whole."""
    return next(w for w in gloss_text(text).words if w.cyrillic == word)


def prtf(word: str):
    """pymorphy3's participle reading of ``word``."""
    return next(p for p in _morph().parse(word) if p.tag.POS == "PRTF")


# 1. A verb's English is scored by the English form it is shown in: the past participle's frequency
#    (charmed, fascinated) and not the base's (spell is common, spelt is not)
@pytest.mark.parametrize("word, verbs, better, worse", [
    ("очарованный", [("spell", "v", 3.1), ("charm", "v", 2.9)], "charm", "spell"),
    ("заколдованный", [("spell", "v", 3.1), ("charm", "v", 2.9)], "charm", "spell"),
    ("потерянный", [("shed", "v", 3.2), ("lose", "v", 3.0)], "lose", "shed"),
])
def test_verb_english_scored_by_participle(word, verbs, better, worse):
    got = [e for e, _, _ in _participle_senses(prtf(word), verbs)]
    assert got.index(better) < got.index(worse)


@pytest.mark.parametrize("text, word, good", [
    ("Очарованный странник", "Очарованный", {"fascinated", "enchanted", "charmed", "spellbound"}),
    ("Заколдованный круг", "Заколдованный", {"bewitched", "enchanted", "charmed"}),
    ("Поднятая целина", "Поднятая", {"raised", "lifted", "upturned"}),
    ("Покинутый дом", "Покинутый", {"abandoned", "forsaken", "deserted"}),
])
def test_participle_title_gets_participle_sense(text, word, good):
    g = first(text, word)
    assert g.line in good and g.line != "spelt"


# 2. An adjective-entry English that is the past participle of one of the verb's English is
#    confirmed by the verb and goes before the entry's other senses (униженный: diminished, not small)
@pytest.mark.parametrize("word, found, confirmed, other", [
    ("униженный", [("small", "a", 3.0), ("diminished", "a", 2.6), ("diminish", "v", 1.9)], "diminished", "small"),
    ("оскорблённый", [("hurt", "a", 3.7), ("insulted", "a", 3.0), ("insult", "v", 1.5)], "insulted", "hurt"),
    ("разбитый", [("weary", "a", 3.6), ("broken", "a", 3.0), ("break", "v", 2.0)], "broken", "weary"),
])
def test_adjective_sense_confirmed_by_verb(word, found, confirmed, other):
    got = [e for e, _, _ in _participle_senses(prtf(word), found)]
    assert got.index(confirmed) < got.index(other)


def test_humiliated_not_small():
    assert first("Униженные и оскорблённые", "Униженные").line != "small"
    assert first("Униженные и оскорблённые", "оскорблённые").line in {"injured", "insulted", "outraged", "offended"}
