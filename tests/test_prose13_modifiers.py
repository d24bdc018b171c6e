"""prose13: an English word only the trigram model reads, right after an English article, is the
English modifier of the Russian noun after it (a festal trapeza), not a Russian word that noun pulled in."""

from translit import convert


def _cyr(text: str) -> str:
    return convert(text, to="cyrillic").text


def test_english_modifier_between_article_and_russian_noun_stays():
    for text, kept, read in (("After the service a festal trapeza was served.", "a festal", "трапеза"),
                             ("They served a ferial trapeza after it.", "a ferial", "трапеза"),
                             ("Her letters mention a sororal pirog every Sunday.", "a sororal", "пирог")):
        out = _cyr(text)
        assert kept in out and read in out, out


def test_russian_adjective_after_article_is_read():
    out = _cyr("There was a staryi kolkhoz by the river.")
    assert "старый колхоз" in out, out
    out = _cyr("He sang the Russkaia pesnia at dawn.")
    assert "Русская песня" in out or "русская песня" in out.lower(), out
