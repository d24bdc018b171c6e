"""Language identification for Cyrillic and romanized text, with its evidence."""

import pytest

from translit.langs.identify import identify


@pytest.mark.parametrize("text,lang", [
    ("Історія України-Руси", "uk"),
    ("Українська радянська енциклопедія", "uk"),
    ("Київ: Наукова думка", "uk"),
    ("Беларуская савецкая энцыклапедыя", "be"),
    ("Гісторыя Беларусі", "be"),
    ("Мінск: Навука і тэхніка", "be"),
    ("История на българския език", "bg"),
    ("Нова история на България", "bg"),
    ("София: Наука и изкуство", "bg"),
    ("Историја Србије", "sr"),
    ("Београд: Српска књижевна задруга", "sr"),
    ("Ђорђе Ђорђевић, ћирилица", "sr"),
    ("Историја на македонскиот народ", "mk"),
    ("Скопје: Македонска книга", "mk"),
    ("Ѓорѓи Ќосев", "mk"),
    ("История Коммунистической партии Советского Союза", "ru"),
    ("Литературная энциклопедия", "ru"),
    ("Мѣсто и время Россіи", "ru"),      # pre-1918 Russian: і is Russian beside ѣ
])
def test_cyrillic_text(text, lang):
    r = identify(text)
    assert r.script == "cyrillic" and r.language == lang, r.as_dict()


@pytest.mark.parametrize("text,lang", [
    ("Kyiv Kharkiv Lviv", "uk"),
    ("Hrushevskyi Mykhailo, Istoriia Ukrainy", "uk"),
    ("Istorii͡a Ukraïny-Rusy", "uk"),
    ("Istoriya na balgarskiya ezik", "bg"),
    ("Istorii͡a na bŭlgarskii͡a ezik", "bg"),
    ("Istorija Srbije", "sr"),
    ("Đorđe Đorđević", "sr"),
    ("Istorija na makedonskiot narod", "mk"),
    ("Ǵorǵi Ḱosev", "mk"),
    ("Mahilioŭ Viciebsk", "be"),
    ("Istoriia Kommunisticheskoi partii Sovetskogo Soiuza", "ru"),
])
def test_romanized_text(text, lang):
    r = identify(text)
    assert r.script == "latin" and r.language == lang, r.as_dict()


def test_evidence_and_confidence_are_reported():
    r = identify("Їжакевич і Ґалаґан")
    top = r.ranking[0]
    assert top.language == "uk" and any("ї" in e for e in top.evidence)
    assert any("not in its alphabet" in e for e in next(s for s in r.ranking if s.language == "ru").evidence)
    # a language with no word list (Rusyn) never claims more than the stated ceiling, even where
    # its letters alone decide (ы beside ї: only Rusyn has both)
    for text in ("Русиньскый язык і їх культура", "Мы їхали"):
        r = identify(text)
        assert r.language == "rue" and r.ranking[0].score - r.ranking[1].score > 2 and r.confidence <= 0.75
    # Belarusian has its Hunspell list (langs/lexicon.py) and no ceiling
    assert identify("Гісторыя Беларусі").language == "be" and identify("Гісторыя Беларусі").confidence > 0.9
    assert set(r.as_dict()) == {"language", "script", "confidence", "ranking"}


@pytest.mark.parametrize("text", ["", "1917–1991", "☃ ∞", "\x00\ufffd"])
def test_text_without_words(text):
    r = identify(text)
    assert r.language is None and r.script == "none"
