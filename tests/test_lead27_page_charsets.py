"""A page that names a charset no browser uses (utf-7, utf-32, rot13…) is read as if it named none,
and UTF-16 named inside the page is taken as UTF-8, as the HTML prescan says (encodings.toml);
found by the document fuzzer: utf-7 with damaged bytes crashed the decoder."""

import html

import pytest

from translit.documents import convert_file
from translit.documents.html import web_encoding

PAGE = '<!DOCTYPE html><html><head><meta charset="{label}"><title>x</title></head><body><p>In {ru} \xff\xfe end</p></body></html>'


@pytest.mark.parametrize("label", ["utf-7", "UTF-32", "rot13", "hex", "no-such-codec"])
def test_a_label_that_is_no_web_encoding_is_ignored(label):
    assert web_encoding(label) is None


@pytest.mark.parametrize("label, codec", [("utf-16", "utf-8"), ("UTF-16LE", "utf-8"), ("windows-1251", "cp1251"),
                                          ("koi8-r", "koi8-r"), ("Shift_JIS", "shift_jis")])
def test_web_labels_are_taken_as_a_browser_takes_them(label, codec):
    assert web_encoding(label) == codec


@pytest.mark.parametrize("label", ["utf-7", "utf-32", "rot13"])
def test_a_page_naming_a_non_web_charset_is_converted_and_its_other_bytes_kept(tmp_path, label):
    head, tail = PAGE.split("{ru}")
    raw = head.format(label=label).encode("latin-1") + "Neizvestnyi Bukharin".encode() + tail.encode("latin-1")
    src, out = tmp_path / "p.html", tmp_path / "o.html"
    src.write_bytes(raw)
    report = convert_file(str(src), str(out), to="cyrillic")
    assert report.written
    got = out.read_bytes()
    # the page is not UTF-8 (its \xff\xfe), so it is read as windows-1252 and the new letters are
    # written as character references
    assert "Неизвестный Бухарин" in html.unescape(got.decode("latin-1"))
    assert got.startswith(head.format(label=label).encode("latin-1"))
    assert got.endswith(tail.encode("latin-1"))
