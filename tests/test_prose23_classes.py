"""prose23: classes of input found in prose_heldout14 (studied), each tested on inputs of our own.

Real pymorphy3 dictionaries; no mocks.
"""

from __future__ import annotations

import pytest

from translit import convert
from translit.read.document import convert_document


def cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


# Initials before a Russian surname's English possessive are read with it, as they are without the
# possessive and as a forename is (Nikolai Vavilov's): the 's stays.
@pytest.mark.parametrize("text, want", [
    ("The seed bank of N. I. Vavilov's institute survived.", "Н. И. Вавилов's"),
    ("D. I. Mendeleev's table hung in every classroom.", "Д. И. Менделеев's"),
    ("It was P. A. Stolypin's reform that failed.", "П. А. Столыпин's"),
    ("F. E. Dzerzhinskii's men came at night.", "Ф. Э. Дзержинский's"),
])
def test_initials_of_a_russian_possessive_are_read(text: str, want: str) -> None:
    assert want in cyr(text)


@pytest.mark.parametrize("text", [
    "E. H. Carr's history is long.",
    "J. D. Salinger's novel sold well.",
    "We read T. S. Eliot's poems.",
])
def test_initials_of_a_western_possessive_stay(text: str) -> None:
    assert cyr(text) == text


def test_one_letter_initials_are_read_on_their_own_line_in_a_document() -> None:
    """E. is Э. for Dzerzhinskii (Феликс Эдмундович) and Е. for Saltykov (Михаил Евграфович): the
    document does not make one initial's reading every line's."""
    lines = ["F. E. Dzerzhinskii's men came at night.", "M. E. Saltykov's satire was read aloud.",
             "Then F. E. Dzerzhinskii spoke."]
    out = [d.result.text for d in convert_document(lines, to="cyrillic")]
    assert "Ф. Э. Дзержинский" in out[0]
    assert "М. Е. Салтыков" in out[1]
    assert "Ф. Э. Дзержинский" in out[2]


# A lower-case word of both languages whose Russian reading only a scheme writes that none of the
# line's Russian words is spelled in stays English: журнал only as French writes it (ou), патриарх
# only with ch for х (German, Polish, Czech), beside words in BGN/PCGN or ALA-LC.
@pytest.mark.parametrize("text, english, russian", [
    ("The Tiflis journal Kavkazskiy vestnik appeared weekly.", "journal", "Кавказский вестник"),
    ("The Perm journal Uralskiy sovremennik printed verse.", "journal", "Уральский современник"),
    ("The Kiev journal Kievskaya starina printed it first.", "journal", "Киевская старина"),
    ("In 1945 the council made Aleksiĭ patriarch.", "patriarch", "Алексий"),
])
def test_english_word_spelled_in_no_scheme_of_the_line_stays(text: str, english: str, russian: str) -> None:
    out = cyr(text)
    assert f" {english} " in f" {out.rstrip('.')} "
    assert russian in out


def test_a_word_the_lines_scheme_writes_is_still_read() -> None:
    """zhurnal is BGN/PCGN's журнал, as the line's other words: read with them."""
    assert "журнал Кавказский вестник" in cyr("The Tiflis zhurnal Kavkazskiy vestnik appeared weekly.")


# An adjective in -ij (ISO 9, GOST, German: ий) before an English noun keeps its reading: only
# Spanish writes -ских as -skij, and the adjective takes that form only to agree with a Russian noun,
# not with the Russian reading of an English word (партий for party).
@pytest.mark.parametrize("text, adjective, english", [
    ("The Sverdlovskij party archive holds it.", "Свердловский", "party"),
    ("He led the Permskij party organization.", "Пермский", "party"),
    ("The Kazanskij party boss was shot.", "Казанский", "party"),
    ("The records of the Moskovskij party school were burnt.", "Московский", "party"),
])
def test_adjective_keeps_its_scheme_before_an_english_noun(text: str, adjective: str, english: str) -> None:
    out = cyr(text)
    assert f"{adjective} {english} " in out


def test_adjective_still_agrees_with_a_russian_noun() -> None:
    """Moskovskij vestnik: the noun is Russian, the adjective agrees with it."""
    assert "Московский вестник" in cyr("Moskovskij vestnik printed it.")


# An initial in a letter only a national scheme writes (Polish Ł for Л, Ż for Ж) goes with the
# Russian name after it, as an ASCII initial does; before a name left as written it stays.
@pytest.mark.parametrize("text, want", [
    ("In 1953 Ł. P. Berija was shot.", "Л. П. Берия"),
    ("Ł. N. Gumilow wrote on the steppe.", "Л. Н. Гумилёв"),
    ("Ż. A. Miedwiediew wrote on Łysenko.", "Ж. А. Медведев"),
])
def test_national_scheme_initial_goes_with_its_name(text: str, want: str) -> None:
    assert want in cyr(text)


@pytest.mark.parametrize("text", [
    "We met Ł. Wałęsa in Gdańsk.",
    "Ł. Kowalski wrote to the Warsaw daily.",
])
def test_national_initial_of_a_polish_name_stays(text: str) -> None:
    assert cyr(text) == text


