"""speed10: one ranking code path (scoring.preferred) for live and stored readings, and the
small per-text steps made cheaper without changing an answer (a detected preference built from
the score list, penalties of several masks, the pre-1918 preference remembered per preference,
the reasons of a path's steps, a text's digits for the citation test)."""

from __future__ import annotations

import pytest

import translit
from translit.archives.rewrite import may_cite
from translit.read import scoring
from translit.read.candidates import clear_caches, latin_forms, mixable_schemes, reader, word_facts
from translit.read.chunks import tables
from translit.read.detect import _tally, detected_preference
from translit.read.scoring import Preference, _apply_preference, _base_scores, preferred, rank_reason
from translit.read.words import _favoured, _step_reasons
from translit.schemes import SCHEME_IDS

CAP = scoring.W.preference.max_penalty


def _bit(scheme: str) -> int:
    return 1 << SCHEME_IDS.index(scheme)


def _detected(best: str, by: float = 3.0) -> Preference:
    return Preference.from_scores({s: (by if s == best else 0.0) for s in SCHEME_IDS})


def _ranks():
    return [(0.0, "dictionary", "frequent word form"), (0.5, "name", "known name"), (-1.0, "dictionary", "rare")]


def test_preferred_keeps_one_reading_per_spelling_with_the_union_of_schemes():
    a, b = _bit("alalc-plain"), _bit("bgn-pcgn")
    rows = [("пример", a, 0.0, 4.0, "first", 0), ("пример", b, 0.0, 4.5, "second", 0), ("прымер", a, 0.0, 2.0, "x", 0)]
    out = preferred(rows, Preference.only(None), _ranks())
    assert [r[0] for r in out] == ["пример", "прымер"]
    assert out[0][1] == a | b and out[0][5] == "second" and out[0][2] == 4.5  # the better path's payload and score


def test_preferred_subtracts_the_penalty_and_adds_the_rank_bonus():
    a = _bit("alalc-plain")
    prefer = _detected("iso9")  # ALA-LC trails: penalized
    pen = prefer.penalty(a)
    assert pen > 0
    out = preferred([("слово", a, 0.0, 5.0, None, 1)], prefer, _ranks())
    assert out == [["слово", a, 5.0 - pen + 0.5, "name", "known name", None]]


def test_preferred_orders_by_score_then_modern_spelling_first():
    a = _bit("alalc-plain")
    rows = [("м\u0456ръ", a, 0.0, 3.0, 1, 0), ("мир", a, 0.0, 3.0, 2, 0), ("мера", a, 0.0, 3.5, 3, 0)]
    out = preferred(rows, Preference.only(None), _ranks())
    assert [r[0] for r in out] == ["мера", "мир", "м\u0456ръ"]


def test_preferred_drops_an_unmixed_schemes_spelling_without_its_evidence():
    unmixed = tables().unmixed
    if not unmixed:
        pytest.skip("no unmixed scheme in leniency.toml")
    bit = unmixed & -unmixed
    assert not bit & mixable_schemes()
    rows = [("был", bit, 0.0, 5.0, None, 0), ("бил", _bit("alalc-plain"), 0.0, 3.0, None, 0)]
    assert [r[0] for r in preferred(rows, Preference.only(None), _ranks())] == ["бил"]
    assert [r[0] for r in preferred(rows, _detected("alalc-plain", 100.0), _ranks())] == ["бил"]
    own = SCHEME_IDS[bit.bit_length() - 1]  # the text is in that scheme: its spelling is a reading
    assert [r[0] for r in preferred(rows, _detected(own, 100.0), _ranks())][0] == "был"


def test_preferred_drops_a_slip_only_other_conventions_make():
    a, b = _bit("alalc-plain"), _bit("bgn-pcgn")
    prefer = Preference.only("alalc-plain")  # a named scheme: every other at the cap
    assert prefer.penalty(b) == CAP
    rows = [("козлов", b, 1.0, 5.0, None, 0), ("козлофф", a, 0.0, 1.0, None, 0)]
    assert [r[0] for r in preferred(rows, prefer, _ranks())] == ["козлофф"]
    rows = [("козлов", b, 0.0, 5.0, None, 0)]  # no slip: kept, at the cap's penalty
    assert [r[0] for r in preferred(rows, prefer, _ranks())] == ["козлов"]


