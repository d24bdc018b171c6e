"""Properties of the cataloguer's workflow pieces on arbitrary Unicode: MARC field casing changes
only the case of Cyrillic letters, and reconciliation answers any query without failing."""

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit.case import field_case, lower_first_word, source_case
from translit.marc import is_english_phrase
from translit.reconcile import Authority, Entry, similarity

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CYR = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
TEXT = st.text(alphabet=st.sampled_from(CYR + " .,:;/=[]-1XIVabc") | st.characters(blacklist_categories=("Cs",)),
               max_size=60)


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from("abcnpq6e"), TEXT), max_size=5))
def test_field_case_changes_only_case(subs):
    out = field_case(subs, "abcnp", "bcnp")
    assert [c for c, _ in out] == [c for c, _ in subs]
    for (c, before), (_, after) in zip(subs, out):
        if c in "abcnp":
            assert after.lower() == unicodedata.normalize("NFC", before).lower()
        else:
            assert after == before
    assert source_case(" ".join(v for _, v in subs)) in ("caps", "title", "cased")


@SETTINGS
@given(TEXT)
def test_lower_first_word_touches_one_word_at_most(text):
    out = lower_first_word(text)
    assert out.lower() == text.lower()
    assert sum(a != b for a, b in zip(out, text)) <= max((len(w) for w in text.split()), default=0)
    assert isinstance(is_english_phrase(text), bool)


AUTH = Authority([Entry("n1", "Бухарин, Николай Иванович, 1888-1938", "person"),
                  Entry("n2", "Ежов, Николай Иванович", "person", ["Jeschow, Nikolai"]),
                  Entry("n3", "Реабилитация: как это было")])


@SETTINGS
@given(st.text(max_size=80), st.integers(min_value=1, max_value=5))
def test_reconcile_answers_any_query(query, limit):
    found = AUTH.reconcile(query, limit=limit)
    assert len(found) <= limit
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    assert all(0 <= c.score <= 100 for c in found) and sum(c.match for c in found) <= 1
    s, why = similarity(query, query)
    assert (s == 100 and why == "same match key") or not query


def test_similarity_is_name_aware_on_three_kinds_of_names():
    # initials against forenames, a missing patronymic, dates on one side only, contradicting dates
    assert similarity("n i bukharin", "nikolai ivanovich bukharin 1888 1938")[0] >= 90
    assert similarity("nikolai ezhov", "nikolai ivanovich ezhov")[0] >= 90
    assert similarity("marina tsvetaeva", "marina tsvetaeva 1892 1941")[0] == 97
    assert similarity("lev trotskii 1900 1950", "lev trotskii 1879 1940")[0] < 80
    assert similarity("tsvetaeva", "marina ivanovna tsvetaeva")[0] == 75
    assert similarity("istoriia rossii", "nikolai ivanovich bukharin")[0] < 50
