"""cite21 (review of cite20): format() writes a part with no field between two parts only when its
label is a row of labels.toml [unkeyed_parts] (ch., kn., вып., разд., отд., chast', Part, …), in
each style's own words; any other abbreviation with a number stays in unparsed and is not written.
A fond named in words must read as Russian (Cyrillic, or romanized words of which at most half are
common Western words): English prose after "f." is no named fond."""
import pytest
from citation_helpers import one

from translit import parse_citations


@pytest.mark.parametrize("text,gap", [
    ("RGIA, f. 797, op. 2, d. 18, No. 6, l. 11.", "No. 6"),
    ("TsGIA SPb, f. 14, op. 3, d. 902, Nr. 4, l. 2 ob.", "Nr. 4"),
    ("GARF, f. 601, op. 1, d. 233, pt. 3, ll. 7-8.", "pt. 3"),
    ("ГАРФ. Ф. 601. Оп. 1. Д. 118. Док. 2. Л. 3.", None),  # dokument: a field, not a gap
    ("RGVA, f. 33987, op. 3, d. 46, Abs. 2, l. 19.", "Abs. 2"),
])
def test_part_without_a_row_not_written(text, gap):
    c = one(text)
    gost, english = c.format("gost"), c.format("english")
    if gap is None:
        assert "Док. 2" in gost
        return
    label = gap.split(".")[0]
    assert label not in english and label not in gost, (english, gost)
    # not spelled letter by letter into Cyrillic either (No → Но, pt → Пт)
    assert not any(w in gost for w in ("Но.", "Нр.", "Пт.", "Абс.")), gost
    assert gap in " ".join(c.unparsed)  # still reported


@pytest.mark.parametrize("text,gost,english", [
    ("RGIA, f. 1405, op. 521, d. 77, Part 3, l. 12.", "Д. 77. Часть 3. Л. 12.", "d. 77, part 3, l. 12"),
    ("GARF, f. 102, op. 61, d. 9, Book 2, ll. 4-5.", "Д. 9. Книга 2. Л. 4–5.", "d. 9, book 2, ll. 4-5"),
    ("RGADA, f. 248, op. 3, d. 130, Section IV, l. 8.", "Д. 130. Раздел IV. Л. 8.", "d. 130, section IV, l. 8"),
    # the abbreviated rows, written as before
    ("RGIA, f. 733, op. 12, d. 4, vyp. 2, l. 30.", "Д. 4. Вып. 2. Л. 30.", "d. 4, vyp. 2, l. 30"),
    ("ГАРФ. Ф. 533. Оп. 1. Д. 66. Разд. II. Л. 14.", "Д. 66. Разд. II. Л. 14.", "d. 66, razd. II, l. 14"),
    ("RGADA, f. 199, op. 2, d. 17, otd. 3, l. 41.", "Д. 17. Отд. 3. Л. 41.", "d. 17, otd. 3, l. 41"),
    ("RGADA, f. 396, op. 2, kn. 880, l. 3.", "Кн. 880. Л. 3.", "kn. 880, l. 3"),
])
def test_rows_written_in_each_style(text, gost, english):
    """An English part word in GOST's Russian words (Part 3 → Часть 3); an abbreviation as before."""
    written = {style: one(text).format(style) for style in ("gost", "english")}
    assert gost in written["gost"] and english in written["english"], written


@pytest.mark.parametrize("text", [
    "See RGAE, f. Jones told me about this, d. 12, l. 4.",
    "GARF, f. Papers of the Embassy in London, op. 1, d. 3.",
    "RGALI, f. Letters and diaries, op. 2, d. 15, l. 6.",
    "RGVA, f. Fond Trotskogo and the others, op. 1, d. 9.",
])
def test_english_prose_is_no_named_fond(text):
    for c in parse_citations(text):
        assert not (c.fond and " " in c.fond), c.fond
        assert not c.fond or not c.fond[:1].isalpha() or c.fond.isupper(), c.fond


@pytest.mark.parametrize("text,fond", [
    ("AVPRI, f. Kantseliariia, op. 470, d. 5.", "Kantseliariia"),
    ("АВПРИ. Ф. Посольство в Париже. Оп. 524. Д. 1.", "Посольство в Париже"),
    ("AVP RF, f. Sekretariat Molotova, op. 6, d. 2.", "Sekretariat Molotova"),
    ("AVPRI, f. Missiia v Gamburge, op. 1, d. 44, l. 2.", "Missiia v Gamburge"),
    ("RGADA, f. Lichnyi fond Shuvalovykh, op. 1, d. 8.", "Lichnyi fond Shuvalovykh"),
])
def test_russian_named_fonds_kept(text, fond):
    c = one(text)
    assert c.fond == fond
    assert "Ф. " in c.format("gost")
