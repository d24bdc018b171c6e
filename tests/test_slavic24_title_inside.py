"""slavic24: a common Western word deep inside a title read in the line's language is the title's own
word (:func:`translit.langs.running.title_words`): between two read words (Povelja cara Stefana:
Spanish cara, which English's list holds rarely), or, in Ukrainian, after two read words the nearer of which is an adjective agreeing
with it (Karpatskyi natsionalnyi pryrodnyi park: природний парк). An English noun after a name or a
noun phrase stays English (the Dovzhenko film studio, the Borisova gradina park, Volodymyrska hirka
park: гірка is feminine, парк masculine). Inputs written here; real pymorphy3-dicts-uk and wordfreq."""

from __future__ import annotations

import pytest

from translit.commands import _conversion


def _to_cyrillic(text: str, lang: str) -> str:
    return _conversion(text, "cyrillic", None, lang, 0.0, None, None)[1].text


@pytest.mark.parametrize("text, lang, want", [
    ("The Povelja cara Stefana is kept in a monastery.", "sr", "Повеља цара Стефана"),
    ("The Crkva svetog cara Konstantina was built in Niš.", "sr", "светог цара Константина"),
    ("We camped in the Karpatskyi natsionalnyi pryrodnyi park for a week.", "uk", "природний парк for"),
    ("The Tsentralnyi miskyi park was laid out in 1850.", "uk", "міський парк was"),
    ("The Kyivskyi zoolohichnyi park opened in 1908.", "uk", "зоологічний парк opened"),
    ("The poem Božji dar Srbima was printed in 1920.", "sr", "Божји дар Србима"),  # Spanish dar 5.5
])
def test_a_common_western_word_deep_in_a_title_is_read(text, lang, want):
    assert want in _to_cyrillic(text, lang)


@pytest.mark.parametrize("text, lang, kept", [
    ("The Dovzhenko film studio is in Kyiv.", "uk", " film studio "),
    ("He walked in the Borisova gradina park every day.", "bg", " park every "),
    ("We walked to the Volodymyrska hirka park at dusk.", "uk", " park at "),
    ("The Ukrainskyi naukovyi instytut film archive was moved.", "uk", " film archive "),
])
def test_an_english_noun_after_a_name_stays(text, lang, kept):
    assert kept in _to_cyrillic(text, lang)


@pytest.mark.parametrize("text, lang, kept", [
    ("Ivan Mykolaichuk shot Bilyi ptakh z chornoiu oznakoiu in Bukovyna.", "uk", " shot "),
    ("Vuk Karadžić sent Srpski rječnik to Vienna.", "sr", " sent "),
    ("Ivan Vazov wrote Pod igoto in Odesa.", "bg", " wrote "),
])
def test_a_common_english_verb_between_a_name_and_a_title_stays(text, lang, kept):
    assert kept in _to_cyrillic(text, lang)
