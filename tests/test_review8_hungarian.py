"""Review of the Hungarian transcription (schemes/hungarian.toml, read/evidence.toml) by review8.

Two classes fixed: (1) a doubled ж is zzs, as a doubled с is ssz (Hungarian spelling doubles a two-letter
consonant by its first letter); the table wrote zszs and read zzs back as зж. (2) Hungarian writes the
genitive and prepositional -ии as -ii (Rosszii, Akagyemii), which evidence.toml counted against it, and its
ssz (сс) was no mark of its own, so Polish read a Hungarian text with s for ш (Росший). The words are of this
file's own choosing; real pymorphy3 dictionaries, no mocks.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import translit


@pytest.mark.parametrize("cyrillic, latin", [
    ("Дрожжин", "Drozzsin"),
    ("вожжи", "vozzsi"),
    ("жужжать", "zsuzzsaty"),
    ("Можжевельник", "Mozzsevelnyik"),
    ("ДРОЖЖИ", "DROZZSI"),
    ("Россия", "Rosszija"),  # the сс row it follows still holds
])
def test_a_doubled_zh_is_zzs(cyrillic, latin):
    assert translit.romanize(cyrillic, "hungarian") == latin


@pytest.mark.parametrize("latin, cyrillic", [
    # zzs reads back as a doubled ж
    ("Jevgenyij Drozzsin", "Евгений Дрожжин"),
    ("Szpiridon Drozzsin", "Спиридон Дрожжин"),
    ("Drozzsi", "Дрожжи"),
    ("Mozzsevelnyik", "Можжевельник"),
    # ssz and a final ii in a Hungarian text: сс and -ии, not Polish ш
    ("Isztorija Rosszii", "История России"),
    ("Rasszkazi o Rosszii", "Рассказы о России"),
    ("Vesztnyik Rosszii", "Вестник России"),
    # ALA-LC -ii and ss keep their readings
    ("Istorii Rossii", "Истории России"),
    ("Trudy Akademii nauk", "Труды Академии наук"),
    ("Vasilii Grossman", "Василий Гроссман"),
    ("Ivan Rassadin", "Иван Рассадин"),
])
def test_reads(latin, cyrillic):
    assert translit.to_cyrillic(latin).text == cyrillic


@pytest.mark.parametrize("text", ["Rasszkazi o Rosszii", "Trudi Akagyemii", "Szpiridon Drozzsin"])
def test_ssz_and_ii_are_no_evidence_against_hungarian(text):
    assert translit.detect(text).ranking[0].scheme == "hungarian"


_TEXT = st.lists(st.one_of(st.characters(), st.sampled_from(["ж", "жж", "сс", "Щ", "ssz", "zzs", "ová", "İ", "\u0308"])),
                 max_size=20).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_hungarian_survives_any_text(text):
    """Any text romanizes and reads; text without Cyrillic passes through the table unchanged."""
    out = translit.romanize(text, "hungarian")
    assert isinstance(out, str)
    if not any("\u0400" <= c <= "\u04ff" for c in text):
        assert out == text
    assert isinstance(translit.to_cyrillic(text).text, str)


# -- an English word's cs or zs is no Hungarian mark ----------------------------------------------------
# physics, politics, economics, statistics have cs: a mark found only in English words lifted the
# penalty of an unmarked unmixed scheme (weights.toml [detect] unmarked_unmixed), and the Hungarian
# table read the text's s as ш and i as ы (Шапкин, Бык).

@pytest.mark.parametrize("text", [
    "Statistics: Sapkin, Oleg",
    "Lis i volk (Physics)",
    "Sapkin, Oleg. Politics and economics",
    "Oleg Sapkin, Ivan Bik, Soviet politics",
])
def test_english_words_are_no_hungarian_mark(text):
    assert translit.detect(text).ranking[0].scheme != "hungarian"


@pytest.mark.parametrize("text, cyrillic", [
    ("Oleg Sapkin, Ivan Bik, Soviet politics", "Олег Сапкин, Иван Бик, Soviet politics"),
    ("Physics of Sapkin, Oleg", "Сапкин, Олег"),
    ("Hruscsov, Nyikita: politics", "Хрущёв, Никита"),  # a Hungarian word's mark still counts
    ("Nyikita Hruscsov; physics", "Никита Хрущёв"),
])
def test_english_words_beside_names(text, cyrillic):
    assert cyrillic in translit.to_cyrillic(text).text


# -- the Czech -ová after a consonant-final surname, on more of its consonant rows ------------------------

@pytest.mark.parametrize("latin, cyrillic", [
    ("Naděžda Mandelštamová", "Надежда Мандельштам"),  # м
    ("Ljubov Bloková", "Любовь Блок"),  # к
    ("Jelena Šmidtová", "Елена Шмидт"),  # т
    ("Anna Šulcová", "Анна Шульц"),  # ц
    ("Olga Fridová", "Ольга Фрид"),  # д
])
def test_czech_ova_after_other_consonants(latin, cyrillic):
    assert translit.to_cyrillic(latin).text == cyrillic
