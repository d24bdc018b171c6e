"""Estonian, Slovene and Portuguese spellings of Russian names read back (schemes/estonian.toml,
slovene.toml, portuguese.toml), the Danish/Norwegian sj for ж and the old French -ieff for -ев
(leniency.toml), the Croatian Lav and the old German Georg (established.toml forenames), and the
detection of the new tables by their own marks; ALA-LC, Finnish, Czech, Spanish and English text
without those marks stays as it was.

Every input is a name of our own, not taken from any benchmark file."""

from __future__ import annotations

import pytest

import translit


def _read(text: str) -> str:
    return translit.to_cyrillic(text).text.replace("ё", "е")


ESTONIAN = [
    # õ for ы
    ("Ivan Krõlov", "Иван Крылов"), ("Nikolai Rõžkov", "Николай Рыжков"), ("Larissa Latõnina", "Лариса Латынина"),
    ("Andrei Belõi", "Андрей Белый"),
    # hh for х between vowels, ss for с between vowels and at the end after a vowel
    ("Mihhail Lermontov", "Михаил Лермонтов"), ("Anton Tšehhov", "Антон Чехов"),
    ("Vassili Šukšin", "Василий Шукшин"), ("Boriss Pasternak", "Борис Пастернак"),
]
SLOVENE = [
    # i for ы with č š ž, c for ц, no lj nj
    ("Aleksander Solženicin", "Александр Солженицын"), ("Nikolaj Rižkov", "Николай Рыжков"),
    ("Nikita Hruščov", "Никита Хрущёв"), ("Boris Jelcin in Mihail Gorbačov", None),
]
PORTUGUESE = [
    # i for ы, j for ж, tch for ч, ie at the start, stress accents
    ("Aleksandr Soljenítsin", "Александр Солженицын"), ("Boris Iéltsin", "Борис Ельцин"),
    ("Ivan Turguêniev", "Иван Тургенев"), ("Nikolai Lobatchévski", "Николай Лобачевский"),
    ("Vladímir Maiakóvski", "Владимир Маяковский"), ("Serguei Rakhmáninov", "Сергей Рахманинов"),
]
DANISH = [
    # sj for ж in the established Danish and Norwegian forms; tj for ч
    ("Leonid Bresjnev", "Леонид Брежнев"), ("Aleksandr Solsjenitsyn", "Александр Солженицын"),
    ("Vladimir Sjirinovskij", "Владимир Жириновский"), ("Anton Tjekhov", "Антон Чехов"),
]
OLD_FRENCH_GERMAN = [
    # -ieff for -ев after a consonant or a vowel; Georg for Георгий; Croatian Lav for Лев
    ("Dmitri Mendéléieff", "Дмитрий Менделеев"), ("Sergueieff", "Сергеев"),
    ("Georg Plechanow", "Георгий Плеханов"), ("Lav Trocki", "Лев Троцкий"), ("Lav Nikolajevič Tolstoj", None),
]


@pytest.mark.parametrize(("latin", "cyrillic"), [r for r in ESTONIAN + SLOVENE + PORTUGUESE + DANISH + OLD_FRENCH_GERMAN
                                                 if r[1]])
def test_reads_the_convention(latin: str, cyrillic: str) -> None:
    assert _read(latin) == cyrillic.replace("ё", "е")


@pytest.mark.parametrize(("latin", "scheme"), [
    ("Ivan Krõlov", "estonian"), ("Mihhail Lermontov", "estonian"), ("Nikolai Rõžkov", "estonian"),
    ("Vladímir Lênin", "portuguese"), ("Ivan Turguêniev e Liev Tolstói", "portuguese"),
    ("Nikolai Nekrássov e Ivan Turguêniev", "portuguese"),
])
def test_detected_by_its_marks(latin: str, scheme: str) -> None:
    assert translit.detect(latin).ranking[0].scheme == scheme


@pytest.mark.parametrize(("latin", "cyrillic"), [
    # Finnish (no õ, no hh), Czech (y, ch), Spanish and ALA-LC names stay read by their own tables
    ("Mihail Gorbatšov", "Михаил Горбачёв"), ("Juri Gagarin", "Юрий Гагарин"),
    ("Michail Bulgakov", "Михаил Булгаков"), ("Vladimir Vysockij", "Владимир Высоцкий"),
    ("Piotr Chaadaev", "Пётр Чаадаев"), ("Nikolai Lisin", "Николай Лисин"),
    ("Mikhail Sholokhov", "Михаил Шолохов"),
])
def test_no_mark_no_reading(latin: str, cyrillic: str) -> None:
    if cyrillic:
        assert _read(latin) == cyrillic.replace("ё", "е")


@pytest.mark.parametrize("text", [
    "The ship sailed to Lisbon with a cargo of tin.", "His husband Lars is in Tallinn this week.",
    "Mission control said the visit was a success.", "You will need kvass and a glass of milk.",
])
def test_english_stays(text: str) -> None:
    assert translit.convert(text, to="cyrillic").text == text


@pytest.mark.parametrize("sid", ["estonian", "slovene", "portuguese"])
def test_samples_round_trip(sid: str) -> None:
    from translit.schemes import get_scheme

    for s in get_scheme(sid).samples:
        assert translit.romanize(s.cyrillic, sid) == s.latin
        # the samples carry no stress accent, so no Portuguese mark: read in the scheme named
        assert translit.to_cyrillic(s.latin, scheme=sid).text.replace("ё", "е") == s.cyrillic.replace("ё", "е")


@pytest.mark.parametrize(("sid", "cyrillic", "latin"), [
    ("estonian", "Высоцкий", "Võssotski"), ("estonian", "Михаил Василий", "Mihhail Vassili"),
    ("slovene", "Рыбаков Ельцин", "Ribakov Jelcin"), ("portuguese", "Евгений Жуков", "Ievgueni Jukov"),
])
def test_romanizes_in_the_convention(sid: str, cyrillic: str, latin: str) -> None:
    assert translit.romanize(cyrillic, sid) == latin
