"""Serbian never governs the nominative by a preposition (slavic11, issue 15).

``[nominative_never.sr]`` in translit/langs/evidence.toml: after на, у, о, по, при, кроз, уз, низ,
ка, према, над, под, пред, међу, за a Serbian noun is in an oblique case, and after од, до, из,
без ... a masculine plural in the genitive (-а), while Macedonian and Bulgarian, having no cases,
put the bare form there (за лекари, низ Шумадија, од лекари). Such a pair counts
against Serbian in Cyrillic text and in the Serbian reading of romanized text. Real dictionaries
(hunspell sr_Latn_RS), no mocks; all inputs written for these tests.
"""

from __future__ import annotations

import pytest

from translit import identify
from translit.langs.identify import nominative_after_preposition
from translit.langs.lexicon import extra_dictionary

pytestmark = pytest.mark.skipif(len(extra_dictionary("sr")) == 0, reason="hunspell sr_Latn_RS not installed")


@pytest.mark.parametrize("text, pair", [
    ("Прирачник за лекари", "за лекари"),          # masculine nominative plural (Serbian: за лекаре)
    ("Книга за студенти", "за студенти"),
    ("Водич низ Шумадија", "низ шумадија"),        # feminine nominative singular (Serbian: низ Шумадију)
    ("Патување по Србија", "по србија"),
    ("Песни до партизани", "до партизани"),        # after a genitive's preposition (Serbian: до партизана)
    ("Помош од лекари", "од лекари"),
    ("Без студенти", "без студенти"),
])
def test_nominative_after_preposition_found(text, pair):
    assert pair in nominative_after_preposition(text)


@pytest.mark.parametrize("text", [
    "Излет у Србију",          # accusative
    "Књига за студенте",       # accusative plural
    "Приручник за лекаре",
    "Песме о Србији",          # locative
    "Живот на селу",
    "Кувар за сваки дан",      # an adjective: masculine accusative spelt as the nominative
    "Прича о кости",           # a feminine i-stem: its locative is spelt -и
    "Пут за брата",            # a masculine animate accusative in -а
    "С. Планина и др.",        # an initial, not a preposition
    "Писма од лекара",         # a genitive plural
    "Са студентима",           # an instrumental plural
    "Песме од планина",        # a feminine genitive plural, spelt as the nominative singular
])
def test_oblique_cases_say_nothing(text):
    assert nominative_after_preposition(text) == []


def test_only_serbian_has_the_table():
    assert nominative_after_preposition("Книга за студенти", "mk") == []
    assert nominative_after_preposition("Книга за студенти", "ru") == []


@pytest.mark.parametrize("text", ["Прирачник за лекари", "Водич низ Шумадија", "Патување по Србија"])
def test_cyrillic_bare_form_after_preposition_is_not_serbian(text):
    result = identify(text)
    assert result.language != "sr"
    sr = next(s for s in result.ranking if s.language == "sr")
    assert any("never governs" in e for e in sr.evidence)


@pytest.mark.parametrize("text", ["Приручник за лекаре", "Песме о Србији", "Излет на планину"])
def test_cyrillic_serbian_cases_stay_serbian(text):
    assert identify(text).language == "sr"


@pytest.mark.parametrize("text", ["Prirachnik za lekari", "Vodič niz Šumadija", "Patuvanje po Srbija"])
def test_romanized_bare_form_after_preposition_is_not_serbian(text):
    result = identify(text)
    assert result.language != "sr"
    sr = next(s for s in result.ranking if s.language == "sr")
    assert any("never governs" in e for e in sr.evidence)


@pytest.mark.parametrize("text", ["Priručnik za lekare", "Knjiga za studente", "Izlet na planinu"])
def test_romanized_serbian_cases_stay_serbian(text):
    result = identify(text)
    assert result.language == "sr"
    sr = next(s for s in result.ranking if s.language == "sr")
    assert not any("never governs" in e for e in sr.evidence)


@pytest.mark.parametrize("text", ["", "за", "за.", "за \u0301планина", "на\u200bпланина", "ЗА ПЛАНИНА", "за Ж-планина",
                                  "на 𝔭𝔩𝔞𝔫𝔦𝔫𝔞", "на планина\x00", "по ѓ ќ ѕ", "за ђ", "за а"])
def test_arbitrary_text_survives(text):
    assert isinstance(nominative_after_preposition(text), list)
