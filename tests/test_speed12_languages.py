"""speed12: choosing the language of each line (``translit convert`` without ``--lang``) does less
work for the same answers. Each fast path is compared with the careful path it replaces, on words
and texts of our own of several kinds (English prose with Russian inside, Ukrainian and Bulgarian
romanized titles, archive footnotes):

- the other languages' character-model beam (:func:`translit.langs.reader._model_paths`) finds a
  position's spellings once, not once per state of the beam, and remembers what an addition
  scores after two letters; the lexicon walk (``_lexicon_paths``) finds a position's chunks once;
  whether a scheme spells a word (``spellable``) is remembered;
- whether a word is a common Western word is remembered per word;
- identification takes the Russian reading the choice has made already (the same call).
"""

from __future__ import annotations

import pytest
import wordfreq

from translit.langs import choose as choose_mod
from translit.langs import reader as lreader
from translit.langs import identify as ident
from translit.langs.identify import identify
from translit.read.reader import to_cyrillic
from translit.schemes import scheme_ids

WORDS = {
    "english": ["committee", "whereupon", "reviewer", "thistles", "x"],
    "ukrainian": ["Istoriia", "Ukrainy", "Hrushevskyi", "Kyiv", "vydavnytstvo", "zbirnyk", "L'viv"],
    "bulgarian": ["Istoriya", "balgarskiya", "Sofiya", "ezik", "Plovdiv", "sbornik"],
    "russian": ["Kuznetsov", "Chernyshevskii", "Shchedrin", "stat'i", "ob''ekt", "Podʺiachev"],
}
LANGS = ("uk", "be", "bg", "sr", "mk")


def _careful_model_paths(w: str, lang: str, prefer: frozenset[str], width: int):
    """The character model's beam as it was written first: a position's spellings found again for
    every state, every addition scored from the whole Cyrillic."""
    t, m, n = lreader.tables(lang), lreader.model(lang), len(w)
    beams: list[dict[str, float]] = [dict() for _ in range(n + 1)]
    beams[0][""] = 0.0
    for i in range(n):
        for cyr, sc in sorted(beams[i].items(), key=lambda kv: -kv[1])[:width]:
            prev = cyr[-1] if cyr else lreader.START
            options = [(c, c.cyrillic, len(c.latin)) for c in t.by_first.get(w[i], ()) if w.startswith(c.latin, i)] \
                or [(None, w[i], 1)]
            for chunk, cyr_add, step in options:
                extra = 0.0
                if chunk is not None and prefer:
                    shared = len(chunk.schemes & prefer)
                    extra -= 4.0 if not shared else 1.0 * (1 - shared / len(prefer))
                if chunk is not None and chunk.after is not None and prev not in chunk.after:
                    extra -= 2.0
                if chunk is not None and chunk.at_end and i + step != n:
                    continue
                signs = tuple(cyr_add + d for d in t.droppable if cyr_add and cyr_add[-1] not in t.droppable)
                for add in (cyr_add,) + signs:
                    new = cyr + add
                    s = sc + extra + lreader._extend_score(m, cyr, new) - (1.5 if add != cyr_add else 0.0)
                    if beams[i + step].get(new, -1e9) < s:
                        beams[i + step][new] = s
    final = sorted(((cyr, sc + m.get(("##" + cyr)[-2:] + "#", -12.0)) for cyr, sc in beams[n].items()),
                   key=lambda kv: -kv[1])
    return tuple(final[:5])


@pytest.mark.parametrize("kind", sorted(WORDS))
def test_the_model_beam_is_the_careful_beam(kind):
    for lang in LANGS:
        for word in WORDS[kind]:
            w = lreader.fold_latin(word)
            for prefer in (frozenset(), frozenset(sid for sid in scheme_ids(lang)[:1])):
                for width in (8, lreader._BEAM):
                    fast = lreader._model_paths.__wrapped__(w, lang, prefer, width)
                    assert fast == _careful_model_paths(w, lang, prefer, width), (lang, word, prefer, width)


@pytest.mark.parametrize("kind", sorted(WORDS))
def test_spellable_is_remembered_not_changed(kind):
    for lang in LANGS:
        for sid in scheme_ids(lang):
            for word in WORDS[kind]:
                w = lreader.fold_latin(word)
                assert lreader.spellable(w, lang, sid) == lreader._spellable(w, lang, sid)
                assert lreader.spellable(w, lang, sid) == lreader._spellable(w, lang, sid)  # (remembered)


@pytest.mark.parametrize("kind", sorted(WORDS))
def test_western_words_are_counted_as_wordfreq_counts_them(kind):
    text = " ".join(WORDS[kind]) + " the and of about"
    words = [w.lower() for w in choose_mod._LAT_WORD.findall(text) if len(w) > 2]
    careful = sum(max(wordfreq.zipf_frequency(w, lg) for lg in choose_mod.WESTERN) >= choose_mod.WESTERN_ZIPF
                  for w in words)
    for _ in range(2):
        assert choose_mod._western_words(text) == (careful, len(words))


TEXTS = {
    "ukrainian": ["Hrushevs'kyi, Istoriia Ukrainy-Rusy, t. 3 (Kyiv, 1905)", "Zbirnyk prats' Naukovoho tovarystva",
                  "Ukrains'kyi istorychnyi zhurnal"],
    "bulgarian": ["Istoriya na balgarskiya ezik", "Balgarska akademiya na naukite, Sofiya", "Plovdivski universitet"],
    "footnotes": ["TsDAVO, f. 1, op. 2, spr. 17, ark. 5zv.", "RGASPI, f. 17, op. 3, d. 1003, l. 5ob.",
                  "Ibid., l. 9; Arkhiv UFSB, d. P-9041"],
    "prose": ["Moshe Lewin cites Voprosy istorii", "Sovetskaia etnografiia i Kiev", "Zhurnal Ministerstva"],
}


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_identification_with_the_reading_made_is_identification(kind):
    for text in TEXTS[kind]:
        careful = identify(text)
        fast = identify(text, russian_reading=to_cyrillic(text))
        assert (fast.language, fast.confidence) == (careful.language, careful.confidence)
        assert [(s.language, s.score, s.evidence) for s in fast.ranking] == \
            [(s.language, s.score, s.evidence) for s in careful.ranking]


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_the_choice_is_the_same_with_or_without_the_reading_kept(kind, monkeypatch):
    for text in TEXTS[kind]:
        fast = choose_mod.choose_read(text)
        original = ident.identify  # (imported by choose_read at each call: patched here, it makes its own reading)
        monkeypatch.setattr(ident, "identify", lambda t, among=None, russian_reading=None: original(t, among))
        careful = choose_mod.choose_read(text)
        monkeypatch.undo()
        assert fast == careful
