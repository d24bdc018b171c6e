"""hunt17: real-world documents of issue 12 (tests/data/hunt17/: an e-mail thread between
archivists with quoted replies and signatures, a bibliography as a PDF's text layer gives it with
line-end hyphens, ligatures, primes for soft signs and a page header, an émigré journal's contents
page with dot leaders). Each is converted whole as the document reader reads a .txt; what is not
Russian (URLs, e-mails, DOIs, ISBNs, ORCIDs, quote markers, ligatures, Polish names) must pass byte
for byte, the lines keep their count, the Russian is converted, and the citations are found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from translit import find_citations
from translit.read.document import convert_document

DATA = Path(__file__).parent / "data" / "hunt17"
NAMES = ["email_thread.txt", "bibliography_pdf.txt", "journal_toc.txt"]
# the things no romanization touches: links, addresses, identifiers
TOKENS = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w.-]+\.\w+|doi:\S+|10\.\d{4,}/\S+|ISBN [\d-]+X?"
                    r"|\d{4}-\d{4}-\d{4}-\d{4}|[ﬁﬂ]\w*|\w*[ﬁﬂ]\w*")


def _convert(name: str, to: str) -> tuple[list[str], list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").split("\n")
    return lines, [d.result.text for d in convert_document(lines, to=to)]


@pytest.mark.parametrize("to", ["cyrillic", "alalc"])
@pytest.mark.parametrize("name", NAMES)
def test_identifiers_and_markers_pass_byte_for_byte(name: str, to: str) -> None:
    lines, out = _convert(name, to)
    assert len(out) == len(lines)
    for before, after in zip(lines, out):
        for tok in TOKENS.findall(before):
            assert tok in after, (tok, after)
        quote = re.match(r"(?:> ?)*", before).group()
        assert after.startswith(quote)  # the reply's quote markers
        assert re.findall(r"\d+", after) == re.findall(r"\d+", before)


@pytest.mark.parametrize("to", ["cyrillic", "alalc"])
def test_email_other_nations_and_english_stay(to: str) -> None:
    lines, out = _convert("email_thread.txt", to)
    text = "\n".join(out)
    for word in ["Warszawa", "Wiśniewski", "Nałkowska", "Kowalczyk", "Okonkwo", "Eriksson", "BUW, Rkps 1123, k. 14",
                 "Pozdrawiam", "Urbana, IL 61801", "Thank you, the scans arrived."]:
        assert text.count(word) == "\n".join(lines).count(word), word


def test_bibliography_pdf_primes_and_treti() -> None:
    _, cyr = _convert("bibliography_pdf.txt", "cyrillic")
    text = "\n".join(cyr)
    assert "Советский писатель, 1971" in text  # the prime of pisatel′ is its soft sign, not kept beside ь
    assert "Издательство З. И. Гржебина" in text
    assert "в последней трети XVIII–первой трети XIX века" in text
    assert "литера-\nтура" in text and "Lit-\nerature" in text  # line-end hyphens kept, English untouched
    assert "The ﬁrst edition" in text and "the ﬂyleaf of" in text and "Whitﬁeld" in text
    _, lc = _convert("bibliography_pdf.txt", "alalc")
    assert "Sovetskiĭ pisatelʹ, 1971" in "\n".join(lc)
    assert "′" not in "\n".join(lc)


def test_journal_toc_keeps_leaders_and_page_numbers() -> None:
    lines, lc = _convert("journal_toc.txt", "alalc")
    assert "NOVYĬ ZHURNAL" in lc[0] and lc[1] == "THE NEW REVIEW"
    for before, after in zip(lines, lc):
        if " . . ." in before:
            assert after.count(" .") == before.count(" .") and after.split()[-1] == before.split()[-1]
    assert "F. Stepun — Byvshee i nesbyvsheesi͡a" in "\n".join(lc)
    assert lc[-1] == lines[-1]  # Printed in U.S.A. ...
    _, cyr = _convert("journal_toc.txt", "cyrillic")
    assert cyr[:15] == lines[:15]  # Cyrillic stays Cyrillic
    assert "Редактор: М. М. Карпович. Цена 2 доллара." in cyr[17]


@pytest.mark.parametrize("name, count", [("email_thread.txt", 3), ("bibliography_pdf.txt", 1), ("journal_toc.txt", 0)])
def test_citations_found(name: str, count: int) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    found = [c for line in text.split("\n") for c in find_citations(line)]
    assert len(found) == count
