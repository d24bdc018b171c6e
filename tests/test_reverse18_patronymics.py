"""English and émigré spellings of Russian patronymics and surnames (leniency.toml, reverse18).

The soft sign before е written i or e (Yurievich for Юрьевич: the forename's stem ends in ь or й),
and -ич written -ych: each read only into a dictionary word and at a cost, so pymorphy3 and wordfreq
choose between the и and the ь spellings (Дмитриевич keeps its и).
Every input is of our own, not taken from any benchmark file."""

from __future__ import annotations

import pytest

from translit import convert, to_cyrillic


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Yurievna", "Юрьевна"), ("Vasilievna", "Васильевна"), ("Arkadievna", "Аркадьевна"),
    ("Valerievich", "Валерьевич"), ("Yevgenievich", "Евгеньевич"),
    ("Zinoviev", "Зиновьев"), ("Grigoriev", "Григорьев"),
    # wordfreq knows the и spelling too (ALA-LC less its primes writes these so): it stays
    ("Dmitrievich", "Дмитриевич"), ("Georgievich", "Георгиевич"), ("Sergiev", "Сергиев"),
    ("Gurieva", "Гуриева"), ("Gennadievich", "Геннадиевич"), ("Dimitrievich", "Димитриевич"),
])
def test_ie_for_soft_sign_before_e(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Yevgeneevna", "Евгеньевна"), ("Valereevich", "Валерьевич"), ("Vasileevna", "Васильевна"),
    # a patronymic or surname in -еев keeps its е
    ("Sergeevich", "Сергеевич"), ("Alekseevna", "Алексеевна"), ("Andreev", "Андреев"),
])
def test_ee_for_soft_sign_before_e(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Kuzmych", "Кузьмич"), ("Fomych", "Фомич"), ("Nikitych", "Никитич"),
    # -ыч the lexicon knows (a colloquial patronymic) stays
    ("Ivanych", "Иваныч"),
])
def test_ych_for_ich(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize(("text", "cyrillic"), [
    ("The letters of Sofia Yurievna Tolstaya were printed in 1912.",
     "The letters of Софья Юрьевна Толстая were printed in 1912."),
    ("Boris Valerievich Orlov taught in Kazan.", "Борис Валерьевич Орлов taught in Казань."),
    ("a portrait of Nikolai Kuzmych Sokolov", "a portrait of Николай Кузьмич Соколов"),
])
def test_patronymics_in_english_prose(text: str, cyrillic: str) -> None:
    assert convert(text, to="cyrillic").text == cyrillic
