"""Damaged text: mojibake, lookalikes, lost letters; and the batch --fix path."""

import json

import pytest

from translit.repair import fix

PHRASES = ["Реабилитация: как это было", "Государственный архив Российской Федерации", "Ёлки и ежи, ИСТОРИЯ"]
DAMAGE = [("cp1251", "cp1252"), ("cp1251", "latin-1"), ("utf-8", "cp1251"), ("utf-8", "latin-1"),
          ("koi8-r", "cp1251"), ("cp1251", "koi8-r"), ("utf-8", "koi8-r"), ("cp866", "cp1251")]


def _garble(phrase, true, read_as):
    return phrase.encode(true).decode(read_as, errors="replace")


# pairs that lose a byte of a phrase (cp1251 has no 0x98: UTF-8 И) are the lost-letter test's
LOSSLESS = [(p, t, r) for p in PHRASES for t, r in DAMAGE if "\ufffd" not in _garble(p, t, r)]


@pytest.mark.parametrize("phrase,true,read_as", LOSSLESS)
def test_single_damage_comes_back(phrase, true, read_as):
    garbled = _garble(phrase, true, read_as)
    r = fix(garbled)
    assert r.text == phrase
    assert r.steps and r.lost == []


def test_double_damage_comes_back():
    phrase = PHRASES[0]
    twice = phrase.encode("cp1251").decode("cp1252").encode("utf-8").decode("latin-1")
    assert fix(twice).text == phrase
    twice = phrase.encode("utf-8").decode("cp1251").encode("utf-8").decode("cp1251")
    assert fix(twice).text == phrase


def test_the_issue_examples():
    assert fix("Ðåàáèëèòàöèÿ").text == "Реабилитация"
    assert fix("Р РµР°Р±РёР»...").text == "Реабил..."
    assert fix("òÅÁÂÉÌÉÔÁÃÉÑ").text == "Реабилитация"
    assert fix("Ð ÐµÐ°Ð±Ð¸Ð»...").text == "Реабил..."


def test_lost_letters_are_reported_not_guessed():
    garbled = PHRASES[0].encode("utf-8").decode("cp1252", errors="replace")  # я and э fall on undefined bytes
    r = fix(garbled)
    assert r.text == "Реабилитаци\ufffd: как \ufffdто было"
    assert [(x.start, x.found) for x in r.lost] == [(11, "\ufffd"), (18, "\ufffd")]
    r = fix("Реабилитаци? и Р?ссия")
    assert [x.start for x in r.lost] == [11, 16]
    assert fix("Привет, как дела?").lost == []


def test_lookalikes_and_nfc():
    r = fix("Рeабилитация")  # Latin e
    assert r.text == "Реабилитация" and "lookalike" in r.steps[0]
    r = fix("Москва\u0301 и\u0306")  # decomposed й
    assert r.text.endswith("й") and "normalized to NFC" in r.steps


@pytest.mark.parametrize("text", ["naïve café déjà vu", "Pourquoi pas? Ça va.", "Straße", "Москва", "Reabilitatsiia", ""])
def test_good_text_is_left_alone(text):
    r = fix(text)
    assert r.text == text and r.steps == [] and r.lost == []


def test_cli_fix_json(run_cli):
    obj = json.loads(run_cli("fix", "--json", "Ðåàáèëèòàöèÿ").stdout)
    assert set(obj) == {"input", "text", "steps", "lost"} and obj["text"] == "Реабилитация"


def test_batch_fix_reports_lost_letters(tmp_path, run_cli):
    src = tmp_path / "in.csv"
    src.write_text("id,title\n1,Ðåàáèëèòàöèÿ\n2,Реабилитаци? и\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    proc = run_cli("romanize", "--fix", "--in", str(src), "--out", str(out), "--column", "title")
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[1] == "1,Ðåàáèëèòàöèÿ,Reabilitat͡sii͡a"
    assert f"{src}:3: lost letters" in proc.stderr


@pytest.mark.parametrize("text", ["àA0È", "\x80\x94º", "ÀàÀ"])
def test_a_decoding_that_leaves_wrong_decoding_traces_is_not_taken(text):
    # small letters then a capital inside a word (after lookalikes are read), box drawing or C1
    # controls are what a wrong decoding leaves: such a "repair" would be changed again by fix
    once = fix(text).text
    assert fix(once).text == once
