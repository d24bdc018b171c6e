"""Pre-reform Russian whose only old letter is і is Russian, not Ukrainian or Rusyn (choose.py)."""

import pytest

from translit.commands import COMMANDS
from translit.glossary import gloss_text
from translit.langs.choose import choose


@pytest.mark.parametrize("text", [
    "Сборник матеріаловъ по исторіи",  # with a final ъ the old spelling was already recognised
    "Краткій курсъ",
])
def test_other_old_letters_were_already_russian(text):
    assert choose(text).language == "ru"


@pytest.mark.parametrize("text,alalc", [
    ("Очерки по исторіи Россіи", "Ocherki po istorīi Rossīi"),
    ("Матеріалы для исторіи", "Materīaly dli͡a istorīi"),
    ("Всемірная исторія", "Vsemīrnai͡a istorīi͡a"),
    ("Россія и Европа", "Rossīi͡a i Evropa"),
])
def test_i_alone_in_old_russian_spelling_is_russian(text, alalc):
    assert choose(text).language == "ru"
    assert COMMANDS["romanize"].result(text, scheme="alalc")["output"] == alalc


@pytest.mark.parametrize("text", [
    "Історія України",        # і before a consonant: never the old Russian spelling
    "Маріуполь",              # more common in Ukrainian as written than in Russian
    "Міністерство освіти",
    "Київ і Львів",
])
def test_ukrainian_stays_ukrainian(text):
    assert choose(text).language == "uk"


@pytest.mark.parametrize("text", [
    "Венецыя асаба кенія стан",  # кенія is кения, but the other words are no Russian
    "Гісторыя Беларусі",          # і before a consonant
    "Беларуская мова і літаратура",
])
def test_belarusian_is_not_taken_for_old_russian(text):
    assert choose(text).language != "ru"


def test_the_gloss_command_reads_it_as_russian():
    assert COMMANDS["gloss"].result("Очерки по исторіи Россіи")["lang"] == "ru"
    assert gloss_text("Очерки по исторіи Россіи").gloss.startswith("essays")
