"""prose13: a Russian surname in a national scheme's letters that the lexicon knows too little for
a name by itself (Ułanow, Prigożyn) is read after a Russian forename the same scheme reads (Aleksiej,
Jewgienij); Polish persons' names stay (Ewa Łoś, Tadeusz Ślusarski)."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_russian_surname_in_polish_letters_after_russian_forename():
    assert "Алексей Уланов" in _cyr("Figure skating: Irina Rodnina won with Aleksiej Ułanow twice.")
    assert "Галина Уланова" in _cyr("The dancer Galina Ułanowa left the stage.")
    assert "Василий Ломов" in _cyr("The ship was named after Wasilij Łomow.")
    assert "Евгений Пригожин" in _cyr("The founder, Jewgienij Prigożyn, resigned.")


def test_polish_names_stay():
    for text in ("The prize went to Ewa Łoś and Jan Łoś in 1990.",
                 "Ewa Kołodziej and Tadeusz Ślusarski were there.",
                 "Stanisław Lem and Anna Żuk signed it."):
        assert _cyr(text) == text, _cyr(text)


def test_rare_surname_after_a_national_scheme_forename():
    assert "Павел Клиничев" in _cyr("The chess club honoured Paweł Kliniczew in 1912.")
    assert "Всеволод Иванчев" in _cyr("A letter from Wsiewołod Iwanczew survives.")
    assert "Михаил Курдюмов" in _cyr("The engineer Michaił Kurdiumow built it.")


def test_polish_forename_and_surname_stay():
    for text in ("Michał Nowak and Paweł Kowalczyk came.",
                 "Józef Piłsudski took Kiev in May 1920.",
                 "Czesław Miłosz read in Kraków."):
        assert _cyr(text).startswith(text.split()[0] + " " + text.split()[1]), _cyr(text)
