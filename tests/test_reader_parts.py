"""The reader's named parts: typed candidate sources, the weights file, one candidate walk per
word shared by detection and reading, one pre-1918 letter map, no read ↔ glossary cycle."""

import subprocess
import sys
from importlib import resources

import pytest

from translit import detect, key, to_cyrillic
from translit.normalize import PRE_REFORM
from translit.read.candidates import Source, clear_caches, reader
from translit.read.chunks import KEY_FOLD
from translit.read.reader import Preference, read_word
from translit.read.weights import W, weights


@pytest.mark.parametrize("latin,cyrillic,source", [
    ("gosudarstvo", "государство", Source.DICTIONARY),
    ("istoriia", "история", Source.DICTIONARY),
    ("pisʹma", "письма", Source.DICTIONARY),
    ("Bukharin", "Бухарин", Source.NAME),
    ("Ivanov", "Иванов", Source.NAME),
    ("Tsvetaeva", "Цветаева", Source.NAME),
    ("RTsKhIDNI", "РЦХИДНИ", Source.ABBREVIATION),
    ("TsGALI", "ЦГАЛИ", Source.ABBREVIATION),
    ("TsKhSD", "ЦХСД", Source.ABBREVIATION),
    ("Trotzki", "Троцкий", Source.NAME),  # the German tz of leniency.toml reads the dictionary's surname
    ("Tsjaikovski", "Чайковский", Source.CONVENTIONAL),
    ("TROTZKI", "ТРОЦКИЙ", Source.CONVENTIONAL),
    ("trotzki", "троцкий", Source.CONVENTIONAL),
    ("Zhmykhovskaiaov", "Жмыховскайаов", Source.TRIGRAM),
    ("Kvyrlatskii", "Квырлатский", Source.TRIGRAM),
    ("I͡Uvenilia", "Ювенилиа", Source.TRIGRAM),
    ("Ett͡selʹ", "Етцель", Source.OWN_TABLE),
])
def test_each_winner_carries_a_typed_source(latin, cyrillic, source):
    wr = read_word(latin)
    assert wr.cyrillic == cyrillic
    assert wr.candidates[0].source == source == wr.source
    assert source in Source.ALL
    assert wr.as_dict()["candidates"][0]["source"] == source


@pytest.mark.parametrize("latin", ["Neizvestnyi Bukharin", "TsK VKP(b)", "Zhmykhovskaiaov i Kvyrlatskii"])
def test_every_candidate_shown_in_json_has_a_source(latin):
    for word in to_cyrillic(latin).as_dict()["words"]:
        assert word["candidates"], word
        assert all(c["source"] in Source.ALL for c in word["candidates"])


def test_a_trigram_guess_is_marked_by_its_source_not_by_its_score():
    # a guess is low in confidence whatever its score; dictionary readings of the same score are not guesses
    for latin in ("Zhmykhovskaiaov", "Kvyrlatskii", "Pribaltiiskomorye"):
        wr = read_word(latin)
        assert wr.source == Source.TRIGRAM
        assert wr.confidence == W.confidence.guessed
    for latin in ("gosudarstvo", "Bukharin", "VTsIK"):
        assert read_word(latin).source != Source.TRIGRAM


def test_every_weight_is_a_number_with_a_comment_saying_what_it_does():
    text = resources.files("translit.read").joinpath("weights.toml").read_text("utf-8")
    lines = text.splitlines()
    weights_seen = 0
    section = ""
    for i, line in enumerate(lines):
        if line.startswith("["):
            section = line.strip("[]")
        elif "=" in line and not line.lstrip().startswith("#"):
            weights_seen += 1
            # each weight has its comment; the rows of a table by scheme share the table's comment
            assert lines[i - 1].lstrip().startswith("#") or section == "detect.prior" \
                or lines[i - 2].lstrip().startswith("#"), line
    assert weights_seen >= 50
    w = weights()
    assert w.rank.slip == W.rank.slip > 0
    assert set(w.detect.prior) <= set(__import__("translit").SCHEME_IDS)


def test_detection_and_reading_share_one_walk_per_word():
    # after the caches are emptied, reading a line with its scheme detected walks each distinct
    # word once over every scheme: detection's walk is the reader's
    for line in ("Neizvestnyi Bukharin: stati i pisma", "Istoriia gosudarstva Rossiiskogo",
                 "Ocherki istorii russkoi kulʹtury"):
        clear_caches()
        r = to_cyrillic(line)
        assert r.scheme is not None
        words = {k[0] for k in reader().path_cache}
        walks = [k for k in reader().path_cache]
        assert len(walks) == len(words), walks  # no word walked twice (under another mask)


