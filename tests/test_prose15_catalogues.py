"""prose15: English stays English in catalogues, reports and manifests. A listed English title before a
surname read as Russian stays (Admiral Rozhestvenskii, Admiral Nebogatov, Countess Tolstaia); the
abbreviations of autograph material in booksellers' catalogues stay as written (A.L.s., T.L.s.), while
initials before a name are still read; the prefix of a ship's name stays (SS Smolensk, S.S. Rotterdam);
a Western abbreviation before its number ends a Russian title (Novyi mir 1962 no. 11)."""

import pytest

from translit import convert

CASES = [
    ("Admiral Rozhestvenskii lost his fleet at Tsushima.", ["Admiral Рожественский"]),
    ("The squadron, under Admiral Nebogatov, surrendered.", ["Admiral Небогатов"]),
    ("The diary of Countess Tolstaia was printed in 1928.", ["Countess Толстая"]),
    ("A.L.s. from Aleksandr Blok to his mother, 2 pp.", ["A.L.s. from Александр Блок"]),
    ("Three T.L.s. by Ivan Bunin, with envelopes.", ["T.L.s. by Иван Бунин"]),
    ("An A.N.s. of Fedor Shaliapin on a menu card.", ["A.N.s. of Федор Шаляпин"]),
    # initials before a Russian surname are still read
    ("A.L. Shcheglov wrote the preface.", ["А.Л. Щеглов"]),
    ("A letter of T. L. Shchepkina-Kupernik survives.", ["Т. Л. Щепкина-Куперник"]),
    # a ship's prefix stays, the ship's Russian name is read
    ("She crossed on the SS Smolensk in 1913.", ["SS Смоленск"]),
    ("Manifest of the S.S. Rotterdam: Fedor Zaitsev, 31, smith.", ["S.S. Rotterdam", "Федор Зайцев"]),
    ("Survivors on the RMS Carpathia included Pavel Sokolov.", ["RMS Carpathia", "Павел Соколов"]),
    # a Western abbreviation before its own number ends a Russian title's numeral phrase
    ("Please scan Novyi mir 1962 no. 11 for me.", ["Новый мир 1962 no. 11"]),
    ("The review is in Russkaia mysl' 1912 vol. 3 only.", ["Русская мысль 1912 vol. 3"]),
    ("Krasnyi arkhiv 1926 no. 2 printed the letters.", ["Красный архив 1926 no. 2"]),
    ("Ona zhila tam za 30 let do voiny.", ["за 30 лет до войны"]),
]


@pytest.mark.parametrize("text,wanted", CASES)
def test_english_stays_and_russian_is_read(text, wanted):
    out = convert(text, to="cyrillic").text
    for piece in wanted:
        assert piece in out, out
