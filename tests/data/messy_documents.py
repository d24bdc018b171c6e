"""Messy real-world documents for probing every entry point (issue 12), written by hand for this
purpose (probe5), not taken from any held-out set and never used to tune a reading rule.

Nothing here is a reading test: the checks that use these documents (tests/test_messy_documents.py)
assert only what the project promises for any input: no crash, a clear error, counts in equal
counts out, and text that is not Russian (or not text at all) coming back byte for byte.

What the builders make:

* ``article_bytes()``: an English article about Soviet history with Russian inside, in several
  romanization schemes and in Cyrillic, with footnotes full of archive citations, URLs, DOIs,
  e-mail addresses, ISBNs, emoji, right-to-left text, combining marks, zero-width joiners, soft
  hyphens, no-break spaces, CRLF and lone CR line endings, tabs, a byte-order mark, Windows-1251
  and KOI8-R bytes inside a file that says it is UTF-8, mojibake (``Ð Ð¾Ñ``), one very long line
  and empty lines.
* ``csv_bytes()``: a spreadsheet export with a BOM, semicolons, quoted newlines, ragged rows.
* ``jsonl_bytes()``: JSON lines with blank lines, a line that is not JSON, an array, a number.

    .venv/bin/python tests/data/messy_documents.py OUTDIR   # writes article.txt, table.csv, rows.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

# Paragraphs of the article, as text; joined below with a mix of line endings.
_PARAGRAPHS = [
    "\ufeffThe Purge Files Revisited: Archives, Memory and the Soviet State",
    "",
    "By Jane Q. Doe and Pyotr\u00a0A. Ivanov <jane.doe@example.ac.uk>",
    "",
    "In the 1930s the Politburo's 'Osobaia papka' (Особая папка) held the sensitive decisions;"
    " historians such as Oleg V. Khlevniuk and Stephen F. Cohen read them in RGASPI f. 17, op. 162.[1]"
    " The XX Congress (1956) \u2014 see vol. II, pp. 12\u201314 \u2014 changed the tone.",
    "Lenin\u2019s plan, the Romanovs\u2019 fate, and Leninism\u2019s heirs: Trotskyist and Menshevik critics"
    " wrote \u00abПравда\u00bb and \u201eIzvestiia\u201c alike.\u00a0See https://doi.org/10.1080/09668136.2015.1010927"
    " and ISBN 978-5-8243-1234-5.",
    "Emoji and scripts: \U0001F4DA\U0001F1F7\U0001F1FA \U0001F468\u200d\U0001F469\u200d\U0001F467 \u05e9\u05dc\u05d5\u05dd"
    " \u0645\u0631\u062d\u0628\u0627 \u4e2d\u6587 \u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac, combining"
    " e\u0301 and \u0438\u0306, soft hy\u00adphen, zero\u200bwidth, ZWJ a\u200db, tab\tseparated\tcells.",
    "\u202eRTL override\u202c inside a line, and Russian: Реабилитация: как это было, Reabilitatsiia: kak eto bylo,"
    " Reabilitat\u0361sii\u0361a: kak \u0117to bylo, Reabilitacija: kak \u00e8to bylo.",
    "Mojibake from a bad export: \u00d0 \u00d0\u00be\u00d1\u0081\u00d1\u0081\u00d0\u00b8\u00d1\u008f and"
    " \u00d0\u00e5\u00e0\u00e1\u00e8\u00eb\u00e8\u00f2\u00e0\u00f6\u00e8\u00ff, then German: Gr\u00fc\u00dfe aus M\u00fcnchen.",
    "",
    "Notes",
    "[1] RGASPI, f. 17, op. 162, d. 9, l. 54\u201354ob.; ibid., l. 55. GARF, f. R-5446, op. 1, d. 12."
    " \u0420\u0413\u0410\u0421\u041f\u0418. \u0424. 17. \u041e\u043f. 3. \u0414. 1003. \u041b. 5 \u043e\u0431.",
    "[2] TsGAOR SSSR, f. 9401, op. 2, d. 64, ll. 1\u20133; cf. A. N. Iakovlev, ed., Reabilitatsiia:"
    " Kak eto bylo (Moscow: MFD, 2000), 1:234. Online: http://www.alexanderyakovlev.org/fond/issues-doc/1000?a=b&c=\u0434.",
    "[3] Letter to the editor, 12/VI/1937, in Arkhiv Prezidenta RF (APRF), f. 3, op. 24, d. 1.\t(copy)",
]

# One very long line: a real footnote run together by a bad OCR with its line breaks lost.
_LONG = " ".join(
    f"[{n}] RGASPI, f. 17, op. {n}, d. {n * 3}, l. {n}; Neizvestnyi Bukharin, p. {n}; Stephen F. Cohen, Bukharin, {1970 + n % 30}."
    for n in range(4, 404)
)


def article_bytes() -> bytes:
    """The article as the bytes a user would upload: UTF-8 with a BOM, mixed line endings, a
    paragraph in Windows-1251 and one in KOI8-R that say nothing about it."""
    out = bytearray()
    endings = [b"\r\n", b"\n", b"\r", b"\n"]
    for i, p in enumerate(_PARAGRAPHS):
        out += p.encode("utf-8") + endings[i % len(endings)]
    out += "Windows-1251 paragraph: Реабилитация: как это было.".encode("cp1251") + b"\n"
    out += "KOI8-R paragraph: Неизвестный Бухарин.".encode("koi8_r") + b"\r\n"
    out += b"A lone byte \xff and a cut sequence \xd0 then text.\n"
    out += _LONG.encode("utf-8") + b"\n\n"
    out += "Last line without an ending: Leo Tolstoy, Voina i mir".encode("utf-8")
    return bytes(out)


def csv_bytes() -> bytes:
    """A spreadsheet export: BOM, semicolons, quoted fields with newlines and semicolons, a row
    with a missing column, a row with an extra column, CRLF endings, a Cyrillic header."""
    rows = [
        "\ufeffid;title;note",
        '1;"Reabilitatsiia; kak eto bylo";ok',
        '2;"Neizvestnyi\nBukharin";"two\r\nlines"',
        "3;Istoriia KPSS",
        "4;Leo Tolstoy;extra;cells",
        '5;"He said ""Pravda""";',
        "6;;empty title",
        '7;"\u202eRTL\u202c \U0001F4DA";emoji',
    ]
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


def jsonl_bytes() -> bytes:
    """JSON lines: blank lines, a line that is not JSON, an array, a number, a null field, a
    field that is not a string, escapes and a lone-surrogate escape."""
    lines = [
        '{"id": 1, "title": "Neizvestnyi Bukharin"}',
        "",
        '{"id": 2, "title": "Reabilitat\\u0361sii\\u0361a"}',
        "not json at all",
        "[1, 2, 3]",
        "42",
        '{"id": 3, "title": null}',
        '{"id": 4, "title": 17}',
        '{"id": 5, "title": "\\ud800 lone"}',
        '{"id": 6}',
        '{"id": 7, "title": "Istoriia \\"KPSS\\""}   ',
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "article.txt").write_bytes(article_bytes())
    (out / "table.csv").write_bytes(csv_bytes())
    (out / "rows.jsonl").write_bytes(jsonl_bytes())


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