# A double surname before an English possessive is one name: kept whole or read whole, never half
# converted (Римский-Korsakov's).
@pytest.mark.parametrize("text, name", [
    ("We heard Rimskij-Korsakov's opera.", "Rimskij-Korsakov's"),
    ("He praised Mamin-Sibirjak's stories.", "Mamin-Sibirjak's"),
    ("He read Novikov-Priboj's novel.", "Novikov-Priboj's"),
    ("They staged Sukhovo-Kobylin's comedy.", "Sukhovo-Kobylin's"),
])
def test_double_surname_possessive_is_kept_whole(text: str, name: str) -> None:
    assert name in cyr(text)


def test_double_surname_possessive_with_forename_is_read_whole() -> None:
    assert "Николай Римский-Корсаков's" in cyr("We read Nikolai Rimskii-Korsakov's memoir.")


def test_established_double_surname_possessive_is_still_read_whole() -> None:
    """Rimsky-Korsakov is a row of the established forms: it is read whole by its first word."""
    assert "Римский-Корсаков's" in cyr("They played it in Rimsky-Korsakov's orchestration.")


# A lower-case English word of three letters or more that English writes very often (eye, net) stays
# English when only Russian names stand beside it, however common its Russian reading (ее, нет).
@pytest.mark.parametrize("text, english", [
    ("Ia. M. Sverdlov kept an eye on Perm.", "an eye on"),
    ("S. M. Kirov kept one eye on Moskva.", "one eye on"),
    ("M. V. Frunze ran eye clinics.", "ran eye clinics"),
    ("Zhukov ran net profits?", "ran net profits"),
])
def test_common_english_word_beside_names_stays(text: str, english: str) -> None:
    assert english in cyr(text)


@pytest.mark.parametrize("text, want", [
    ("Stalin eto Lenin segodnia.", "Сталин это Ленин сегодня"),
    ("Tolstoi o Shekspire pisal", "Толстой о Шекспире писал"),
])
def test_russian_words_between_names_are_still_read(text: str, want: str) -> None:
    assert want in cyr(text)


# A run of capitalized words that starts with an English place (New York, Los Angeles) does not take
# in the first word of a Russian title after it, whose lower-case words follow (Novyi zhurnal).
@pytest.mark.parametrize("text, want", [
    ("The New York Novyi zhurnal printed it.", "New York Новый журнал"),
    ("The Los Angeles Russkaya zhizn printed it.", "Los Angeles Русская жизнь"),
    ("The New York Novoye russkoye slovo was the largest daily.", "New York Новое русское слово"),
])
def test_title_after_english_place_is_read_whole(text: str, want: str) -> None:
    assert want in cyr(text)


def test_english_name_before_russian_words_stays() -> None:
    assert cyr("Stephen Cohen pisal o Bukharine.").startswith("Stephen Cohen писал")


# A French or German article (western.toml title_articles) before a capitalized Western word opens a
# Western title, though a Russian title stands right before it: Les is not лес, La not Ла.
@pytest.mark.parametrize("text, kept", [
    ("Police reports called Russkaia mysl Les Dernières Nouvelles.", "Les Dernières Nouvelles"),
    ("The Paris press called Vozrozhdenie La Renaissance.", "La Renaissance"),
    ("Berlin police called Rul Le Gouvernail.", "Le Gouvernail"),
])
def test_western_title_article_after_russian_title_stays(text: str, kept: str) -> None:
    assert kept in cyr(text)


def test_russian_title_word_after_russian_word_is_still_read() -> None:
    """mir after Novyi is мир: no article of a Western title."""
    assert "Новый мир" in cyr("They read Novyi mir in 1962.")


# A word broken at the end of a line whose first piece is a Russian word no Western language writes
# (Narkom, Glav) is read whole though the compound is rare (Наркомфин, Главлит); a Western word
# broken so (barri- cades) stays.
@pytest.mark.parametrize("text, want", [
    ("The Narkom- fin issued the chervonets.", "Нарком- фин"),
    ("The Narkom- indel protested.", "Нарком- индел"),
    ("He was sent to the Glav- lit office.", "Глав- лит"),
])
def test_broken_rare_compound_with_russian_head_is_read_whole(text: str, want: str) -> None:
    assert want in cyr(text)


@pytest.mark.parametrize("text", ["The barri- cades rose.", "The inter- national was sung."])
def test_broken_western_word_stays(text: str) -> None:
    assert cyr(text) == text


# A lower-case word in a national scheme's letters whose reading is a common word as well as a form
# of a forename (лавра: Лавр's genitive; слава: Слава) is romanized Russian like deło; a capitalized
# Polish place stays.
@pytest.mark.parametrize("text, want", [
    ("The Kijewo-Pieczerska ławra burnt in 1941.", "Киево-Печерская лавра"),
    ("The banner read sława trudu in red.", "слава труду"),
    ("The old word łuka meant a river bend.", "word лука meant"),
])
def test_lower_case_national_scheme_word_with_a_name_form_is_read(text: str, want: str) -> None:
    assert want in cyr(text)


def test_polish_places_stay() -> None:
    assert cyr("We walked from Łódź to Kraków.") == "We walked from Łódź to Kraków."
