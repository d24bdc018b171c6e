"""cite22: a registry archive cited with its first words as their acronym and the rest spelled out
(ЦГА Республики Узбекистан, TsGA Respubliki Kazakhstan, ГА Российской Федерации) is that archive:
the acronym's capitals are the initials of the name's first words, the words after it its last
words in any romanization. Where the words differ (ЦГА Республики Карелия) it is no registry
archive, whatever the acronym's letters."""
import pytest
from citation_helpers import one

import translit


@pytest.mark.parametrize("text,current,gost", [
    ("ЦГА Республики Узбекистан. Ф. Р-2. Оп. 3. Д. 40.", "TsGA RUz", "ЦГА РУз. Ф. Р-2. Оп. 3. Д. 40."),
    ("TsGA Respubliki Kazakhstan, f. 1380, op. 1, d. 9, l. 4.", "TsGA RK", "ЦГА РК. Ф. 1380. Оп. 1. Д. 9. Л. 4."),
    ("ГА Российской Федерации, ф. Р-5446, оп. 2, д. 18.", "GARF", "ГАРФ. Ф. Р-5446. Оп. 2. Д. 18."),
])
def test_acronym_then_words(text, current, gost):
    c = one(text)
    assert c.archive_current == current
    assert c.format("gost") == gost


@pytest.mark.parametrize("text", [
    "ЦГА Республики Карелия. Ф. 5. Оп. 1. Д. 7.",
    "TsGA Respubliki Tatarstan, f. 5, op. 1, d. 7.",
    "ГА Ростовской области, ф. 5, оп. 1, д. 2.",
])
def test_other_words_are_no_registry_archive(text):
    c = one(text)
    assert c.archive_current is None and c.archive_cited


@pytest.mark.parametrize("text,to,archive", [
    ("ЦГА Республики Узбекистан. Ф. Р-2. Оп. 3. Д. 40.", "alalc", "TsGA Respubliki Uzbekistan. F. R-2."),
    ("ЦГА Республики Казахстан. Ф. 5. Оп. 1. Д. 7.", "iso9", "TsGA Respubliki Kazahstan. F. 5."),
    ("ГА Российской Федерации, ф. Р-5446, оп. 2, д. 18.", "bgn-pcgn", "GA Rossiyskoy Federatsii, f. R-5446"),
])
def test_acronym_then_words_converted(text, to, archive):
    out = translit.convert(text, to).text
    assert out.startswith(archive)
    assert one(out).archive_current == one(text).archive_current


@pytest.mark.parametrize("text,to,archive", [
    ("ЦГА РТ. Ф. 1. Оп. 2. Д. 3.", "bgn-pcgn", "TsGA RT."),
    ("ЦГА РБ. Ф. Р-1. Оп. 2. Д. 3.", "alalc", "TsGA RB."),  # cite23: acronyms.toml [citation_spelling]
    ("ГА РБ. Ф. 5. Оп. 2. Д. 3.", "iso9", "GA RB."),
])
def test_acronyms_alone_are_russian(text, to, archive):
    # no language is identified from acronyms alone (ЦГА РТ is not Belarusian: Г is no H)
    assert translit.convert(text, to).text.startswith(archive)