@pytest.mark.parametrize("word", ["sochinenii", "Pushkina", "MOSKVA", "pisma", "zhizn"])
def test_live_ranking_is_preferred_on_the_live_paths(word):
    clear_caches()
    norm, w = latin_forms(word)
    facts = word_facts(w)
    assert facts.paths
    for case in ("lower", "title", "upper"):
        rows, ranks = _base_scores(facts.paths, facts.zipf10, facts.flags, case)
        assert [r[4] for r in rows] == facts.paths
        for prefer in (Preference.only(None), _detected("alalc-plain"), _detected("iso9", 2.0)):
            live = _apply_preference((rows, ranks), prefer)
            core = preferred(rows, prefer, ranks)
            # (a ranked path's slips are named in its reason as it is ranked: rank_reason)
            assert [(p.cyr, p.mask, s, src, r) for p, s, src, r in live] == [tuple(c[:4]) + (rank_reason(c[4]),)
                                                                              for c in core]
            for (p, *_), c in zip(live, core):
                assert p.why == c[5].why and p.key == c[5].key  # the best path, with its schemes


@pytest.mark.parametrize("scores", [
    {s: float(i % 5) for i, s in enumerate(SCHEME_IDS)},
    {s: (12.0 if s == "alalc" else 1.5) for s in SCHEME_IDS},
    {s: -2.0 for s in SCHEME_IDS},
])
def test_preference_from_a_score_list_is_from_scores(scores):
    listed = Preference.from_score_list([scores[s] for s in SCHEME_IDS])
    assert listed == Preference.from_scores(scores)
    masks = (0b1, 0b110, _bit("iso9") | _bit("alalc-plain"), (1 << len(SCHEME_IDS)) - 1)
    assert listed.penalties_of(masks) == tuple(listed.penalty(m) for m in masks)
    assert listed.mask == sum(1 << i for i, p in enumerate(listed.penalties) if p == 0.0)


@pytest.mark.parametrize("text", ["Istoriia Rossii v XX veke", "Pis'ma k drugu", "Zapiski ob Irkutske i Sibiri"])
def test_detected_preference_is_that_of_the_tally(text):
    words = text.split()
    scores = _tally(words)[0]
    chosen, prefer = detected_preference(words)
    assert chosen == SCHEME_IDS[scores.index(max(scores))]
    assert prefer == Preference.from_scores(dict(zip(SCHEME_IDS, scores)))


def test_favoured_is_worked_out_per_preference_and_tables():
    tabs = reader().tables
    for prefer in (Preference.only(None), Preference.only("gost-779b"), Preference.only("alalc"), _detected("iso9")):
        want = (prefer.penalty(tabs.old_in_context_mask) == 0 and any(prefer.penalties)) \
            if tabs.old_in_context else None
        assert _favoured(prefer) is want
        assert _favoured(prefer) is want  # (remembered)


def test_step_reasons_each_once_none_empty_and_a_fresh_list():
    why = ("a slip", "", "another", "a slip")
    first = _step_reasons(why)
    assert first == ["a slip", "another"]
    first.append("changed by a caller")
    assert _step_reasons(why) == ["a slip", "another"]
    assert _step_reasons(()) == []
    assert _step_reasons(("", "")) == []


def test_citation_test_sees_any_digit():
    assert may_cite("GARF, f. 5446, op. 1, d. 12") is True
    assert may_cite("Sochineniia v dvukh tomakh") is False
    assert may_cite("Sochineniia, tom ³") is may_cite("Sochineniia, tom 3")  # (a superscript is a digit too)


@pytest.mark.parametrize("text", ["Neizvestnyi Bukharin", "Ocherki istorii russkoi derevni",
                                  "Moskva i moskvichi v XIX veke"])
def test_reading_is_the_same_with_caches_emptied(text):
    clear_caches()
    first = translit.to_cyrillic(text).as_dict(None)
    clear_caches()
    assert translit.to_cyrillic(text).as_dict(None) == first
    assert translit.to_cyrillic(text).as_dict(None) == first  # (then from the word caches)
