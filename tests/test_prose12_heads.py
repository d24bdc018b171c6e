"""prose12: a capitalized English noun that English writes far more often than Russian writes its
reading (River, Hotel, Park: ривер, хотел) is the English head of a name after an English article
and a Russian name, even when its own reading counts as a Russian word form; a Russian title stays."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_river_hotel_park_stay():
    for text, head in (("We sailed down the Yana River to the sea.", "River"),
                       ("They stayed at the Moskva Hotel for a week.", "Hotel"),
                       ("A walk in the Izmailovo Park at dawn.", "Park")):
        out = _cyr(text)
        assert head in out, out
        assert "Ривер" not in out and "Хотел" not in out and "Парк" not in out, out


def test_russian_titles_still_read():
    out = _cyr("Gazeta Pravda i Novaia Model byli zakryty.")
    assert "Правда" in out and "Новая" in out
    assert "the Moscow Pravda" in _cyr("He read the Moscow Pravda daily.")


def test_margin_is_a_weight():
    from translit.read.weights import W

    assert W.running.name_head_own_margin > 0


def test_the_place_name_before_the_head_is_still_read():
    for text, want in (("We sailed down the Yana River to the sea.", "Яна River"),
                       ("Floods on the Lena River were late.", "Лена River"),
                       ("They met at the Rossiia Hotel in the evening.", "Россия Hotel")):
        assert want in _cyr(text), _cyr(text)
