"""The Hungarian transcription of Russian (schemes/hungarian.toml) and the Czech -ová on consonant-final surnames.

Hungarian: its table, its reading and its detection; that its spellings never mix with another table's inside
one word (leniency.toml [mixing]) and count only in a text bearing a Hungarian mark (weights.toml [detect]
unmarked_unmixed), so ALA-LC and English spellings keep their readings; and that Polish and English texts are
not taken for it. Czech: -ová added to a woman's surname that ends in a consonant in Russian.
The names are of this file's own choosing (none is a benchmark row); real pymorphy3 dictionaries, no mocks.
"""

import pytest

import translit
from translit.read.candidates import mixable_schemes
from translit.read.chunks import scheme_bit, tables


def _read(text: str) -> str:
    return translit.to_cyrillic(text).text


def _scheme(text: str) -> str:
    return translit.detect(text).ranking[0].scheme


@pytest.mark.parametrize("cyrillic, latin", [
    ("Константин Черненко", "Konsztantyin Csernyenko"),  # с sz, т before и ty, ч cs, н before е ny
    ("Евгений Онегин", "Jevgenyij Onyegin"),  # initial е je, -ий -ij
    ("Екатеринбург Новосибирск", "Jekatyerinburg Novoszibirszk"),
    ("Денис Давыдов", "Gyenyisz Davidov"),  # д before е gy, ы i
    ("Лев Шестов", "Lev Sesztov"),  # ш s
    ("Дягилев Тюмень", "Gyagilev Tyumeny"),  # я ю after д т are a u; final нь ny
    ("Жуковский Щукин", "Zsukovszkij Scsukin"),  # ж zs, щ scs
    ("Фёдор Горбачёв", "Fjodor Gorbacsov"),  # ё jo, but o after ч
    ("Рассказ Ильич", "Rasszkaz Iljics"),  # сс ssz, ьи ji
])
def test_hungarian_table_writes_the_academy_spellings(cyrillic, latin):
    assert translit.romanize(cyrillic, "hungarian") == latin


@pytest.mark.parametrize("text", [
    "Konsztantyin Csernyenko",  # cs, ty/ny before a vowel
    "Jekatyerinburg és Novoszibirszk",  # ty before e, -szk
    "Gyenyisz Davidov",  # gy, ny before i
    "Vaszilij Zsukovszkij",  # zs, -szkij, sz in a word with v
])
def test_hungarian_is_detected_with_its_evidence(text):
    det = translit.detect(text)
    top = det.ranking[0]
    assert top.scheme == "hungarian"
    assert any("Hungarian" in e for e in top.evidence)


@pytest.mark.parametrize("text, scheme", [
    ("Mikołaj Gogol i Aleksander Puszkin", "polish"),  # Polish sz is ш, and ł w say Polish
    ("Konstanty Paustowski i Michaił Bułhakow", "polish"),
    ("Sergei Lavrov met Ivan Petrov", None),  # English-style: not Hungarian
    ("Istoriia Urala", None),
])
def test_other_conventions_are_not_taken_for_hungarian(text, scheme):
    top = _scheme(text)
    assert top != "hungarian"
    if scheme:
        assert top == scheme


def test_hungarian_is_unmixed():
    """The [mixing] row of leniency.toml names Hungarian: no walk switches into or out of it."""
    assert tables().unmixed & scheme_bit("hungarian")
    assert not mixable_schemes() & scheme_bit("hungarian")
    assert mixable_schemes() & scheme_bit("alalc-plain")


@pytest.mark.parametrize("latin, cyrillic", [
    # Hungarian spellings read back
    ("Konsztantyin Csernyenko", "Константин Черненко"),
    ("Jevgenyij Onyegin", "Евгений Онегин"),
    ("Jekatyerinburg", "Екатеринбург"),
    ("Gyenyisz Davidov", "Денис Давыдов"),
    ("Szergej Jeszenyin", "Сергей Есенин"),
    ("Vaszilij Grosszman", "Василий Гроссман"),
    ("Andrej Szaharov", "Андрей Сахаров"),
    ("Tyimofej Zsukov", "Тимофей Жуков"),
    # without the [mixing] row the s was read by the Hungarian table (ш) and the rest by ALA-LC
    ("Saposhnikov, Boris Mikhailovich", "Сапожников, Борис Михайлович"),
    ("Sukshin, Vasilii", "Сукшин, Василий"),
    ("Selestova, Anna", "Селестова, Анна"),
    ("Sidorov, Aleksei Vasilevich", "Сидоров, Алексей Васильевич"),
    # without a Hungarian mark in the text its i (ы) and s (ш) are no reading (weights.toml unmarked_unmixed)
    ("Ivan Bik", "Иван Бик"),
    ("Sapkin, Oleg", "Сапкин, Олег"),
    ("Lis i volk", "Лис и волк"),
    # Czech -ová after a consonant-final surname
    ("Jevgenija Ginzburgová", "Евгения Гинзбург"),
    ("Irina Šostakovičová", "Ирина Шостакович"),
    ("Margarita Aligerová", "Маргарита Алигер"),
    # and the -ová rows of -ова and -ская still hold
    ("Natalja Sokolovová", "Наталья Соколова"),
    ("Galina Ulanovová", "Галина Уланова"),
    ("Marija Trubecká", "Мария Трубецкая"),
])
def test_reads(latin, cyrillic):
    assert _read(latin) == cyrillic


def test_arbitrary_text_passes_through():
    """Non-Russian text is kept byte for byte around a Hungarian spelling."""
    text = "Jevgenyij Onyegin — 😀 ﬁ \u200b"
    out = _read(text)
    assert out.startswith("Евгений Онегин")
    assert out.endswith(" — 😀 ﬁ \u200b")
