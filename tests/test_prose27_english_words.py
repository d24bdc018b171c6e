"""prose27: English words of running text that the reader used to take for romanized Russian.

- the great islands and historical regions of the Russian Empire under their English headwords
  (Sakhalin, the Kuril Islands, Turkestan, Transbaikalia) and the English titles of the tsar's
  children (the Tsarevich, the Tsarevna): English words, as Kamchatka and the Tsar are, unless a
  Russian word stands beside them; a region geonames also knows as a city (Turkestan) is not made
  Russian again by the city table;
- an OCR repair never writes a capital I after a small letter (sterlet is no "sterIet", стереть);
- in a line all in capitals (a poster, a banner, a telegram) a common English word after a Russian
  name is English, not an acronym of a Russian title, and it makes the run no English name.
Real pymorphy3 dictionaries, no mocks."""

from translit import convert
from translit.read.ocr import letter_repairs


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_regions_under_english_headwords_stay():
    for text in ("Exiles were sent on to Sakhalin after 1869.",
                 "A chain of volcanoes runs through the Kuril Islands and the Kurils beyond.",
                 "Tea caravans crossed Transbaikalia on their way to Kiakhta's rivals.",
                 "The cotton of Turkestan fed the mills of Ivanovo's rivals in Lodz."):
        for out in (_cyr(text), convert(text, to="alalc").text):
            for word in ("Sakhalin", "Kuril", "Kurils", "Transbaikalia", "Turkestan"):
                if word in text:
                    assert word in out, out


def test_region_beside_russian_words_is_read():
    assert "Сахалин" in _cyr("Ostrov Sakhalin i Kurilʹskie ostrova")
    assert "Туркестан" in _cyr("Russkii Turkestan i Bukhara")


def test_city_table_does_not_revive_an_english_region():
    # Turkestan is also a town of Kazakhstan in geonames; alone in English it stays English
    assert _cyr("He served eleven years in Turkestan.") == "He served eleven years in Turkestan."


def test_tsars_children_under_english_titles_stay():
    for text, title in (("The Tsarevna Sophia ruled as regent until 1689.", "Tsarevna"),
                        ("the young Tsarevich Alexei was a haemophiliac", "Tsarevich"),
                        ("a portrait of the Tsesarevich by Serov", "Tsesarevich")):
        assert title in _cyr(text), _cyr(text)
        assert title in convert(text, to="alalc").text


def test_folk_tale_tsarevich_in_a_russian_title_is_read():
    assert "царевич" in _cyr("Skazka ob Ivane-tsareviche i serom volke; Ivan-tsarevich i seryi volk")


def test_ocr_repair_writes_no_capital_after_a_small_letter():
    for word in ("sterlet", "gorlet", "polloi"):
        assert all(not (v[i].isupper() and v[i - 1].islower()) for v, _, _ in letter_repairs(word)
                   for i in range(1, len(v))), letter_repairs(word)
    # an l scanned for I at a word's start, or inside capitals, is still repaired
    assert ("Istoriia", "l", "I") in letter_repairs("lstoriia")
    assert ("IZVESTIIA", "l", "I") in letter_repairs("lZVESTIIA")


def test_english_fish_and_food_words_with_l_stay():
    for text in ("A sterlet from the market cost a week's wages.",
                 "The gorlet sauce was a cook's invention.",
                 "The hoi polloi queued for bread at dawn."):
        assert _cyr(text) == text, _cyr(text)


def test_common_english_word_in_a_capitals_line_stays():
    cases = (("A TELEGRAM FROM GENERAL ALEKSEEV READS: VOISKA OTSTUPAIUT.", "READS", "ВОЙСКА"),
             ("THE LEAFLET BY SEMEN PETROV SAYS DOLOI TSARIA", "SAYS", "ДОЛОЙ"),
             ("THE ORDER SIGNED BY IVAN KONEV SAYS NI SHAGU NAZAD", "SAYS", "НАЗАД"))
    for text, english, russian in cases:
        out = _cyr(text)
        assert english in out and russian in out, out


def test_russian_acronym_of_a_title_in_capitals_is_read():
    assert _cyr("ARKHIPELAG GULAG") == "АРХИПЕЛАГ ГУЛАГ"
    assert _cyr("Arkhipelag GULAG") == "Архипелаг ГУЛАГ"
