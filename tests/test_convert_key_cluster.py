"""Convert inside running text, match keys, clustering and catalogue capitalization."""

import json

import pytest

from translit import romanize
from translit.clustering import cluster
from translit.conversion import convert
from translit.matchkey import key

FOOTNOTES = [
    # (input, ALA-LC output): only the Russian changes
    ('Furr and Bobrov, eds., "Lichnye pokazaniia N. Bukharina," in Klio 2 (2008): 45-67.',
     'Furr and Bobrov, eds., "Lichnye pokazanii͡a N. Bukharina," in Klio 2 (2008): 45-67.'),
    ("See O. Khlevniuk, Khoziain: Stalin i utverzhdenie stalinskoi diktatury (Moscow: ROSSPEN, 2010), pp. 12-14.",
     "See O. Khlevni͡uk, Khozi͡ain: Stalin i utverzhdenie stalinskoĭ diktatury (Moscow: ROSSPĖN, 2010), pp. 12-14."),  # LC writes ROSSPĖN
    ("Reabilitatsiia: kak eto bylo, vol. 1 (St. Petersburg, 2000), p. 5; https://example.org/reabilitatsiia",
     "Reabilitat͡sii͡a: kak ėto bylo, vol. 1 (St. Petersburg, 2000), p. 5; https://example.org/reabilitatsiia"),
]


@pytest.mark.parametrize("text,expected", FOOTNOTES)
def test_convert_touches_only_the_russian(text, expected):
    c = convert(text, to="alalc")
    assert c.text == expected
    for span in c.spans:
        assert text[span.start:span.end] == span.text


def test_convert_to_cyrillic_and_spans_report_scheme():
    c = convert("Lichnye pokazaniia, ed. by J. Smith", to="cyrillic")
    assert c.text == "Личные показания, ed. by J. Smith"
    assert c.spans[0].scheme == "alalc-plain" and 0 < c.spans[0].confidence <= 1


def test_convert_threshold_leaves_uncertain_spans_and_reports_them():
    text = "Kozloff Shabasova"  # names the lexicon lacks: read with low confidence
    c = convert(text, to="iso9", threshold=0.99)
    assert c.text == text and c.skipped


def test_convert_cyrillic_inside_english():
    assert convert("The memoir Как это было (1990)", to="alalc-plain").text == "The memoir Kak eto bylo (1990)"


def test_english_text_is_unchanged():
    text = "The Eternal Revolutionary, trans. H. Shukman (London: HarperCollins, 1996), 245."
    assert convert(text, to="alalc").text == text


SPELLINGS = {
    "title": ["Reabilitatsiia: kak eto bylo", "Reabilitatsia: Kak Eto Bylo", "Reabilitat︠s︡ii︠a︡ : kak ėto bylo",
              "Реабилитация: как это было", "Reabilitaciâ: kak èto bylo", "REABILITATSIIA: KAK ETO BYLO"],
    "bukharin": ["Bukharin", "Boukharine", "Bucharin", "Бухарин", "Bujarin"],
    "ezhov": ["Yezhov", "Ezhov", "Ežov", "Jeschow", "Iejov", "Jeżow", "Ежов"],
    "name": ["Bukharin, Nikolai Ivanovich", "Nikolai Ivanovich Bukharin", "Бухарин, Николай Иванович",
             "Bucharin, Nikolai Iwanowitsch", "Buharin, Nikolaj Ivanovič"],
}


@pytest.mark.parametrize("group", sorted(SPELLINGS))
def test_every_spelling_shares_one_key(group):
    keys = {key(s) for s in SPELLINGS[group]}
    assert len(keys) == 1, keys


def test_different_strings_have_different_keys():
    different = ["Bukharin", "Bukharina", "Ezhov", "Ezhova", "Istoriia SSSR", "Istoriia Rossii", "byl", "bil",
                 "Rossiia", "Russkaia", "Nikolai Bukharin", "Nikolai Ezhov", "Istoriia SSSR, 1917-1937",
                 "Istoriia SSSR, 1917-1941"]
    keys = [key(s) for s in different]
    assert len(set(keys)) == len(keys), list(zip(different, keys))


def test_key_is_idempotent_in_meaning_and_stable_under_case():
    for s in ["Reabilitatsiia", "Бухарин, Николай"]:
        assert key(s) == key(s.upper()) == key(s.lower())


def test_cluster_groups_schemes_inversions_and_initials():
    heads = ["Bukharin, Nikolai Ivanovich", "N. I. Bukharin", "Boukharine, Nikolaï", "Бухарин, Николай Иванович",
             "Yezhov, Nikolai", "Ежов, Николай", "Reabilitatsiia: kak eto bylo", "Reabilitatsia: Kak Eto Bylo"]
    clusters = cluster(heads)
    groups = sorted(sorted(m.text for m in c.members) for c in clusters)
    assert sorted(["Bukharin, Nikolai Ivanovich", "N. I. Bukharin", "Boukharine, Nikolaï",
                   "Бухарин, Николай Иванович"]) in groups
    assert sorted(["Yezhov, Nikolai", "Ежов, Николай"]) in groups
    assert len(clusters) == 3
    bukharin = next(c for c in clusters if len(c.members) == 4)
    assert bukharin.representative == "Bukharin, Nikolaĭ Ivanovich"
    whys = {m.text: m.why for m in bukharin.members}
    assert "forenames agree" in whys["N. I. Bukharin"]


def test_catalog_case():
    assert romanize("РЕАБИЛИТАЦИЯ: КАК ЭТО БЫЛО. Воспоминания О Москве", "alalc", case="catalog") == \
        "Reabilitat͡sii͡a: kak ėto bylo. vospominanii͡a o Moskve"
    assert romanize("ЦК КПСС и Н. И. Бухарин", "alalc-plain", case="catalog") == "TsK KPSS i N. I. Bukharin"
    assert convert("Reabilitatsia: Kak Eto Bylo", to="alalc", case="catalog").text == "Reabilitat͡sii͡a: kak ėto bylo"


def test_cli_convert_and_key(run_cli):
    out = run_cli("convert", "--to", "alalc", input="Istoriia Rossii, pp. 5-7\nplain English\n").stdout
    assert out.splitlines() == ["Istorii͡a Rossii, pp. 5-7", "plain English"]
    assert run_cli("key", "Boukharine").stdout == run_cli("key", "Бухарин").stdout
    obj = json.loads(run_cli("convert", "--json", "--to", "iso9", "Khrushchev").stdout)
    assert obj["output"] == "Hruŝev" and obj["spans"][0]["start"] == 0


def test_cli_cluster_csv(run_cli, tmp_path):
    f = tmp_path / "heads.txt"
    f.write_text("Bukharin, N. I.\nБухарин, Николай Иванович\nYezhov\n", encoding="utf-8")
    out = run_cli("cluster", str(f)).stdout.splitlines()
    assert out[0] == "cluster,representative,member,why"
    assert len(out) == 4
    assert out[1].split(",")[0] == out[2].split(",")[0] != out[3].split(",")[0]
