"""gloss11's class (issue 17): a cognate whose consonant skeleton is the Russian word's from end
to end (кредит = credit, министр = minister) gains more at look-up than one that shares only a start
(краткий and curt, площадь and plaza), so it comes before a slang or rarer sense (tick for
кредит). Words of our own."""

from __future__ import annotations

import pytest

from translit.glossary import gloss_text
from translit.glossary.dictionary import full_cognate, index, lookup

pytestmark = pytest.mark.skipif(not index(), reason="no bilingual dictionary installed")


@pytest.mark.parametrize("russian,english", [("кредит", "credit"), ("министр", "minister"),
                                             ("проблема", "problem"), ("журнал", "journal")])
def test_a_full_cognate(russian, english):
    assert full_cognate(russian, english)


@pytest.mark.parametrize("russian,english", [("краткий", "curt"), ("площадь", "plaza"),
                                             ("пенсионный", "pensionary"), ("история", "story"), ("газета", "gazette")])
def test_a_partial_or_no_cognate_is_not_full(russian, english):
    assert not full_cognate(russian, english)


def test_the_full_cognate_leads_the_look_up():
    assert lookup(["кредит"], "n")[0][0] == "credit"


@pytest.mark.parametrize("title,word", [("Банковский кредит и проценты", "кредит"),
                                        ("Потребительский кредит", "кредит")])
def test_credit_in_a_title(title, word):
    w = next(w for w in gloss_text(title).words if w.cyrillic == word)
    assert w.glosses[0] == "credit"


@pytest.mark.parametrize("text", ["", "\U0001F600", "кредит\u0000", "ЁЁЁ"])
def test_any_unicode_survives(text):
    assert full_cognate(text, "credit") in (True, False)
