"""caps37: a line written all in capitals (a poster's caption, a headline, a telegram, a title page)
is judged by its own line, whatever the case of the lines around it; and a party's abbreviation with
its bracketed letter (VKP(b), RKP(B), RSDRP(b)) is read whole, the letter too (ВКП(б))."""

import pytest

import translit


def cyr(text: str) -> str:
    return translit.convert(text, to="cyrillic").text


CAPITALS_LINES = [
    # (the capitals line, what it becomes in Cyrillic)
    ("THE POSTER BY ALEKSEI RADAKOV SAYS NOTHING ABOUT ZNAMIA",
     "THE POSTER BY АЛЕКСЕЙ РАДАКОВ SAYS NOTHING ABOUT ЗНАМЯ"),
    ("A TELEGRAM FROM PETROV READS: PRIEZZHAIU ZAVTRA",
     "A TELEGRAM FROM ПЕТРОВ READS: ПРИЕЗЖАЮ ЗАВТРА"),
    ("THE FRONT PAGE REPORTS THE DEATH OF MAKSIM GORKII",
     "THE FRONT PAGE REPORTS THE DEATH OF МАКСИМ ГОРЬКИЙ"),
    ("SOVIET PRESS HAILS PESNIA O VSTRECHNOM",
     "SOVIET PRESS HAILS ПЕСНЯ О ВСТРЕЧНОМ"),
]

BODIES = [
    ("", ""),
    ("", "\nThe rest of the page is in lower case."),
    ("Chapter two begins here.\n", "\nThe other papers followed the next morning."),
    ("The archive holds a single copy.\n", ""),
]


@pytest.mark.parametrize("line,expected", CAPITALS_LINES)
@pytest.mark.parametrize("above,below", BODIES)
def test_capitals_line_is_read_by_its_own_line(line, expected, above, below):
    assert cyr(above + line + below) == above + expected + below


@pytest.mark.parametrize("line,expected", CAPITALS_LINES)
def test_capitals_line_same_in_alalc_with_or_without_body(line, expected):
    alone = translit.convert(line, to="alalc").text
    with_body = translit.convert(line + "\nThe rest of the page is in lower case.", to="alalc").text
    assert with_body.split("\n")[0] == alone
    assert alone != line  # (its Russian is romanized: the line was read)


@pytest.mark.parametrize("text", [
    "THE NEW YORK TIMES REPORTS\nThe paper was read by everyone in town.",
    "The paper was read by everyone in town.\nTHE NEW YORK TIMES REPORTS",
    "THE LONDON TIMES SAYS LITTLE ABOUT IT\nNothing else was printed that week.",
])
def test_english_headline_stays_english(text):
    assert cyr(text) == text


@pytest.mark.parametrize("text,english", [
    ("THE POSTER BY ALEKSEI RADAKOV SAYS NOTHING ABOUT ZNAMIA\nThe rest of the page is in lower case.",
     "The rest of the page is in lower case."),
    ("Stephen Cohen wrote about it later.\nA TELEGRAM FROM PETROV READS: PRIEZZHAIU ZAVTRA",
     "Stephen Cohen wrote about it later."),
    ("Robert Tucker says little about it.\nTHE FRONT PAGE REPORTS THE DEATH OF MAKSIM GORKII",
     "Robert Tucker says little about it."),
])
def test_ordinary_english_line_beside_capitals_keeps_its_english(text, english):
    assert english in cyr(text).split("\n")


@pytest.mark.parametrize("text,expected", [
    ("ISTORIIA VKP(B) SAYS LITTLE", "ИСТОРИЯ ВКП(б) SAYS LITTLE"),
    ("Istoriia VKP(b) was printed in 1938.", "История ВКП(б) was printed in 1938."),
    ("The RKP(b) congress met that spring.", "The РКП(б) congress met that spring."),
    ("In 1917 the RSDRP(b) grew quickly.", "In 1917 the РСДРП(б) grew quickly."),
    ("TsK VKP(b) resolved nothing.", "ЦК ВКП(б) resolved nothing."),
])
def test_party_abbreviation_keeps_its_bracketed_letter(text, expected):
    assert cyr(text) == expected


@pytest.mark.parametrize("text", ["Plan (b) was adopted.", "See note (b) below.", "Option (B) was chosen."])
def test_bracketed_enumerator_stays(text):
    assert cyr(text) == text
