"""speed12: ``convert`` on running text does less work for the same answers. Each fast path is
compared here with the careful path it replaces, on words and texts of our own of several kinds
(English prose, romanized Russian names and titles, words with a careful table's marks, OCR
damage, archive footnotes):

- the trigram guess (:meth:`WordReader.guess`) finds the chunks of each position once per word
  (rows remembered per rest of a word), keeps its beam as plain tuples and remembers what a chunk
  adds under the model per (the key's last two letters, the chunk's key); the careful path tests
  every chunk of a letter at every step of the beam and scores the whole key each time;
- a slip undone (OCR, typing) must reach a word form, so its spelling is ranked without making a
  guess (``ranked(..., guesses=False)``);
- a foreign forename's surname is tested before the neighbour languages' frequencies;
- ``convert`` cuts the text before a span only for ``case="catalog"``.
"""

from __future__ import annotations

import math

import pytest

from translit import convert, to_cyrillic
from translit.read import language
from translit.read.candidates import KEY_FOLD, _close, _extend, _Path, canonical_latin, has_scheme_diacritics, reader
from translit.read.chunks import ALL
from translit.read.policy import RUNNING_TEXT
from translit.read.scoring import Preference, ranked
from translit.read.weights import W

ENGLISH = ["reorchestrated", "unrecorded", "gallantly", "hydrofoil", "thistledown", "whereupon", "blacksmiths",
           "quizzical", "overwintering", "x"]
RUSSIAN = ["Zamiatinskii", "Prokhorovka", "Shchepotkina", "Zheleznovodskaia", "Tsvetaevoi", "Kholmogorets",
           "Semipalatinsk", "Verkhnekolymskii", "Narkomzem", "Gosplanovskii"]
MARKED = ["Zamii͡atin", "Ėrenburgovskiĭ", "Podʺi͡achev", "Tjutčevskij", "Gončiarovas", "Hrușciov", "Kárpovich",
          "Solzhenítsyn", "Txékhovski"]
DAMAGED = ["Narodnoc", "Iiteratury", "Novosibrisk", "rnoskovskii", "Sbalyapin", "tbe", "Petrogrnd"]
KINDS = {"english": ENGLISH, "russian": RUSSIAN, "marked": MARKED, "damaged": DAMAGED}


def _careful_guess(rd, w: str, mask: int) -> _Path | None:
    """The trigram guess as it was written first: every chunk of the letter tested at every step."""
    by_first, model = rd.tables.by_first, rd.lex.ngram
    n = len(w)
    max_cost = 0.0 if has_scheme_diacritics(w) else W.guess.max_slips
    beams: dict[int, list] = {0: [(0.0, _Path("", "", mask, 0.0, (), ()))]}
    for i in range(n):
        for sc, p in sorted(beams.pop(i, []), key=lambda t: -t[0])[:W.guess.beam]:
            prev = p.cyr[-1] if p.cyr else "^"
            for c in by_first.get(w[i], ()):
                ok = w.startswith(c.latin, i) and (c.after is None or prev in c.after) \
                    and not (c.at_end and i + len(c.latin) != n) and c.guess
                m = p.mask & c.mask
                if not ok or not m or c.cost > 0 and p.slips + c.cost > max_cost:
                    continue
                key = p.key + c.cyrillic.translate(KEY_FOLD)
                s = sc + _extend(model, p.key, key) - W.guess.slip_cost * c.cost
                if m != p.mask:  # the tables' share (weights.toml guess.scheme_prior, reverse19)
                    s += W.guess.scheme_prior * math.log(m.bit_count() / p.mask.bit_count())
                beams.setdefault(i + len(c.latin), []).append(
                    (s, _Path(p.cyr + c.cyrillic, key, m, p.slips + c.cost, p.why,
                              p.pieces + ((i, i + len(c.latin), c.cyrillic),))))
    final = beams.get(n)
    return max(final, key=lambda t: t[0] + _close(model, t[1].key))[1] if final else None


def _same_path(a: _Path | None, b: _Path | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.cyr, a.key, a.mask, a.slips, a.why, a.pieces) == (b.cyr, b.key, b.mask, b.slips, b.why, b.pieces)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_guess_is_the_careful_guess(kind):
    rd = reader()
    masks = [ALL, rd.tables.by_first["a"][0].mask, 1]
    for word in KINDS[kind]:
        w = canonical_latin(word)
        for mask in masks:
            for _ in range(2):  # (the second time from the remembered rows and model steps)
                assert _same_path(rd.guess(w, mask), _careful_guess(rd, w, mask)), (word, mask)


