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
