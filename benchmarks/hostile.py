"""Hostile input, measured: how often ``fix`` changes text that is not Russian (phrases of
wordfreq's most frequent French, German, Spanish, Portuguese, Polish, Czech and Turkish words, the
letters with diacritics that mojibake is made of), how often ``fix(fix(x)) != fix(x)`` and
``key(key(x)) != key(x)`` on random strings of the characters mojibake is made of (fixed seed),
and whether Russian mojibake inside English prose is repaired.

``--documents N`` runs the document converter (``convert --in FILE --out FILE``, the entry point
of the CLI and of document uploads to ``POST /api/batch``) on N damaged documents made from the
fuzzer's seeds (``fuzz/corpus/document``: a Word file, HTML pages, BibTeX, RIS), with a fixed
seed: random bytes changed, cut short, spliced with another seed, and for the Word file its
``word/document.xml`` damaged inside a well-formed ZIP. Each is named as its seed's format and
with no extension. It counts the files converted, refused with a clear error (one line), and
anything else (a crash: should be 0), an output left after a refusal (should be 0), and a
document with nothing converted that did not come back byte for byte (should be 0).

    .venv/bin/python benchmarks/hostile.py [--n 2000] [--documents 500]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import titles  # noqa: E402

LANGS = ("fr", "de", "es", "pt", "pl", "cs", "tr")
ALPHABET = ([chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0x80, 0x100)]
            + [chr(c) for c in range(0x400, 0x460)] + list("\u0301\u0306\u0361\ufe20\ufe21ʹʺ€„…–—\u2500\ufffd"))
ENGLISH = ("The book {} was read in the archive.", "See {} (Moscow, 1991), p. 12.", "He wrote {} in 1937.")


def western_phrases(rng: random.Random, per_lang: int) -> list[str]:
    from wordfreq import top_n_list

    out = []
    for lang in LANGS:
        words = [w for w in top_n_list(lang, 5000) if w.isalpha()]
        accented = [w for w in words if any(ord(c) > 127 for c in w)]
        for _ in range(per_lang):
            phrase = [rng.choice(accented)] + rng.sample(words, rng.randint(0, 4))
            rng.shuffle(phrase)
            out.append(" ".join(phrase))
    return out


def damaged_documents(rng: random.Random, n: int) -> list[tuple[str, bytes]]:
    """N damaged documents (name, bytes) from the fuzzer's document seeds."""
    import io
    import zipfile

    seeds = sorted((Path(__file__).resolve().parent.parent / "fuzz" / "corpus" / "document").iterdir())
    out = []
    for i in range(n):
        seed = seeds[i % len(seeds)]
        data = bytearray(seed.read_bytes())
        how = rng.randrange(4)
        if how == 0:
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif how == 1:
            data = data[:rng.randrange(len(data))]
        elif how == 2:
            other = rng.choice(seeds).read_bytes()
            a = rng.randrange(len(data))
            data = data[:a] + other[rng.randrange(len(other)):]
        elif seed.suffix == ".docx":
            with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
                parts = [(m, z.read(m)) for m in z.namelist()]
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for name, body in parts:
                    if name == "word/document.xml":
                        body = bytearray(body)
                        for _ in range(rng.randint(1, 4)):
                            body[rng.randrange(len(body))] = rng.choice(b"<>&;/=\"'\x00\xff")
                    z.writestr(name, bytes(body))
            data = bytearray(buf.getvalue())
        else:
            data = data + bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        out.append((seed.suffix, bytes(data)))
    return out


def documents(n: int) -> None:
    import os
    import tempfile
    import time

    from translit.documents import convert_file
    from translit.errors import TranslitError

    rng = random.Random(7)
    converted = refused = crashed = left = changed_untouched = 0
    slowest = 0.0
    start = time.process_time()
    examples: list[str] = []
    with tempfile.TemporaryDirectory() as d:
        for suffix, data in damaged_documents(rng, n):
            for name in ("in" + suffix, "in"):
                src, out = os.path.join(d, name), os.path.join(d, "out-" + name)
                with open(src, "wb") as fh:
                    fh.write(data)
                t = time.process_time()
                try:
                    r = convert_file(src, out, to="alalc")
                    converted += 1
                    if not r.changes and not r.unwritten and open(out, "rb").read() != data:
                        changed_untouched += 1
                    os.remove(out)
                except TranslitError as exc:
                    refused += 1
                    if os.path.exists(out) or any(f.startswith(".translit-") for f in os.listdir(d)):
                        left += 1
                    if len(examples) < 4 and str(exc) not in examples:
                        examples.append(str(exc).replace(d + os.sep, ""))
                except Exception as exc:  # noqa: BLE001 (a crash is what is counted)
                    crashed += 1
                    print(f"   CRASH on {name}: {type(exc).__name__}: {exc}")
                slowest = max(slowest, time.process_time() - t)
    total = converted + refused + crashed
    print(f"damaged documents: {total} runs ({n} files, each by its name and with no extension): "
          f"{converted} converted, {refused} refused with one line, {crashed} crashed; "
          f"outputs left after a refusal: {left}; unconverted documents not byte for byte: {changed_untouched}")
    print(f"   CPU {time.process_time() - start:.1f} s in all, slowest file {slowest:.2f} s")
    for e in examples:
        print(f"   e.g. {e}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--documents", type=int, default=0, help="also run N damaged documents (0: not)")
    ap.add_argument("--only-documents", action="store_true", help="run the damaged documents alone")
    args = ap.parse_args()
    if args.documents:
        documents(args.documents)
        if args.only_documents:
            return
    import translit
    from translit.repair import fix

    rng = random.Random(7)
    western = western_phrases(rng, args.n // len(LANGS))
    changed = [p for p in western if fix(p).text != p]
    noise = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8))) for _ in range(args.n)]
    fix_unstable = sum(1 for s in noise if fix(fix(s).text).text != fix(s).text)
    key_unstable = sum(1 for s in noise if translit.key(translit.key(s)) != translit.key(s))
    key_spaces = sum(1 for s in noise if translit.key(s) != " ".join(translit.key(s).split()))
    prose = []
    for t in titles(100, seed=11):
        damaged = t.encode("cp1251", errors="replace").decode("cp1252", errors="replace")
        if "\ufffd" in damaged or "?" in damaged:
            continue
        sentence = rng.choice(ENGLISH)
        prose.append(fix(sentence.format(damaged)).text == sentence.format(t))
    print(f"western phrases changed by fix: {len(changed)} of {len(western)} ({100 * len(changed) / len(western):.1f} %)")
    for p in changed[:5]:
        print(f"   {p!r} -> {fix(p).text!r}")
    print(f"fix(fix(x)) != fix(x): {fix_unstable} of {len(noise)} random strings")
    print(f"key(key(x)) != key(x): {key_unstable} of {len(noise)}; keys with stray spaces: {key_spaces}")
    print(f"cp1251-as-cp1252 Russian inside English sentences repaired: {sum(prose)} of {len(prose)}")


if __name__ == "__main__":
    main()
