"""prose25: a capitalized word right before a German or Dutch nobiliary particle and its capitalized
surname (Eduard von Falz-Fein, Pavel von Derviz) is that name's forename as its nobility writes it and
stays, not a romanized Russian forename beside an English surname; a Russian name elsewhere in the line
is still read."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_forename_before_particle_stays():
    for text in ("Baron Eduard von Falz-Fein bred horses in the steppe.",
                 "Pavel von Derviz built a villa at Nice.",
                 "The banker Aleksandr von Stieglitz founded a school of design.",
                 "Maria van Ruysdael sang in the choir."):
        assert _cyr(text) == text, _cyr(text)
        assert convert(text, to="alalc").text == text


def test_particle_needs_its_surname_and_one_space():
    out = _cyr("Ivan Aivazovskii painted the ships of Vladimir von.")
    assert out.startswith("Иван Айвазовский"), out
    assert _cyr("Vladimir  von Meck wrote.").startswith("Владимир  von")  # two spaces: not one name


def test_russian_name_beside_it_is_read():
    out = _cyr("Nikolai Rimskii-Korsakov dined with Karl von Meck.")
    assert out.startswith("Николай Римский-Корсаков") and out.endswith("Karl von Meck."), out
