"""The garbage collector's young threshold (``translit.read.candidates.YOUNG_COLLECTION``, raised
by helper speed23 from 100,000 to 1,000,000 new objects) changes when the collector runs, never
what the reader answers: the same texts read cold with the collector at Python's default (700,
many collections in a text) and at the reader's threshold give the same readings, and reading
leaves (almost) no cyclic garbage for a rarer collection to hold longer. Inputs are our own."""

from __future__ import annotations

import gc
import json

import pytest

import translit
from translit.read.candidates import YOUNG_COLLECTION, clear_caches, reader, settle_heap

TEXTS = [
    "Zapiski okhotnika: rasskazy i ocherki",
    "Sobranie sochinenii v dvenadtsati tomakh. Tom tretii",
    "Pis\u02b9ma k bratu i sestre, 1881\u20131899",
    "Očerki po istorii russkoj literaturnoj kritiki",
    "Tschechow und die Bühne: Briefe aus Jalta",
    "The Menshevik exiles in Berlin and their journal Sotsialisticheskii vestnik",
    "Kniga o vkusnoi i zdorovoi pishche",
    "Vospominaniia o Moskovskom universitete",
    "IA. P. Polonskii, Stikhotvoreniia (Leningrad: Sovetskii pisatel\u02b9, 1957)",
]


def _answers(threshold: int) -> list[str]:
    """Every text read cold (caches emptied), the collector's young threshold set to ``threshold``;
    each answer as its full ``--json`` record (candidates, reasons, scheme)."""
    saved = gc.get_threshold()
    try:
        gc.set_threshold(threshold, 10, 10)
        out = []
        for text in TEXTS:
            clear_caches()
            r = translit.to_cyrillic(text)
            out.append(json.dumps(r.as_dict(candidates=None), ensure_ascii=False, sort_keys=True, default=str))
        return out
    finally:
        gc.set_threshold(*saved)
        clear_caches()


def test_the_threshold_is_the_raised_one():
    reader()
    assert YOUNG_COLLECTION == 1_000_000
    saved = gc.get_threshold()
    try:
        gc.set_threshold(100_000, 10, 10)  # the former threshold is raised to the new one
        settle_heap()
        assert gc.get_threshold()[0] == YOUNG_COLLECTION
    finally:
        gc.set_threshold(*saved)


def test_readings_do_not_depend_on_when_the_collector_runs():
    reader()
    assert _answers(700) == _answers(YOUNG_COLLECTION)


@pytest.mark.parametrize("scheme", [None, "alalc-plain", "iso9"])
def test_named_and_detected_readings_agree_across_thresholds(scheme):
    reader()
    saved = gc.get_threshold()
    try:
        got = {}
        for th in (700, YOUNG_COLLECTION):
            gc.set_threshold(th, 10, 10)
            clear_caches()
            got[th] = [translit.to_cyrillic(t, scheme=scheme).text for t in TEXTS]
        assert got[700] == got[YOUNG_COLLECTION]
        assert any(any("\u0400" <= c <= "\u04ff" for c in s) for s in got[700])  # something was read
    finally:
        gc.set_threshold(*saved)
        clear_caches()


def test_reading_leaves_little_cyclic_garbage():
    """What a rarer collection would hold longer: the cycles reading leaves behind."""
    reader()
    clear_caches()
    gc.collect()
    saved = gc.get_threshold()
    try:
        gc.disable()
        for text in TEXTS * 3:
            translit.to_cyrillic(text)
        found = gc.collect()
    finally:
        gc.enable()
        gc.set_threshold(*saved)
        clear_caches()
    assert found < 2_000, found