def test_results_do_not_depend_on_what_the_caches_hold():
    lines = ["Reabilitatsiia: kak eto bylo", "Jeschow und Trotzki", "Ett͡selʹ, RTsKhIDNI, TsGALI"]
    first = [to_cyrillic(x).as_dict() for x in lines]
    clear_caches()
    assert [to_cyrillic(x).as_dict() for x in reversed(lines)][::-1] == first
    assert detect(lines[0]).best == detect(lines[0]).best


def test_detected_preferences_are_shared_objects():
    from translit import SCHEME_IDS

    base = {s: 0.0 for s in SCHEME_IDS}
    a = Preference.from_scores(base | {"alalc": 3.0, "iso9": 1.0})
    b = Preference.from_scores(base | {"alalc": 3.0, "iso9": 1.0})
    c = Preference.from_scores(base | {"alalc": 1.0, "iso9": 3.0})
    assert a is b and a is not c
    from translit.read.chunks import scheme_bit

    assert a.penalty(scheme_bit("alalc")) == 0.0 and c.penalty(scheme_bit("iso9")) == 0.0
    assert a.penalty(scheme_bit("iso9")) == c.penalty(scheme_bit("alalc")) == round(W.preference.per_detection_point * 2, 2)


def test_marks_an_ascii_word_skips_are_marks_no_ascii_text_bears():
    # detection does not look for marks written only in non-ASCII letters (ĭ, ties, č š ž, ·) in a
    # word of plain ASCII: no ASCII text bears them, and words that have them still show them
    import string

    from translit.read.detect import _ascii_marks, _evidence_rules

    rules = _evidence_rules()
    skipped = [k for k in range(len(rules)) if k not in _ascii_marks()]
    assert len(skipped) >= 3
    ascii_texts = [string.printable, "shchi zhizn' ch'i ya ye yo ii skii", "the quick brown fox"]
    for k in skipped:
        assert all(rules[k][0].search(t) is None for t in ascii_texts), rules[k][0].pattern
    for text, scheme, shown in (("Chernyshevskiĭ i Dobroli͡ubov", "alalc", "ĭ"),
                                ("Ščerbakov i Žukov", "iso9", "š"),
                                ("Žizn' i tvorčestvo", "czech", "č")):
        clear_caches()
        ev = next(r for r in detect(text).ranking if r.scheme == scheme).evidence
        assert any(shown in e for e in ev), ev


@pytest.mark.parametrize("old,modern", [("Россія", "Россия"), ("вѣра и мiръ", "вера и мир"),
                                        ("Ѳеодоръ", "Феодор"), ("мѵро", "миро")])
def test_pre_reform_letters_fold_alike_everywhere(old, modern):
    old = old.replace("i", "\u0456")  # the Cyrillic і
    assert key(old) == key(modern)
    assert old.lower().translate(KEY_FOLD).replace("ъ", "") == modern.lower()


def test_there_is_one_pre_reform_map():
    assert set(PRE_REFORM) == {"і", "ѣ", "ѳ", "ѵ"}
    for old, new in PRE_REFORM.items():
        assert old.translate(KEY_FOLD) == new


def test_reading_does_not_import_the_glossary():
    code = ("import sys, translit.read.reader as r; r.to_cyrillic('In-t istorii, izd-vo Nauka');"
            "print('translit.glossary' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("latin,cyrillic", [("In-t istorii", "Ин-т истории"), ("izd-vo Nauka", "изд-во Наука"),
                                            ("Moskva: Izd-vo Nauka", "Москва: Изд-во Наука")])
def test_glossary_abbreviations_still_read_as_russian(latin, cyrillic):
    assert to_cyrillic(latin).text == cyrillic


def test_cached_word_readings_match_fresh_ones_under_every_preference():
    # readings are cached by what a detected preference means for the word; each must equal a
    # reading made afresh under that very preference
    from translit import SCHEME_IDS
    from translit.read.words import _read_word

    preferences = [Preference.only(None), Preference.only("alalc"), Preference.only("german")]
    for top in ("alalc-plain", "bgn-pcgn", "german", "french", "iso9"):
        for margin in (0.5, 2.0, 5.0):
            preferences.append(Preference.from_scores({s: (margin if s == top else 0.0) for s in SCHEME_IDS}))
    clear_caches()
    for token in ("Ezhov", "Jeschow", "Iejov", "gosudarstvo", "Tchaikovsky", "istoriia", "Khrushchev",
                  "Dostoevskii", "TsK", "vѣra", "Trotzki", "Zhmykhovskaiaov"):
        for p in preferences:
            assert read_word(token, p).as_dict() == _read_word(token, p).as_dict(), (token, p)
