"""prose12: letters glued before a number (a code, a grade, a chess move) stay as they are in
English prose, and a chess move's rank is no OCR digit (Kh1 is no Khl); OCR and volapuk words
with a digit inside are still read."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_chess_moves_stay():
    for text in ("The endgame went Kh1 Rd8 and Bh1 at last.",
                 "White answered Ne1, then Kf1 and Rc1.",
                 "Kh2 i Bf1 byli khody."):
        out = _cyr(text)
        for move in ("Kh1", "Bh1", "Ne1", "Kf1", "Rc1", "Kh2", "Bf1"):
            if move in text:
                assert move in out, (text, out)


def test_codes_before_a_number_stay():
    for text, code in (("Vitamin B12 i zhelezo nuzhny.", "B12"),
                       ("Format A4 i bumaga byli khoroshi.", "A4"),
                       ("Model T34 stoiala v muzee.", "T34")):
        out = _cyr(text)
        assert code in out, out
        assert "и" in out or "стояла" in out or "формат" in out.lower(), out


def test_digit_words_still_read():
    out = _cyr("Istoriia Ura1a i 0cherki, Pu6kin i Ne4aev.")
    assert "Урала" in out and "Очерки" in out and "Пушкин" in out


def test_chess_run_is_not_joined():
    from translit.read.ocr import _chess_move

    assert _chess_move().fullmatch("Kh1") and _chess_move().fullmatch("Rae1") and _chess_move().fullmatch("Bxh1")
    assert not _chess_move().fullmatch("Ura1a") and not _chess_move().fullmatch("Kh9")


def test_footnote_marks_are_no_number():
    for text, want in (("Ekaterinburg¹ was called Sverdlovsk² then.", "Екатеринбург"),
                       ("Istoriia³ i kul'tura.", "История"),
                       ("Moskva² i Leningrad.", "Москва")):
        assert want in _cyr(text), _cyr(text)
