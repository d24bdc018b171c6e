"""Document-file benchmark: is a Word file or an HTML page converted exactly as its text is?

The sentences of the real-prose benchmark's development part (``benchmarks/data/prose_dev.tsv``,
English prose with Russian inside, each in the schemes its row names) become the paragraphs of a
.docx built with python-docx, of an HTML page and of an OpenDocument text (.odt, runs as
``text:span``). Every paragraph is cut into runs (inline
elements in HTML) of 3 to 14 characters, often inside a word, with alternating bold and italic,
which is harder than real documents, where a run usually holds whole words.

Figures per target: the share of paragraphs whose converted text is exactly what ``convert``
gives for the same lines (the text conversion, read as one document); the share of runs left
byte for byte; the changes not written (a word across a tab: none here); the CPU time of the text
conversion, and of the file conversions after it (the reader's caches then hold every reading,
so what remains is the cost of reading, mapping and writing the file).

    .venv/bin/python benchmarks/documents.py [--limit N] [--to alalc,cyrillic]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CUTS = (5, 9, 3, 14, 7, 4, 11)


def runs_of(text: str) -> list[str]:
    out, pos, i = [], 0, 0
    while pos < len(text):
        out.append(text[pos:pos + CUTS[i % len(CUTS)]])
        pos += CUTS[i % len(CUTS)]
        i += 1
    return out


def build_docx(path: Path, texts: list[str]) -> None:
    import docx

    d = docx.Document()
    for text in texts:
        p = d.add_paragraph()
        for i, piece in enumerate(runs_of(text)):
            r = p.add_run(piece)
            r.bold, r.italic = i % 3 == 1, i % 3 == 2
    d.save(str(path))


def build_html(path: Path, texts: list[str]) -> None:
    body = []
    for text in texts:
        parts = [html.escape(x, quote=False) for x in runs_of(text)]
        body.append("<p>" + "".join(f"<b>{x}</b>" if i % 3 == 1 else f"<i>{x}</i>" if i % 3 == 2 else x
                                    for i, x in enumerate(parts)) + "</p>")
    path.write_text('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>bench</title></head><body>\n'
                    + "\n".join(body) + "\n</body></html>\n", encoding="utf-8")


ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"')
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def build_odt(path: Path, texts: list[str]) -> None:
    """An OpenDocument text with the same paragraphs, each run a ``text:span`` (styles T1, T2)."""
    body = []
    for text in texts:
        parts = [html.escape(x, quote=False) for x in runs_of(text)]
        body.append("<text:p>" + "".join(f'<text:span text:style-name="T{i % 3}">{x}</text:span>' if i % 3 else x
                                         for i, x in enumerate(parts)) + "</text:p>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF}><office:body><office:text>'
               + "".join(body) + "</office:text></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)


def odt_paragraphs(path: Path) -> list[str]:
    from lxml import etree

    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("content.xml"))
    return ["".join(p.itertext()) for p in root.iter(f"{{{TEXT_NS}}}p")]


def docx_paragraphs(path: Path) -> tuple[list[str], list[bytes]]:
    from lxml import etree

    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    texts = ["".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in root.iter(f"{{{W}}}p")]
    return [t for t in texts if t], [etree.tostring(r) for r in root.iter(f"{{{W}}}r")]


def html_paragraphs(path: Path) -> list[str]:
    page = path.read_text("utf-8")
    return [html.unescape(re.sub(r"<[^>]*>", "", p)) for p in re.findall(r"<p>(.*?)</p>", page)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="use the first N sentences (default: all)")
    ap.add_argument("--to", default="alalc,cyrillic")
    args = ap.parse_args()
    from prose import load

    from translit.commands import document_results
    from translit.documents import convert_file

    texts = [s.text for s in load("dev")]
    if args.limit:
        texts = texts[:args.limit]
    print(f"{len(texts)} paragraphs (prose_dev.tsv, every scheme of each row), "
          f"{sum(len(runs_of(t)) for t in texts)} runs")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src_docx, src_html, src_odt = folder / "in.docx", folder / "in.html", folder / "in.odt"
        build_docx(src_docx, texts)
        build_html(src_html, texts)
        build_odt(src_odt, texts)
        _, runs_before = docx_paragraphs(src_docx)
        document_results("convert", texts[:3], {"to": "alalc", "policy": "running"})  # warm the caches
        for to in args.to.split(","):
            opts = {"to": to, "policy": "running"}
            t0 = time.process_time()
            want = [r["output"] for r in document_results("convert", texts, opts)]
            t_text = time.process_time() - t0
            t0 = time.process_time()
            report = convert_file(str(src_docx), str(folder / "out.docx"), to=to)
            t_docx = time.process_time() - t0
            got, runs_after = docx_paragraphs(folder / "out.docx")
            t0 = time.process_time()
            convert_file(str(src_html), str(folder / "out.html"), to=to)
            t_html = time.process_time() - t0
            got_html = html_paragraphs(folder / "out.html")
            t0 = time.process_time()
            convert_file(str(src_odt), str(folder / "out.odt"), to=to)
            t_odt = time.process_time() - t0
            got_odt = odt_paragraphs(folder / "out.odt")
            same = sum(a == b for a, b in zip(got, want))
            same_html = sum(a == b for a, b in zip(got_html, want))
            same_odt = sum(a == b for a, b in zip(got_odt, want))
            kept = sum(a == b for a, b in zip(runs_before, runs_after))
            changed = sum(a != b for a, b in zip(texts, want))
            print(f"--to {to}: paragraphs changed by convert {changed}/{len(texts)}; "
                  f"docx text = text conversion {same}/{len(texts)}, HTML {same_html}/{len(texts)}, "
                  f"odt {same_odt}/{len(texts)}; "
                  f"runs byte for byte {kept}/{len(runs_before)} ({kept / len(runs_before):.1%}); "
                  f"not written {len(report.unwritten)}; CPU s: text conversion {t_text:.1f}, then with its "
                  f"readings cached (the file's own cost) docx {t_docx:.2f}, HTML {t_html:.2f}, odt {t_odt:.2f}")


if __name__ == "__main__":
    main()
