"""An English plural of a Russian family name after an English article (the Romanovs) stays English
even where a foreign-language convention (Latvian's nominative -s) reads the whole word as the
surname; Latvian-written names with no article before them are still read."""

import pytest

from translit import to_cyrillic
from translit.read.document import convert_document
from translit.read.policy import RUNNING_TEXT


@pytest.mark.parametrize("text", ["The Romanovs", "a book on the Ivanovs", "after the Petrovs left",
                                  "the Sheremetevs' palace"])
def test_family_plural_after_article_is_kept(text):
    assert to_cyrillic(text, policy=RUNNING_TEXT).text == text


@pytest.mark.parametrize("lines", [["Istoriia SSSR", "The Romanovs"], ["Istoriia Rossii", "the Ivanovs"],
                                   ["Russkaia literatura", "On the Petrovs"]])
def test_family_plural_kept_in_a_document(lines):
    out = [r.result.text for r in convert_document(lines, to="alalc")]
    assert out[1] == lines[1]
    assert out[0] != lines[0]  # the Russian line is still converted


@pytest.mark.parametrize("text, cyr", [("Jurijs Gagarins", "Юрий Гагарин"),
                                       ("Nikolajs Vrubelis", "Николай Врубель"),
                                       ("Kak Romanovs", "Как Романов")])
def test_latvian_names_without_article_still_read(text, cyr):
    assert to_cyrillic(text, policy=RUNNING_TEXT).text == cyr
