"""cite20: a fond named in words, not numbered (the foreign-policy archives' fonds: AVPRI, f.
Kantseliariia; f. Posol'stvo v Londone; RGADA's Сношения России с …), is read as the fond where an
opis', perechen' or file follows it, kept with its spaces, and written in the script of each style
(GOST reads a romanized name in Russian, english and chicago romanize a Cyrillic one) and by
convert; a capitalized word after "F." (an initial) or with no opis' or file after it is no fond."""
import pytest
from citation_helpers import one

from translit import convert, parse_citations


@pytest.mark.parametrize("text,fond,delo", [
    ("AVPRI, f. Kantseliariia, op. 470, d. 112, l. 9.", "Kantseliariia", "112"),
    ("AVP RF, f. Referentura po Germanii, op. 5, d. 14.", "Referentura po Germanii", "14"),
    ("АВПРИ. Ф. Посольство в Париже. Оп. 524. Д. 3003. Л. 7 об.", "Посольство в Париже", "3003"),
    ("RGADA, f. Snosheniia Rossii s Gollandiei, op. 1, d. 40, ll. 2-3.", "Snosheniia Rossii s Gollandiei", "40"),
    ("AVP RF, f. Sekretariat Molotova, op. 6, d. 1, l. 4.", "Sekretariat Molotova", "1"),
])
def test_named_fond_read(text, fond, delo):
    c = one(text)
    assert c.fond == fond
    assert c.delo == delo


@pytest.mark.parametrize("text,gost,english", [
    ("AVPRI, f. Kantseliariia, op. 470, d. 112, l. 9.", "Ф. Канцелярия. Оп. 470.", "f. Kantseliariia, op. 470"),
    ("АВПРИ. Ф. Посольство в Париже. Оп. 524. Д. 3003.", "Ф. Посольство в Париже. Оп. 524.", "f. Posol'stvo v Parizhe, op. 524"),
    ("AVPRI, f. Sekretnyi arkhiv, op. 467, d. 5.", "Ф. Секретный архив. Оп. 467.", "f. Sekretnyi arkhiv, op. 467"),
])
def test_named_fond_in_each_style(text, gost, english):
    c = one(text)
    assert gost in c.format("gost"), c.format("gost")
    assert english in c.format("english"), c.format("english")


@pytest.mark.parametrize("text", [
    "The letter from F. Smith, op. 5, d. 3.",       # an initial and a surname
    "See f. Kantseliariia in the guide.",           # no opis' or file after the name
    "RGVIA, f. Military Scientific Archive 12.",
])
def test_no_named_fond(text):
    assert not any(c.fond and " " in c.fond or c.fond in ("Smith", "Kantseliariia") for c in parse_citations(text))


def test_lettered_fond_unchanged():
    c = one("RGVIA, f. VUA, op. 1, d. 18470, l. 12.")
    assert c.fond == "VUA" and c.format("gost").startswith("РГВИА. Ф. ВУА.")


@pytest.mark.parametrize("text,want", [
    ("AVPRI, f. Kantseliariia, op. 470, d. 112.", "АВПРИ, ф. Канцелярия, оп. 470, д. 112."),
    ("АВПРИ. Ф. Посольство в Париже. Оп. 524. Д. 3003.", None),
])
def test_convert_named_fond(text, want):
    to_cyr = convert(text, to="cyrillic").text
    if want:
        assert to_cyr == want
    assert "Posol'stvo v Parizhe" in convert("АВПРИ. Ф. Посольство в Париже. Оп. 524. Д. 3003.", to="alalc-plain").text
