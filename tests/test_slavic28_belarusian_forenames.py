"""slavic28: in English prose read as Belarusian, a forename that a Western list holds often (Ivan in
Italian's, Anton in German's, Hanna in German's) standing beside a surname the line reads is read
with it. Belarusian has no frequency list (its Hunspell forms all stand at the floor), so a form of its
dictionary is enough (:func:`translit.langs.running.own_least`), as :func:`own_forename` already
took it; before, the name came out half Latin (Ivan Мележ). Titles English writes before a name stay.
Inputs written here; real Hunspell, pymorphy3 and wordfreq data."""

from __future__ import annotations

import pytest

from test_slavic28_foreign_title_word import _read

from translit.langs.running import NAME_PARTNER_OWN_ZIPF, own_least




@pytest.mark.parametrize("text, name", [
    ("Letters of Hanna Kisialiova were found in the attic.", "Ганна Кісялёва"),
    ("The novel was reviewed by Ivan Melezh in the weekly.", "Іван Мележ"),
    ("A portrait of Anton Sokal-Kutylouski hangs in the hall.", "Антон"),
    ("A story by Ivan Šamiakin was filmed in 1970.", "Іван Шамякін"),
])
def test_a_common_western_forename_beside_a_read_belarusian_surname_is_read(text: str, name: str) -> None:
    out = _read(text, "be")
    assert name in out, out


@pytest.mark.parametrize("text, kept", [
    ("The Senator Kebich spoke first.", "Senator"),
    ("We sailed across Lake Naroch in June.", "Lake"),
    ("Letters of Hanna Kisialiova were found in the attic.", "Letters"),
])
def test_titles_and_the_prose_stay_english(text: str, kept: str) -> None:
    assert kept in _read(text, "be")


def test_the_floor_only_for_a_language_without_a_frequency_list() -> None:
    assert own_least("be") < NAME_PARTNER_OWN_ZIPF
    for lang in ("uk", "bg", "mk", "sr"):
        assert own_least(lang) == NAME_PARTNER_OWN_ZIPF


def test_ukrainian_still_asks_for_a_common_forename() -> None:
    """Ukrainian has a frequency list: a forename it reads is read (Ivan: Іван) as before."""
    out = _read("Letters of Ivan Drach were found.", "uk")
    assert "Іван Драч" in out, out
