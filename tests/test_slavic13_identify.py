"""slavic13: an adjective in -и before a masculine singular noun counts against Macedonian and
Bulgarian (Serbian's definite form), and in romanized identification a borrowed character model
fits no better than its lender's. Inputs are the tester's own (common nouns, Bulgarian and Macedonian
villages), not rows of any benchmark file."""

from __future__ import annotations

import re

import pytest

from translit import identify
from translit.langs.identify import definite_adjective_pairs


# --- a borrowed model fits letters no better than its lender's --------------------------------------------

def _fits(text: str) -> dict[str, float]:
    out = {}
    for score in identify(text).ranking:
        for line in score.evidence:
            m = re.search(r"letter patterns: (-?[\d.]+) per letter", line)
            if m:
                out[score.language] = float(m.group(1))
    return out


@pytest.mark.parametrize("text", ["Baniste", "Bozhurishte", "Chelopech", "Kovachevtsi", "Mirkovo"])
def test_rusyn_fits_no_better_than_ukrainian(text):
    """Bulgarian and Macedonian villages whose Rusyn (ALA-LC only) path fitted Ukrainian's model
    better than Ukrainian's own tables did."""
    fits = _fits(text)
    assert fits["rue"] <= fits["uk"]


def test_a_village_without_rusyn_evidence_is_not_rusyn():
    assert identify("Baniste").language != "rue"


def test_rusyn_marks_still_say_rusyn():
    assert identify("Karpatsʹkŷĭ kalendarʹ").language == "rue"


@pytest.mark.parametrize("text", ["Kalinka", "Бања Лука", "Ⅻ ǅ ʼ\u0301"])
def test_identify_survives_odd_text(text):
    assert identify(text).script in ("latin", "cyrillic", "none")


# --- an adjective in -и before a masculine singular noun is Serbian's, never Macedonian's or Bulgarian's ---

@pytest.mark.parametrize("text, pair", [("Главни пут", "главни пут"), ("Зелени чај и колачи", "зелени чај"),
                                        ("Топли оброк за ђаке", "топли оброк"), ("Бели лук", "бели лук")])
def test_serbian_definite_adjective_is_found(text, pair):
    assert definite_adjective_pairs(text, "mk") == [pair]
    assert definite_adjective_pairs(text, "bg") == [pair]


@pytest.mark.parametrize("text", [
    "Главен пат до селото",   # Macedonian's indefinite masculine
    "Зелен чај",
    "Стари куќи и ора",       # a plural noun after the plural adjective
    "Охридски летопис",       # -ски: the masculine in all three
    "Осми март",              # an ordinal
    "Свети Ѓорѓи",            # a name
    "Така се прави хляб",     # a verb after its particle
])
def test_what_macedonian_and_bulgarian_write_is_not_found(text):
    assert definite_adjective_pairs(text, "mk") == []
    assert definite_adjective_pairs(text, "bg") == []


def test_only_the_named_languages_have_the_rule():
    assert definite_adjective_pairs("Главни пут", "sr") == []
    assert definite_adjective_pairs("Главни пут", "ru") == []


@pytest.mark.parametrize("text", ["Бели лук", "Топли оброк", "Зелени чај", "Topli obrok", "Crveni krst"])
def test_such_titles_are_serbian(text):
    assert identify(text).language == "sr"


@pytest.mark.parametrize("text", ["Главен пат до нашето село", "Зелен чај", "Glaven pat do seloto"])
def test_macedonian_titles_stay_macedonian(text):
    assert identify(text).language == "mk"
