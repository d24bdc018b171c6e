"""slavic28: Russian writes ж after н only before a vowel or at a word's end (инженер, оранж), save in
compounds after инж- (Мосинжпроект); the Russian reader spells so the Serbian and Macedonian Latin nj
before a consonant (Banjski: Банжски), the digraph of њ. The sequence is in ``[forbidden]`` of
langs/evidence.toml, so the Russian reading of such a word counts against Russian and a Serbian name
inside English prose is read as Serbian. Russian words with нж, лж stay Russian. Inputs written here;
real pymorphy3 dictionaries and wordfreq."""

from __future__ import annotations

import pytest

from test_slavic28_foreign_title_word import _read
from translit.langs.identify import forbidden_sequences, identify




@pytest.mark.parametrize("word", ["Сретенжски", "Банжска", "Кранжски", "ванжска"])
def test_nzh_before_a_consonant_is_no_russian_spelling(word: str) -> None:
    assert forbidden_sequences(word.lower(), "ru")


@pytest.mark.parametrize("word", ["инженер", "оранж", "гранж", "Мосинжпроект", "волжский", "Анжелика",
                                  "апельсин жёлтый"])
def test_russian_nzh_stays_russian(word: str) -> None:
    assert not forbidden_sequences(word.lower(), "ru")


@pytest.mark.parametrize("text, title", [
    ("The Banjski potok dries up in August.", "Бањски поток"),
    ("The Banjska reka flows past the village of Rudnica.", "Бањска река"),
    ("The Sretenjska skupština met in Kragujevac.", "Сретењска скупштина"),
])
def test_a_serbian_adjective_in_njski_inside_english_prose_is_read_as_serbian(text: str, title: str) -> None:
    out = _read(text, None)
    assert title in out, out


def test_identification_counts_the_russian_reading_against_russian() -> None:
    ranking = {s.language: s for s in identify("Banjski potok").ranking}
    assert any("not written in its spelling" in e for e in ranking["ru"].evidence)
    assert ranking["sr"].score > ranking["ru"].score


@pytest.mark.parametrize("text, russian", [
    ("The Inzhenernyi zamok was built for Paul I.", "Инженерный замок"),
    ("The Volzhskii bulvar runs to the river.", "Волжский бульвар"),
])
def test_russian_prose_stays_russian(text: str, russian: str) -> None:
    out = _read(text, None)
    assert russian in out, out
