"""UTF-8 read as cp1251, then passed through a page or editor that turned the no-break space
(the second byte of a capital Р, D0 A0) into a plain space: fix must prefer the decoding that
keeps every letter over one that replaced the lost byte."""

import pytest

from translit import fix


def damaged(text: str) -> str:
    return text.encode("utf-8").decode("cp1251", errors="replace").replace("\xa0", " ")


@pytest.mark.parametrize("heading", [
    "Рабочий класс",
    "Рассказы Рыбака",
    "Русская Революция",
    "Записки Рядового",
    "Марс Реестр Голосов Собственным Найдет Всю Уме",
    "Правом Признался Но Ранения Ужасов Сша Конструкций Прекрасная",
    "Реабилитация: как это было",
])
def test_capital_er_with_its_no_break_space_lost(heading):
    garbled = damaged(heading)
    assert "Р " in garbled  # the damage under test is present
    r = fix(garbled)
    assert r.text == heading
    assert not r.lost


def test_a_decoding_that_loses_a_letter_still_reports_it():
    # И is D0 98 in UTF-8; 0x98 has no cp1251 letter, so that byte is gone for good
    garbled = "Иван Рябов".encode("utf-8").decode("cp1251", errors="replace").replace("\xa0", " ")
    r = fix(garbled)
    assert "\ufffd" in r.text or r.lost
