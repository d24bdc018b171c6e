"""prose27: the military and naval ranks English writes before a name (Sergeant, Lieutenant, Corporal,
Major General, Rear Admiral) are English titles, no evidence that the name after them is English:
a Russian name after one is read, a Western name stays, and the rank itself stays English.
Real pymorphy3 dictionaries, no mocks."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_russian_name_after_a_rank_is_read():
    for text, rank, name in (("Lieutenant Petr Shmidt led the mutiny in 1905.", "Lieutenant", "Петр Шмидт"),
                             ("Corporal Ivan Petrov was decorated twice.", "Corporal", "Иван Петров"),
                             ("Major General Ivan Panfilov died in November 1941.", "Major General", "Иван Панфилов")):
        out = _cyr(text)
        assert out.startswith(rank + " ") and name in out, out


def test_western_name_after_a_rank_stays():
    text = "Sergeant John Smith and Lieutenant George Brown reached the pass."
    assert _cyr(text) == text
    assert convert(text, to="alalc").text == text


def test_rank_in_a_russian_scheme_spelling_is_read():
    assert _cyr("Maior Pronin") == "Майор Пронин"


# - before an English possessive, the English title is no part of the name (prose27): the Russian
#   forename and surname after it are read whole, the 's and the title kept.

def test_title_before_a_possessive_name_is_no_part_of_it():
    for text, want in (("By 1919 Admiral Aleksandr Kolchak's army was in retreat.", "Admiral Александр Колчак's army"),
                       ("In 1975 Academician Andrei Sakharov's prize was announced.", "Academician Андрей Сахаров's"),
                       ("The plan was Marshal Mikhail Tukhachevskii's idea.", "Marshal Михаил Тухачевский's"),
                       ("In 1942 Sergeant Iakov Pavlov's house held out.", "Sergeant Яков Павлов's")):
        assert want in _cyr(text), _cyr(text)


def test_western_name_after_a_title_keeps_its_possessive():
    text = "In 1943 Colonel John Smith's unit landed at Anzio."
    assert _cyr(text) == text
