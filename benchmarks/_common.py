"""Shared helpers of the benchmark scripts: data paths, fixed-seed text, peer tools, a local server."""

from __future__ import annotations

import csv
import hashlib
import random
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the shared data sit beside the project (../shared); a clone one folder deeper finds them too
SHARED = next((p / "shared" / "data" / "pairs" for p in ROOT.parents if (p / "shared" / "data" / "pairs").is_dir()),
              ROOT.parent / "shared" / "data" / "pairs")


def read_pairs(name: str) -> list[dict[str, str]]:
    path = SHARED / name
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def split_by_record(rows: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Split pair rows into (development half, held-out half), deterministically and whole records
    together. A record is its source repository plus the ``rec``/``id`` its ``scheme_or_context``
    names (so one record exported twice, as .mrc and .xml, stays on one side), or its repository
    and file when it names none. Records are taken in the order of a SHA-256 of that key, and each
    goes to the half holding fewer rows so far, so the halves come out about equal; the split
    depends on nothing but the keys. Rules are to be written from the development half only; a
    figure on the held-out half measures rules that never saw it."""
    groups: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        m = re.search(r"\b(?:rec|id) ([^;\s]+)", r.get("scheme_or_context", ""))
        # a record exported twice (the same rec in .mrc and .xml) is one record
        key = "\t".join((r.get("source_repo", ""), m.group(1) if m else r.get("source_path", "")))
        groups.setdefault(key, []).append(r)
    dev: list[dict[str, str]] = []
    held: list[dict[str, str]] = []
    for key in sorted(groups, key=lambda k: hashlib.sha256(k.encode("utf-8")).hexdigest()):
        (dev if len(dev) <= len(held) else held).extend(groups[key])
    order = {id(r): i for i, r in enumerate(rows)}  # each half in file order
    return sorted(dev, key=lambda r: order[id(r)]), sorted(held, key=lambda r: order[id(r)])


def russian_words(n: int = 30000) -> list[str]:
    from wordfreq import top_n_list

    return [w for w in top_n_list("ru", n * 2) if re.fullmatch(r"[а-яё]+", w)][:n]


def titles(count: int, seed: int = 1) -> list[str]:
    """Titles of 2–8 words drawn by frequency from wordfreq's Russian list (fixed seed)."""
    from wordfreq import word_frequency

    words = russian_words(20000)
    weights = [word_frequency(w, "ru") ** 0.5 for w in words]
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        k = rng.randint(2, 8)
        t = " ".join(rng.choices(words, weights, k=k))
        out.append(t[:1].upper() + t[1:])
    return out


def fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower().replace("ё", "е")


WORD = re.compile(r"[^\W\d_]+")


def word_accuracy(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """(share of words right, share of whole strings right), case-insensitive, ё = е."""
    words_ok = words_all = strings_ok = 0
    for got, want in pairs:
        g, w = WORD.findall(fold(got)), WORD.findall(fold(want))
        words_all += len(w)
        words_ok += sum(1 for a, b in zip(g, w) if a == b) if len(g) == len(w) else sum(1 for x in w if x in g)
        strings_ok += g == w
    return (words_ok / words_all if words_all else 0.0, strings_ok / len(pairs) if pairs else 0.0)


def peers_to_cyrillic():
    """Reverse conversion by the other tools, each as a function latin → cyrillic (or None)."""
    out = {}
    try:
        from transliterate import translit

        out["transliterate"] = lambda s: translit(s, "ru")
    except ImportError:
        pass
    try:
        import cyrtranslit

        out["cyrtranslit"] = lambda s: cyrtranslit.to_cyrillic(s, "ru")
    except ImportError:
        pass
    try:
        import icu

        t = icu.Transliterator.createInstance("Latin-Cyrillic")
        out["PyICU Latin-Cyrillic"] = t.transliterate
        t2 = icu.Transliterator.createInstance("Russian-Latin/BGN", icu.UTransDirection.REVERSE)
        out["PyICU Russian-Latin/BGN reversed"] = t2.transliterate
    except Exception:  # PyICU missing or without these transforms
        pass
    return out


def local_server(poll: float = 0.05) -> str:
    """Serve translit's web app with uvicorn in a daemon thread on a free port of 127.0.0.1 and
    return its base URL once ``/health`` answers (checked every ``poll`` seconds). Used by the
    benchmarks that need a live server and by ``docs/make_screenshot.py``."""
    import socket
    import threading
    import time

    import httpx
    import uvicorn

    from translit.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=srv.run, daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    while True:
        try:
            httpx.get(base + "/health")
            return base
        except httpx.HTTPError:
            time.sleep(poll)
