"""hunt16: classes of English that real documents (tests/data/hunt16/) had converted, each fixed as a
class and tested on inputs written for these tests (none a line of the documents):

- a page number of a book's front matter in lower-case Roman numerals ending in ii (xii + 406 pp.,
  pp. vii–xiii): read as romanized Russian (хии, khii) for its ii; now left by the pagination around it
  (``language._roman_pagination``);
- an English word damaged by OCR whose confusion stands beside the same letters written rightly
  (rnodern: the m scanned rn, the n's own rn kept): undoing the confusion everywhere gave no English
  word (modem), so it was read (модерн); now each place is undone alone too (``language._ocr_undone``);
- a capital I scanned as l before n (lnstitute, lndustry), a new row of ``ocr_confusions``.

Russian beside them is still read."""

import pytest

from prose_helpers import alalc, cyr
from translit.read.language import _ocr_english


@pytest.mark.parametrize("text, numeral", [
    ("London: Macmillan, 1962. xii + 290 pp. Illustrated.", "xii"),
    ("The editor's preface (pp. vii–xiii) surveys the sources.", "vii"),
    ("The editor's preface (pp. vii–xiii) surveys the sources.", "xiii"),
    ("Princeton, 1977. xviii + 504 pp. Maps, tables.", "xviii"),
    ("Ithaca, 1990. xxii, 318 p.", "xxii"),
    ("See the translator's note on pp. iii and 12.", "iii"),
])
def test_front_matter_pages_stay(text: str, numeral: str) -> None:
    for out in (cyr(text), alalc(text)):
        assert out == text, out
        assert numeral in out


def test_roman_pagination_beside_russian_title() -> None:
    text = "Ocherki istorii Sibiri (Novosibirsk, 1965), xii + 380 pp."
    out = cyr(text)
    assert out.startswith("Очерки истории Сибири (Новосибирск, 1965), xii + 380 pp.")


def test_lower_case_word_without_pagination_still_read() -> None:
    # a Russian word that is no numeral is still read beside pages
    assert "вид" in cyr("Obshchii vid goroda, 312 pp.").lower()


@pytest.mark.parametrize("word", ["rnodern", "Rnodern", "rnorning", "governrnent", "lnstitute",
                                  "lndustry", "lnternational"])
def test_ocr_english_at_one_place(word: str) -> None:
    assert _ocr_english(word)


@pytest.mark.parametrize("word", ["modern", "Institute", "Volna", "Kolnyi", "Polnoe", "Dolgorukii"])
def test_not_ocr_english(word: str) -> None:
    assert not _ocr_english(word)


@pytest.mark.parametrize("text", [
    "The scan of the review printed rnodern art as one word.",
    "In the rnodern city of Perm the factories closed.",
    "A rnodern reader of the 1920s press will notice the misprints.",
    'The report names the "lnstitute" and the "lndustrial Academy".',
])
def test_ocr_damaged_english_stays(text: str) -> None:
    for out in (cyr(text), alalc(text)):
        for w in ("rnodern", "lnstitute", "lndustrial"):
            assert text.count(w) == out.count(w), out


def test_ocr_russian_beside_damaged_english_still_read() -> None:
    out = cyr("The rnodern edition of Voina i mir sold well.")
    assert "rnodern" in out and "Война и мир" in out
