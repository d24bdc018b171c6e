"""slavic21: a Cyrillic place or name inside English prose whose identification is unsure among the
neighbours (Macedonian, Serbian, Bulgarian) but leads Russian by NOT_RUSSIAN_GAP, and is no Russian
word, is read in that language (:func:`translit.langs.choose._cyrillic_lead_over_russian`): ``convert
--to alalc`` then writes the language's ALA-LC (Tikveš, Kruševo), not Russian's (Tikvesh, Krushevo).
Inputs written here; real pymorphy3 dictionaries and wordfreq lists."""

from __future__ import annotations

import pytest

from translit.commands import _conversion
from translit.langs.choose import _cyrillic_lead_over_russian, choose


def _to_alalc(text: str) -> str:
    return _conversion(text, "alalc", None, None, 0.0, None, None)[1].text


@pytest.mark.parametrize("text, lang, want", [
    ("The wine from Тиквеш is sold in Skopje.", "mk", "Tikveš"),
    ("He retired to Крушево and wrote his memoirs.", "mk", "Kruševo"),
    ("The partisans met at Козара in 1942.", "sr", "Kozara"),
    ("A small museum in Етрополе shows the clocks.", "bg", "Etropole"),
])
def test_a_cyrillic_word_far_ahead_of_russian(text, lang, want):
    choice = choose(text)
    assert choice.language == lang
    assert "above Russian" in choice.reason
    out = _to_alalc(text)
    assert want in out
    assert out.startswith(text.split(" ")[0])  # the English stays


@pytest.mark.parametrize("text", [
    "The Спецхран of the Lenin Library kept the émigré press.",
    "We had форшмак in a café in Одесса.",
    "The seminar on Ахматова meets on Tuesdays.",
])
def test_russian_words_keep_the_line_russian(text):
    assert choose(text).language == "ru"


def test_no_lead_for_russian_or_unknown():
    class Rank:
        def __init__(self, language, score):
            self.language, self.score = language, score

    class Ident:
        language = "ru"
        ranking = [Rank("ru", 1.0), Rank("bg", 0.0)]

    assert _cyrillic_lead_over_russian("Тиквеш", Ident()) is None
    Ident.language = "mk"
    Ident.ranking = [Rank("mk", 1.0), Rank("ru", 0.0)]  # a lead below NOT_RUSSIAN_GAP
    assert _cyrillic_lead_over_russian("Тиквеш", Ident()) is None
    Ident.ranking = [Rank("mk", 3.0), Rank("ru", 0.0)]
    assert _cyrillic_lead_over_russian("", Ident()) is None  # no Cyrillic word
    assert _cyrillic_lead_over_russian("Тиквеш", Ident()) is not None
