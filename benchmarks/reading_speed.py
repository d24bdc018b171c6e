"""Reading speed in CPU time: words per CPU second of `to_cyrillic` on generated titles.

Three figures, each on one core, measured with ``time.process_time()`` (CPU time, so the other
jobs of a shared machine do not count):
 1. cold words, scheme detected: 2,000 generated titles (seed 5) romanized into one scheme,
    every per-word cache of the reader emptied first, the scheme left to detection;
 2. the same, the titles romanized round-robin into every scheme (a line each);
 3. warm, scheme named: after those, a stream of 20,000 further titles (seed 23) in ALA-LC
    without diacritics, read once (as reverse_accuracy.py measures the README's "warm" figure:
    the process and its caches are warm, most words of the stream are met for the first time
    or again as they recur), then the same stream with the scheme left to detection.

With ``--index-ab R`` it measures the walk index (``translit.read.walk_index``) instead: the cold
detected runs of 1. and 2., alternately with the index off (every word walked), on, and on with
its spelling records (``translit.read.spelling_index``), R rounds, each figure the best of its
rounds (the machine's drift hits all alike).

With ``--rounds R`` each cold loop of 1. and 2. runs R times (caches emptied before each) and its
best figure is printed: on a shared machine the best of a few runs drifts less than one run.

``--detected-only`` runs the cold detected loop of 1. alone (its best of ``--rounds``): the figure
to compare when two trees are run side by side at the same moments on a shared machine.

Usage: python benchmarks/reading_speed.py [--titles N] [--scheme ID] [--profile] [--index-ab R] [--rounds R]
       [--detected-only]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import titles  # noqa: E402


def clear_reader_caches() -> None:
    """Empty every per-word cache of the reader, so each word is new to it."""
    try:
        from translit.read.candidates import clear_caches
    except ImportError:  # the reader before its caches had one switch
        from translit.read import language as langmod
        from translit.read import reader as rdmod
        from translit.read import detect as detmod

        rd = rdmod.reader()
        rd.cache.clear()
        rd.path_cache.clear()
        rd.spellable.cache_clear()
        rdmod._WORDS.clear()
        langmod._VERDICTS.clear()
        langmod._word_facts.cache_clear()
        langmod.english_zipf.cache_clear()
        detmod._word_evidence.cache_clear()
        for cell in rd.lex.has_prefix.__closure__ or ():  # the lexicon's memo of trie prefixes
            if isinstance(cell.cell_contents, dict):
                cell.cell_contents.clear()
        return
    clear_caches()


def words_per_cpu_second(texts: list[str], scheme: str | None) -> tuple[float, int]:
    import translit

    n = sum(len(s.split()) for s in texts)
    t = time.process_time()
    for s in texts:
        translit.to_cyrillic(s, scheme=scheme)
    return n / (time.process_time() - t), n


def index_ab(rounds: int, one: list[str], mixed: list[str], scheme: str) -> None:
    """Cold detected words per CPU second with the walk index off and on, alternately."""
    import os

    from translit.read.candidates import reader

    if os.environ.get("TRANSLIT_WALK_INDEX") == "0":
        sys.exit("the walk index is off (TRANSLIT_WALK_INDEX=0): nothing to compare")
    os.environ["TRANSLIT_WALK_INDEX"] = "1"  # built here if it is not on disk (about two CPU minutes)
    from translit.read.walk_index import walk_index

    rd = reader()
    walk_index.cache_clear()  # (the warm-up asked before TRANSLIT_WALK_INDEX was set: it remembered None)
    index = rd.index = walk_index()
    try:  # the spelling records beside the index (translit.read.spelling_index), built here if absent
        from translit.read.spelling_index import _records

        rd.__dict__.pop("records", None)  # (likewise: the warm-up found none without the index)
        records = _records()
    except ImportError:  # a reader before them
        records = None
    modes = ("walked", "index", "records") if records is not None else ("walked", "index")
    best: dict[tuple[str, str], float] = {}
    for _ in range(rounds):
        for mode in modes:
            rd.index = index if mode != "walked" else None
            rd.records = records if mode == "records" else None
            for name, texts in ((scheme, one), ("round-robin", mixed)):
                clear_reader_caches()
                fig, n = words_per_cpu_second(texts, None)
                best[(name, mode)] = max(best.get((name, mode), 0.0), fig)
    rd.index = index
    rd.records = records
    for name in (scheme, "round-robin"):
        off, on = best[(name, "walked")], best[(name, "index")]
        print(f"cold, scheme detected, {name}: every word walked {off:,.0f}, with the walk index {on:,.0f} "
              f"words per CPU second (x{on / off:.2f}; best of {rounds} rounds each)")
        if records is not None:
            rec = best[(name, "records")]
            print(f"  with the walk index and its spelling records {rec:,.0f} (x{rec / off:.2f} on walked, "
                  f"x{rec / on:.2f} on the index alone)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--titles", type=int, default=2000)
    ap.add_argument("--scheme", default="alalc-plain")
    ap.add_argument("--profile", action="store_true", help="cProfile the cold detected run instead")
    ap.add_argument("--skip-warm", action="store_true")
    ap.add_argument("--detected-only", action="store_true",
                    help="only the cold loop with the scheme detected (1.), for runs side by side with another tree")
    ap.add_argument("--rounds", type=int, default=1, metavar="R",
                    help="run each cold loop R times (caches emptied before each) and print the best")
    ap.add_argument("--index-ab", type=int, default=0, metavar="R",
                    help="cold detected runs with the walk index off and on, alternately, R rounds")
    args = ap.parse_args()

    import translit
    from translit.schemes import SCHEME_IDS

    # load the lexicon, the tables and the trigram model on words the runs do not use (one-time
    # start-up costs, as are the geonames table and pymorphy3's analyzer below: not per word)
    translit.to_cyrillic("Neizvestnyi Bukharin: stat'i i pis'ma")
    translit.to_cyrillic("Istoriia gosudarstva Rossiiskogo", scheme="alalc-plain")
    try:  # the table of established place names, loaded on the first title that names a place
        from translit.read.established import geonames_table

        geonames_table()
    except ImportError:  # a reader before established forms
        pass
    try:  # pymorphy3's analyzer (its dictionary files), loaded on the first phrase context reads by grammar
        from translit.read.context import _morph

        _morph()
    except ImportError:  # a reader before grammatical context
        pass
    gen = titles(args.titles, seed=5)
    one = [translit.romanize(t, args.scheme) for t in gen]
    mixed = [translit.romanize(t, SCHEME_IDS[i % len(SCHEME_IDS)]) for i, t in enumerate(gen)]
    if args.index_ab:
        index_ab(args.index_ab, one, mixed, args.scheme)
        return
    if args.profile:
        import cProfile
        import pstats

        clear_reader_caches()
        pr = cProfile.Profile()
        pr.enable()
        for s in one:
            translit.to_cyrillic(s)
        pr.disable()
        pstats.Stats(pr).sort_stats("cumulative").print_stats(45)
        pstats.Stats(pr).sort_stats("tottime").print_stats(30)
        return
    def cold_loop(texts: list[str], scheme: str | None) -> tuple[float, int]:
        best = 0.0
        for _ in range(max(1, args.rounds)):
            clear_reader_caches()
            fig, n = words_per_cpu_second(texts, scheme)
            best = max(best, fig)
        return best, n

    cold, n = cold_loop(one, None)
    print(f"{args.titles:,} titles ({n:,} words) in {args.scheme}, caches emptied, scheme detected: "
          f"{cold:,.0f} words per CPU second")
    if args.detected_only:
        return
    cold_named, _ = cold_loop(one, args.scheme)
    print(f"  the same, scheme named: {cold_named:,.0f} words per CPU second")
    cold_mixed, n = cold_loop(mixed, None)
    print(f"{args.titles:,} titles ({n:,} words), a scheme each round-robin over {len(SCHEME_IDS)}, caches emptied, "
          f"scheme detected: {cold_mixed:,.0f} words per CPU second")
    if not args.skip_warm:
        stream = [translit.romanize(t, "alalc-plain") for t in titles(20000, seed=23)]
        warm, n = words_per_cpu_second(stream, "alalc-plain")
        print(f"warm stream of 20,000 titles ({n:,} words) in alalc-plain, scheme named: "
              f"{warm:,.0f} words per CPU second")
        warm_det, _ = words_per_cpu_second(stream, None)
        print(f"  the same stream, scheme detected: {warm_det:,.0f} words per CPU second")


if __name__ == "__main__":
    main()
