"""slavic34: a rare Russian word reached only by joining two schemes' spellings in one marked word.

The Belarusian national system writes ч ш ж as č š ž, ы as y and е after a consonant as ie, all in one
table. The Russian reader reaches a Russian word from such a spelling only by joining two of its
tables inside the word (ISO 9's č beside Polish usage's y for и after a sibilant, or its ie for е:
Kravčyk read Кравчик, Bielčyk Бельчик). :func:`translit.langs.identify.mixed_marked_reading` says
so, and identification then counts the word as one Russian's list lacks. Inputs written here (not
rows of the held-out set slavic_real18.tsv that showed the class), with the real pymorphy3
dictionary, wordfreq lists and Hunspell forms. A common word so reached (Mieždu: между), a word with
no mark (Kravchyk) and a reading in one scheme (Čechov) keep their Russian evidence.
"""

import pytest
import wordfreq

from translit.langs.identify import identify, mixed_marked_reading
from translit.read.reader import to_cyrillic


def _flag(word: str) -> bool:
    (w,) = to_cyrillic(word).words
    return mixed_marked_reading(w, wordfreq.zipf_frequency(w.cyrillic.lower(), "ru"))


@pytest.mark.parametrize("word", ["Kravčyk", "Bielčyk", "Šamiakin", "Bielaruśfilm"])
def test_rare_mixed_reading_of_a_marked_word_is_flagged(word):
    assert _flag(word)


@pytest.mark.parametrize("word", ["Mieždu", "Kravchyk", "Čechov", "Čajkovsky", "Šostakovič"])
def test_common_unmarked_or_one_scheme_readings_are_not(word):
    assert not _flag(word)


@pytest.mark.parametrize("text", ["Ivan Šamiakin", "Ivan Čyrkin", "Viktar Bielieńki"])
def test_identification_takes_the_mixed_word_from_russian(text):
    ident = identify(text)
    ru = next(s for s in ident.ranking if s.language == "ru")
    be = next(s for s in ident.ranking if s.language == "be")
    assert any("two schemes' spellings" in e for e in ru.evidence)
    assert be.score > ru.score


def test_russian_names_in_one_scheme_stay_russian():
    for text in ("Grigorij Šostakovič", "Anton Čechov", "Aleksandr Puškin"):
        assert identify(text).language == "ru"