def test_a_guess_is_found_for_words_no_lexicon_holds():
    rd = reader()
    g = rd.guess(canonical_latin("Zatsepinskovo"), ALL)
    assert g is not None and g.cyr.startswith("зацеп") and g.why == ()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_ranking_without_guesses_only_drops_guesses(kind):
    prefer = Preference.only(None)
    for word in KINDS[kind]:
        w = canonical_latin(word)
        full = ranked(w, prefer, "lower")
        bare = ranked(w, prefer, "lower", guesses=False)
        if full and full[0][2] not in ("trigram", "compound"):
            assert [(p.cyr, s, src) for p, s, src, _ in bare] == [(p.cyr, s, src) for p, s, src, _ in full]
        else:
            assert bare == [] or bare[0][2] not in ("trigram", "compound")


def _careful_foreign_forenames(text, matches, words, verdicts, why):
    """``_foreign_forenames`` with its tests in their first order (the frequencies first)."""
    left = set()
    for k in range(len(matches) - 1):
        wr, w = words[k], matches[k].group()
        if verdicts[k] is False or k in why or not wr.candidates or not w.isalpha() or not w.isascii() \
                or not w[:1].isupper() or w.isupper() or language._STRONG_MARKS.search(w) or language._word_facts(w)[2]:
            continue
        ru = language._russian_zipf(wr.candidates[0].cyrillic)
        if ru >= W.running.foreign_forename_russian_below or language.neighbour_zipf(w.lower()) \
                < max(ru, language.english_zipf(w.lower())) + W.running.foreign_forename_margin:
            continue
        s = language._after_middle_initials(text, matches, k)
        surname, gap = matches[s].group(), text[matches[k].end():matches[k + 1].start()]
        if len(surname) < 2 or not surname[:1].isupper() or surname.isupper() \
                or not language._NAME_JOIN.fullmatch(gap) or "." in gap and s == k + 1 \
                or language._word_facts(surname)[2] and not language._marked_only_by_haceks(surname) \
                or language._STRONG_MARKS.search(surname):
            continue
        verdicts[k] = False
        left.add(k)
    return left


TEXTS = {
    "sports": ["Jakub Voracek and Kaisa Makarainen beat Ivan Petrov at the Ruka sprint.",
               "Veselin Topalov drew with Juraj Slafkovsky; Pavel Bure watched.",
               "Ondrej Pavelec saved 30 shots against Spartak, said Timo Jutila."],
    "history": ["Moshe Lewin cites Voprosy istorii and Stephen F. Cohen on Bukharin's Ekonomika.",
                "Georges Lukomski painted Novgorod; Aleksandr Blok wrote Dvenadtsat' in 1918.",
                "The reviewer, Jana Kralova, found Zamiatin's My in Paris."],
    "footnotes": ["RGASPI, f. 17, op. 3, d. 1003, l. 5ob.; see also Ivan Maiskii, Vospominaniia, p. 4.",
                  "GARF, f. R-5446, op. 1, d. 12; Eino Leino, Helkavirsia (Helsinki, 1903).",
                  "Ibid., l. 9; Teemu Selanne kept the letter of Nikolai Bukharin."],
}


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_foreign_forenames_decide_as_the_careful_order(kind, monkeypatch):
    for text in TEXTS[kind]:
        fast = to_cyrillic(text, policy=RUNNING_TEXT)
        monkeypatch.setattr(language, "_foreign_forenames", _careful_foreign_forenames)
        careful = to_cyrillic(text, policy=RUNNING_TEXT)
        monkeypatch.undo()
        assert fast.text == careful.text
        assert [(w.input, w.cyrillic, w.is_russian, w.reason) for w in fast.words] == \
            [(w.input, w.cyrillic, w.is_russian, w.reason) for w in careful.words]


def test_catalog_case_still_sees_the_text_before_a_span():
    text = "Sochineniia. tom 3. Istoriia Sovetskogo Soiuza, a study."
    out = convert(text, to="alalc", case="catalog").text
    assert out.startswith("Sochinenii͡a. Tom 3.") or out.startswith("Sochinenii͡a. tom 3.")
    long = " ".join([text] * 40)
    assert convert(long, to="alalc", case="catalog").text == " ".join([out] * 40)
