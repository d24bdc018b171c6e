"""prose15: English stays English in catalogues and reports. A listed English title before a surname
Russian by its own marks or tagged a proper noun stays (Admiral Rozhestvenskii, General Kornilov); the
abbreviations of autograph material in booksellers' catalogues stay as written (A.L.s., T.L.s.), while
initials before a name are still read."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_listed_title_before_marked_surname_stays():
    out = _cyr("Admiral Rozhestvenskii lost his fleet at Tsushima.")
    assert out.startswith("Admiral Рожественский"), out
    out = _cyr("The squadron, under Admiral Nebogatov, surrendered.")
    assert "Admiral Небогатов" in out, out
    out = _cyr("The diary of Countess Tolstaia was printed in 1928.")
    assert "Countess Толстая" in out, out


def test_autograph_abbreviations_stay():
    out = _cyr("A.L.s. from Aleksandr Blok to his mother, 2 pp.")
    assert out.startswith("A.L.s. from Александр Блок"), out
    out = _cyr("Three T.L.s. by Ivan Bunin, with envelopes.")
    assert "T.L.s. by Иван Бунин" in out, out
    out = _cyr("An A.N.s. of Fedor Shaliapin on a menu card.")
    assert "A.N.s. of Федор Шаляпин" in out, out


def test_initials_before_a_russian_surname_still_read():
    out = _cyr("A.L. Shcheglov wrote the preface.")
    assert "А.Л. Щеглов" in out, out
    out = _cyr("A letter of T. L. Shchepkina-Kupernik survives.")
    assert "Т. Л. Щепкина-Куперник" in out, out


def test_ship_prefixes_stay_and_the_ship_is_read():
    out = _cyr("She crossed on the SS Smolensk in 1913.")
    assert "SS Смоленск" in out, out
    out = _cyr("Manifest of the S.S. Rotterdam: Fedor Zaitsev, 31, smith.")
    assert "S.S. Rotterdam" in out and "Федор Зайцев" in out, out
    out = _cyr("Survivors on the RMS Carpathia included Pavel Sokolov.")
    assert "RMS Carpathia" in out and "Павел Соколов" in out, out
