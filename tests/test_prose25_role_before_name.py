"""prose25: an English role noun capitalized at a sentence's start before a Russian name (Surgeon
Nikolai Burdenko, Inventor Aleksandr Popov) is no evidence that the name is written in English, as an
English title is not (Colonel Andrei…): the name is read, the role noun stays. A Western name after
one stays as it is."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_russian_name_after_role_noun_is_read():
    for text, name in (("Surgeon Nikolai Burdenko operated at the front.", "Николай Бурденко"),
                       ("Engineer Vladimir Zworykin moved to America in 1919.", "Владимир Зворыкин"),
                       ("Inventor Aleksandr Popov showed his receiver in 1895.", "Александр Попов")):
        out = _cyr(text)
        assert name in out and out.split()[0] == text.split()[0], out


def test_western_name_after_role_noun_stays():
    for text in ("Surgeon Robert Liston operated in London.",
                 "Writer John Reed saw the storming.",
                 "Designer Charles Cameron built the gallery."):
        assert _cyr(text) == text, _cyr(text)


def test_new_role_nouns_after_a_nationality_name_a_foreigner():
    for text in ("The British designer Tanya Moss dressed the play.",
                 "The American pilot Vera Hale flew to Nome.",
                 "The Welsh surgeon Ivan Price wrote his memoirs."):
        assert _cyr(text) == text, _cyr(text)
