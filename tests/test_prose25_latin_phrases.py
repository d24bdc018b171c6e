"""prose25: a Latin title or style in English prose (Magnus Dux Lithuaniae, Annales Rerum Polonicarum)
stays as it is written: a word ending in a Latin genitive (-ae, -orum, -arum) that no Russian dictionary
reads marks the run of capitalized (and Latin-ending) words joined to it by single spaces or by a Latin
conjunction as Latin. Russian forms ending so that the dictionary reads (o Nikolae, v krae) are still
read, and Russian beside the Latin keeps its own reading."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_latin_styles_and_titles_stay():
    for text in ("The charter styles him Rex Poloniae et Magnus Dux Lithuaniae.",
                 "The Annales Rerum Polonicarum Magnus Dux narrate the war.",
                 "His map Livoniae Nova Descriptio was engraved in Antwerp.",
                 "The bull names him Dominus totius Sarmatiae in 1580."):
        assert _cyr(text) == text, _cyr(text)
        assert convert(text, to="alalc").text == text


def test_russian_forms_in_ae_are_read():
    out = _cyr("Pis'mo o Nikolae II i Aleksandre was published in 1910.")
    assert out.startswith("Письмо о Николае II и Александре"), out
    assert _cyr("Ivan Krae arrived in 1920.").startswith("Иван Крае"), _cyr("Ivan Krae arrived in 1920.")


def test_russian_beside_latin_is_read():
    out = _cyr("Herberstein, Rerum Moscoviticarum Commentarii; cf. Zapiski o Moskovii, 1988.")
    assert "Rerum Moscoviticarum Commentarii" in out and "Записки о Московии" in out, out
