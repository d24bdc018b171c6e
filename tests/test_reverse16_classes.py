"""Classes of reading the reverse16 session fixed, each on inputs of our own (none taken from a benchmark
file): the German sh for ж at the start of a word, Russians of German and French descent under their
family's Western spelling (established.toml), a forename in -ii before a surname or epithet that can only
be a nominative, a passport's name in capitals, the initials of well-known people with an Э, and the
finite verb after не with its subject before it. Each class has inputs it changes and inputs it must
leave as they were."""

from __future__ import annotations

import pytest

import translit
from translit.read.established import known_initials, own_table

CASES = [
    # German (GDR) sh for ж at the start of a word, read only into a dictionary word of the german table
    ("german initial sh", "Georgi Shukow", "Георгий Жуков"),
    ("german initial sh", "Andrej Shdanow", "Андрей Жданов"),
    ("german initial sh", "Shenja Medwedewa", "Женя Медведева"),
    ("german initial sh", "Shurnal Moskwa", "Журнал Москва"),
    # …while an English sh at the start of a word of another table keeps ш (kh is no German spelling)
    ("english initial sh", "Yurii Sherekh", "Юрий Шерех"),
    ("english initial sh", "Varlam Shalamov", "Варлам Шаламов"),
    ("english initial sh", "Vasilii Shukshin", "Василий Шукшин"),
    # Western family forms of Russians of German and French descent
    ("family form", "Alexander Benckendorff", "Александр Бенкендорф"),
    ("family form", "Bellingshausen", "Беллинсгаузен"),
    ("family form", "Evgenii Lanceray", "Евгений Лансере"),
    ("family form", "Vladimir Hippius", "Владимир Гиппиус"),
    ("family form", "Boris Delaunay", "Борис Делоне"),
    ("family form", "Adam Krusenstern", "Адам Крузенштерн"),
    # a forename read in another case yields to its nominative before a nominative-only surname or epithet
    ("forename before nominative", "Feodosii Kovalev", "Феодосий Ковалев"),
    ("forename before nominative", "Feodosii Chernigovskii", "Феодосий Черниговский"),
    ("forename before nominative", "Iulii Kovalev", "Юлий Ковалев"),
    # …not before a surname that may be in an oblique case (a feminine genitive)
    ("forename before oblique", "Marii Volkonskoi", "Марии Волконской"),
    # a name in capitals beside a forename in capitals
    ("capitals", "SERGEI VOINOV", "СЕРГЕЙ ВОЙНОВ"),
    ("capitals", "PETR VOINOV", "ПЕТР ВОЙНОВ"),
    ("capitals", "ANNA VOINOVA", "АННА ВОЙНОВА"),
    # the initials of well-known people with an Э
    ("known initials", "imeni N. E. Baumana", "имени Н. Э. Баумана"),
    ("known initials", "K. E. Tsiolkovskii", "К. Э. Циолковский"),
    ("known initials", "V. E. Meierkhol'd", "В. Э. Мейерхольд"),
    ("known initials", "Ulitsa F. E. Dzerzhinskogo", "Улица Ф. Э. Дзержинского"),
    # …other initials before the same surname, or before another surname, stay
    ("other initials", "S. E. Tsiolkovskii", "С. Е. Циолковский"),
    ("other initials", "E. A. Ivanov", "Е. А. Иванов"),
    ("other initials", "A. N. E. Baumana", "А. Н. Е. Баумана"),
    # a finite verb after не with its subject opening the clause
    ("finite verb", "Mama ne verit", "Мама не верит"),
    ("finite verb", "Kto ne verit", "Кто не верит"),
    ("finite verb", "Otets ne lovit rybu", "Отец не ловит рыбу"),
    ("finite verb", "Sibir ne verit slezam", "Сибирь не верит слезам"),
    # …not without a subject, after a verb that governs the infinitive, or after a common inanimate noun
    ("infinitive", "Ne verit", "Не верить"),
    ("infinitive", "Mama khochet ne verit", "Мама хочет не верить"),
    ("infinitive", "Vremia ne zhdat", "Время не ждать"),
]


@pytest.mark.parametrize("cls,latin,cyrillic", CASES, ids=[f"{c}:{lat}" for c, lat, _ in CASES])
def test_reading(cls: str, latin: str, cyrillic: str) -> None:
    assert translit.to_cyrillic(latin).text == cyrillic


def test_delaunay_alone_stays_in_english_prose() -> None:
    """Delaunay alone is also the French painters': English prose keeps Robert Delaunay as written."""
    text = "The painter Robert Delaunay exhibited in Paris."
    assert translit.to_cyrillic(text, policy="running").text == text


def test_known_initials_reason_and_table() -> None:
    """The chosen initial says why, and every row of the table is a surname with initials holding an Э."""
    wr = translit.to_cyrillic("K. E. Tsiolkovskii").words[1]
    assert wr.cyrillic == "Э" and "well-known bearer" in wr.reason
    table = known_initials()
    assert len(table) >= 10
    assert all("Э" in letters and all(len(x) == 1 for x in letters) for letters in table.values())


def test_family_forms_have_sources() -> None:
    """The family-form rows carry a convention and a source, as every row of the table."""
    for key in [("hippius",), ("benckendorff",), ("lanceray",), ("vadim", "delaunay")]:
        form = own_table()[key]
        assert form.cyrillic and form.convention and form.source
