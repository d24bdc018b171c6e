"""Serbian's pooled frequency list (wordfreq's Serbo-Croatian) in identification (slavic9).

A form only Serbian writes counts in the pooled list only in Serbian's share of the text, so the
list shows it lower than Macedonian's list shows the same word: within that allowance the two
lists are a near tie, and a title of words the two languages share is said with low confidence."""

import pytest

from translit import identify
from translit.langs.identify import PRESENCE_MARGIN, lift_pooled, pooled_against, pooled_allowance


def test_allowance_is_read_from_the_data():
    allowance = pooled_allowance()
    assert set(allowance) == {"sr"}
    assert 0.0 < allowance["sr"] < 1.0


@pytest.mark.parametrize("mk, sr", [(4.1, 4.0), (3.6, 3.45), (5.0, 4.95)])
def test_a_word_within_the_allowance_comes_just_below_the_best_list(mk, sr):
    zipfs = {"ru": 0.0, "mk": mk, "sr": sr}
    assert lift_pooled(zipfs) == ["sr"]
    assert zipfs["sr"] == pytest.approx(mk - PRESENCE_MARGIN)
    assert zipfs["mk"] == mk


@pytest.mark.parametrize("mk, sr", [(5.2, 4.5), (4.8, 4.1), (3.9, 3.2)])
def test_a_word_far_below_is_raised_by_the_allowance_only(mk, sr):
    zipfs = {"mk": mk, "sr": sr}
    lift_pooled(zipfs)
    assert zipfs["sr"] == pytest.approx(sr + pooled_allowance()["sr"])
    assert zipfs["sr"] < mk - PRESENCE_MARGIN


@pytest.mark.parametrize("zipfs", [{"mk": 4.0, "sr": 0.0}, {"mk": 3.0, "sr": 4.0}, {"bg": 4.4, "sr": 4.4}])
def test_unlisted_or_leading_words_are_left_alone(zipfs):
    before = dict(zipfs)
    assert lift_pooled(zipfs) == []
    assert zipfs == before


@pytest.mark.parametrize("leader", ["ru", "uk", "bg"])
def test_no_lift_where_another_list_than_macedonians_leads(leader):
    assert pooled_against("sr") == frozenset({"mk"})
    zipfs = {leader: 4.3, "mk": 3.0, "sr": 4.2}
    assert lift_pooled(zipfs) == []
    assert zipfs["sr"] == 4.2


def test_listed_says_which_lists_hold_the_word():
    zipfs = {"mk": 4.0, "sr": 3.9}
    assert lift_pooled(zipfs, {"sr": False}) == []
    assert zipfs["sr"] == 3.9


@pytest.mark.parametrize("text", ["Квантна хемија", "Општа астрономија", "Шумарство и екологија"])
def test_titles_serbian_and_macedonian_share_are_a_tie(text):
    result = identify(text)
    assert result.language in ("sr", "mk")
    assert result.confidence < 0.52


@pytest.mark.parametrize("text, lang", [("Банкарство и финансије", "sr"), ("Историја на уметноста", "mk"),
                                        ("Збирка задачи по физика", "mk")])
def test_words_only_one_language_writes_still_decide(text, lang):
    result = identify(text)
    assert result.language == lang
    assert result.confidence > 0.8


@pytest.mark.parametrize("text", ["Вечер на хуторе близ Диканьки", "Из истории русской литературы",
                                  "Записки из мёртвого дома"])
def test_russian_titles_stay_russian(text):
    assert identify(text).language == "ru"
