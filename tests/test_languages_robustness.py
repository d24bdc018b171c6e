"""The language entry points survive hostile input; text with no Cyrillic passes through unchanged."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import translit
from translit.langs.identify import identify
from translit.langs.reader import to_cyrillic
from translit.langs.serbian import read_serbian

HOSTILE = ["", "\x00", "ʼʼʼ", "'Київ'", "Ѓ\u0301\u0301", "l\u0302\u0302j", "Kyiv" * 2000, "\ufe20\ufe21\u0361",
           "\ud800\udc00".encode("utf-16", "surrogatepass").decode("utf-16"), "bytes\udcff\udcfe", "ǰǰǰ dž-dž",
           "𝕶𝖞𝖎𝖛", "Їжак\u202eКиїв"]

FUNCS = {
    "romanize uk": lambda s: translit.romanize(s, "national", lang="uk"),
    "romanize auto": lambda s: translit.romanize(s, "alalc", lang="auto"),
    "read uk": lambda s: to_cyrillic(s, "uk").text,
    "read be": lambda s: to_cyrillic(s, "be").text,
    "read sr": lambda s: read_serbian(s).text,
    "identify": lambda s: identify(s).language,
    "key auto": lambda s: translit.key(s, lang="auto"),
    "gloss uk": lambda s: translit.gloss(s, lang="uk"),
}


@pytest.mark.parametrize("name", sorted(FUNCS))
@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_inputs(name, text):
    FUNCS[name](text)  # no exception


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFF), max_size=40))
def test_arbitrary_unicode(text):
    for fn in FUNCS.values():
        fn(text)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)).filter(lambda c: not "\u0400" <= c <= "\u052f"),
               max_size=40), st.sampled_from(["uk", "be", "bg", "sr", "mk", "rue"]))
def test_text_without_cyrillic_passes_through(text, lang):
    assert translit.romanize(text, "alalc", lang=lang) == text


@pytest.mark.parametrize("name", ["identify", "key auto", "read uk", "read be"])
def test_a_very_long_run_of_letters_is_read_in_bounded_memory(name):
    """A run of 8,000 Latin letters is no word of any language: it is left as it is, and no beam
    search over it holds every position's spellings (it once took 4 GB)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    FUNCS[name]("Kyiv" * 2000)
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 500_000
