"""`translit marc` on mixed-language, damaged MARC exports: fields right, records processed.

Three sets, each a binary MARC file built by tests/data/mixed_marc.py's builder (real pymarc
MARC-8 tables, hand-written ALA-LC truth):

* ``dev``: the 25 records of tests/data/mixed_marc.py (the tests' material; the fixes were
  written on it);
* ``fresh``: 13 other records written for this benchmark after those fixes and not used to
  write or tune any rule (other titles and names, the same kinds of damage: wrong language
  codes, leader/09 wrong either way, length miscounts, MARC-8, NFD, 880s for some fields only);
* ``study``: the 30 records of tests/data/mixed_marc2.py (the tests' material for English inside
  fields, quoting notes, codes overruled by romanized marks, pre-1918 spelling, repeated fields;
  the fixes were written on its first 22, STUDY; the last 8, STUDY2, were run once first);
* ``heldout``: 42 records in benchmarks/data/marc_mixed_heldout.py, held out until marc8 studied
  it on 2026-11-30 (its docstring says who wrote it, what they read, the first-run figures and the
  study): ordinary books and serials
  in the six languages, the same kinds of damage in new combinations, English inside fields, planted
  cataloguer faults;
* ``heldout2``: 52 records in benchmarks/data/marc_mixed_heldout2.py, held out until marc9 studied
  it on 2026-12-01 (its docstring says who wrote it, what they read, the first-run figures and the
  study; figures on it are dev figures from now on): scores, sound recordings, maps, serials, theses,
  reprints, translations, conferences, series, subjects, non-Cyrillic records, other planted faults;
* ``fresh2``: 14 records in benchmarks/data/marc_mixed_fresh2.py written by marc9 after the fixes of
  that study, for the same classes on other records (its docstring says how far it is fresh);
* ``heldout3``: 40 records in benchmarks/data/marc_mixed_heldout3.py, held out until marc10 studied it on
  2026-12-01 (its docstring says who wrote it, what they read and the first-run figures; figures on it
  are dev figures from now on): manuscripts and archival collections, photographs,
  posters, ephemera, multi-volume sets with 505, uniform titles, pre-1918 spelling, Rusyn, $6 damage;
* ``heldout4``: 33 records in benchmarks/data/marc_mixed_heldout4.py, held out until marc11 studied it on
  2026-12-01 (its docstring says who wrote it, what they read and the first-run figures; figures on it are
  dev figures from now on): serials (310/321/362), maps (255), sound recordings
  (511/518), theses (502), translations (041/240), conferences (111), series (490/830), uk/be/bg/sr/mk;
* ``heldout5``: 23 records in benchmarks/data/marc_mixed_heldout5.py, held out until cite11 studied it on
  2026-12-01 (its docstring says who wrote it, what they read, the first-run figures and the study; figures on
  it are dev figures from now on): films and video recordings (257/508/511), electronic
  resources (256/516/538), microforms (533), children's books (521/250), dictionaries (546), articles (773);
* ``heldout6``: 14 records in benchmarks/data/marc_mixed_heldout6.py, held out until marc12 studied it on
  2026-12-01 (its docstring says who wrote it, what they read, the first-run figures and two labels
  corrected; figures on it are dev figures from now on): English parallel titles (245 $b/246), law codes with
  English jurisdiction headings (110/240), realia (300, a 500 quoting an inscription), English subjects
  (650/651/655), a Bible's 130, a patent's mixed 110, 020 $q, RDA 336/338, uk/be/bg/sr edition statements;
* ``heldout7``: 14 records in benchmarks/data/marc_mixed_heldout7.py, held out until marc13 studied it on
  2026-12-01 (its docstring says who wrote it, what they read, the first-run figures and one Macedonian label
  corrected; figures on it are dev figures from now on): subject entries with English subdivisions
  (600/610/630), 245 $n $p, a serial's 780, English-form headings (100 of a saint, a Western author), 100 $q,
  letters (600 $v, 700 $e), a programme's 518 and 700 name-title, 830, [B. m.] : [b. i.], a 1918 imprint, mk and uk.
* ``heldout8``: 17 records in benchmarks/data/marc_mixed_heldout8.py, held out until marc14 studied it on
  2026-12-01 (its docstring says who wrote it, what they read, the first-run figures and two Ukrainian labels
  corrected; figures on it are dev figures from now on): a score, a film (245 $h, 257, 546), English imprints
  and English 650/651 in Cyrillic-only and romanized-only records, a 1909 service book in the old spelling,
  uk, bg (one coded rus) and sr (one coded scc), other planted faults.
* ``heldout9``: 22 records in benchmarks/data/marc_mixed_heldout9.py, held out until STUDIED by marc15 on
  2026-12-01 (its docstring says who wrote it, what they read and the first-run figures; figures on it are
  dev figures from now on): economics, science, theatre, Church, émigré and regional
  books, a pre-1918 Synod collection, a serial with 310, English 246/650/651 in Cyrillic-only and romanized-only
  records, uk, be, bg, sr, and English, German and Polish records that must get no 880, other planted faults.
* ``heldout10``: 23 records in benchmarks/data/marc_mixed_heldout10.py, held out until STUDIED by marc16 on
  2026-12-01 (its docstring says who wrote it, what they read and the first-run figures; figures on it are dev
  figures from now on): written by writer26 on 2026-12-01: law (the Zasulich trial,
  the Svod zakonov of 1857 in the old spelling, Pashukanis), exploration and the Arctic, aviation, art and
  architecture, folklore, children's books and cookery (a pre-1918 cookbook), English 600/650/651 and a 505 in
  Cyrillic-only and romanized-only records, the Latin-script publisher Academia inside Cyrillic imprints, uk (one
  coded rus), bg, sr (one coded scc), an English record that must get no 880, other planted faults. First run
  (translit at 593772c): romanize 40/40, add-880 24/24, check 7/7 found with 0 false alarms, 23 in, 23 out, 0 rejected.
* ``heldout11``: 22 records in benchmarks/data/marc_mixed_heldout11.py, held out until STUDIED by marc17 on
  2026-12-02 (its docstring says who wrote it, what they read, the first-run figures and one Ukrainian label
  corrected; figures on it are dev figures from now on): written by writer28 on 2026-12-01 to be harder than heldout9:
  subfields mixing scripts (Generation «П», Астрель : Corpus, English notes quoting Russian in Cyrillic and in
  romanization), 880 pairs with planted faults, names with patronymics, tied initials and 100 $q, uniform titles
  (240 of a translation into Russian and of an English translation), series (490/830), a 110 $b and ЦК КПСС,
  pre-1918 imprints (Kliuchevsky, Chebyshev), ё, uk, bg, sr (one coded scc), an English record that must get no 880.
  First run (translit at f1aa39b): romanize 37/39, add-880 39/40 (1 written wrong), check 4/4 found with 0 false
  alarms, 22 in, 22 out, 0 rejected.
* ``heldout12``: 20 records in benchmarks/data/marc_mixed_heldout12.py, held out at first, studied since by
  marc18 on 2026-12-02 (its docstring says who wrote it, what they read, the first-run figures and the study,
  no label changed; figures on it are dev figures from now on): written by writer30 on 2026-12-02 to be harder than heldout11:
  Latin letters inside Cyrillic titles (IBM PC для пользователя, Язык программирования Си), translations with English
  100/240/700 in Cyrillic-only and romanized-only records, a series 830 with an English qualifier, English notes
  quoting Russian in Cyrillic and in romanization, tied capital initials and 100 $q, two pre-1918 titles (one in an
  880 pair), 8 planted faults in 880 pairs and two right pairs, uk (one coded rus), bg, sr (one coded scc, MARC-8 ћ),
  an English record that must get no 880. First run (translit at 2bfe5ab): romanize 36/36, add-880 34/36 (0 written
  wrong), check 8/8 found with 0 false alarms, 20 in, 20 out, 0 rejected.
* ``heldout13``: 23 records in benchmarks/data/marc_mixed_heldout13.py, held out at first, studied since by
  cite26 on 2026-12-02 (its docstring says who wrote it, what they read, the first-run figures and two Belarusian
  labels brought to the LC table, ц ts; figures on it are dev figures from now on): written by writer32 on 2026-12-02: poetry and the emigration
  (a 1912 title and imprint in the old spelling, Nʹi͡u-Ĭork, Mi͡unkhen : [b. i.], Parizh : YMCA-Press, München : W.
  Fink), ballet, chess, photography (Grantʺ), the Decembrists, Kollontai (Izdanie VT͡SIK), Chernobyl (an English 650
  with Chornobylʹ), Nicholas II's diaries (English 100), 6 planted faults in 880 pairs and right pairs beside them, uk
  (one coded rus), be (NFD ў), bg, sr (coded scc, MARC-8), mk, an English and a German record that must get no 880.
  First run (translit at 8877fb6): romanize 33/35, add-880 39/39 (0 written wrong), check 6/6 found with 0 false
  alarms, 23 in, 23 out, 0 rejected.
* ``heldout14``: 25 records in benchmarks/data/marc_mixed_heldout14.py, held out at first, studied since by
  cite28 on 2026-12-02 (its docstring says who wrote it, what they read, the first-run figures and one Belarusian
  label brought to the LC table, ц ts; figures on it are dev figures from now on): written by writer34 on 2026-12-02: the eighteenth century
  (Lomonosov, Novikov, Radishchev, Karamzin's Istorīi͡a of 1818 in the old spelling), Muscovy and its historians
  (Skrynnikov, Zimin, an English book with an ALA-LC 600 and a German translation, both to get no 880), the populists
  (Gert͡sen, Figner, a documents collection with a 710 $b), 1905 and the Whites (Vitte, Mili͡ukov with an English 700,
  Denikin with a Latin publisher in a Cyrillic imprint), satire (Averchenko, Zoshchenko), the Thaw (Tvardovskiĭ,
  Solzhenit͡syn), Moscow building (the Metro, Melʹnikov), 8 planted faults in 880 pairs and right pairs beside them,
  uk (one coded rus), be (NFD), bg, sr (coded scc, MARC-8).
* ``heldout15``: 26 records in benchmarks/data/marc_mixed_heldout15.py, HELD OUT (written by writer36 on 2026-12-02,
  never tuned on; its docstring says what the writer read and the first-run figures): the siege of Leningrad
  (Berggolʹt͡s, Adamovich and Granin), the camps (Ginzburg with a Milano imprint, Shalamov with a London one, the
  Solovki magazine), music (Boris Godunov, Rimskīĭ-Korsakovʺ's Li͡etopisʹ of 1909 in the old spelling), icons (Lazarev's
  Rublev with an English date in a 600, Danilova's Ferapontovo), cookery (Molokhovet͡sʺ in the old spelling, the 1939
  Kniga o vkusnoĭ i zdorovoĭ pishche with a 710), Landau and Lifshit͡s, Grossman (Lausanne imprint), Chukovskai͡a,
  Ogonëk, Gili͡arovskiĭ with broken $6 links, 7 planted faults in 880 pairs and right pairs beside them, uk (one coded
  rus), be (NFD ў), bg, sr (MARC-8 ћ), mk (romanized only), two English, a Polish and a Czech record that must get no 880.

For each set and command:

* romanize: the fields that are Cyrillic only, romanized right (every converted subfield equal
  to the hand-written ALA-LC after NFC and tie folding, case included), of all such fields;
* add-880: the romanized-only fields of Cyrillic-language records given an 880 equal to the
  hand-written Cyrillic (NFC, case folded), of all such fields; a field in English (a
  translator's name) is right when it gets no 880; beside it, how many of the fields not right
  were given a wrong 880 (an English field given one, or one that differs from the Cyrillic), the
  harm a cataloguer does not see, apart from fields left for review with no 880 (added by marc15);
* check: the cataloguers' faulty subfields reported, of those planted, and reports on subfields
  that are right (false alarms);
* records in, out, rejected (in must equal out + rejected).

    .venv/bin/python benchmarks/marc_mixed.py [--set dev|fresh|study|heldout|heldout2|fresh2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|all] [--code DIR] [--list]

``--code DIR`` runs another checkout's translit (e.g. a worktree of the main branch, for the
"before" figures). ``--list`` prints each field that comes out wrong, with what was wanted and
what came out (for studied sets only: listing a held-out set's failures spends it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests" / "data"))
sys.path.insert(0, str(HERE / "data"))

import mixed_marc as mm  # noqa: E402
from marc_mixed_heldout import HELDOUT  # noqa: E402
from marc_mixed_heldout2 import HELDOUT2  # noqa: E402
from marc_mixed_heldout3 import HELDOUT3  # noqa: E402
from marc_mixed_heldout4 import HELDOUT4  # noqa: E402
from marc_mixed_heldout5 import HELDOUT5  # noqa: E402
from marc_mixed_heldout6 import HELDOUT6  # noqa: E402
from marc_mixed_heldout7 import HELDOUT7  # noqa: E402
from marc_mixed_heldout8 import HELDOUT8  # noqa: E402
from marc_mixed_heldout9 import HELDOUT9  # noqa: E402
from marc_mixed_heldout10 import HELDOUT10  # noqa: E402
from marc_mixed_heldout11 import HELDOUT11  # noqa: E402
from marc_mixed_heldout12 import HELDOUT12  # noqa: E402
from marc_mixed_heldout13 import HELDOUT13  # noqa: E402
from marc_mixed_heldout14 import HELDOUT14  # noqa: E402
from marc_mixed_heldout15 import HELDOUT15  # noqa: E402
from marc_mixed_fresh2 import FRESH2  # noqa: E402
from mixed_marc import F, R, T  # noqa: E402
from mixed_marc2 import STUDY, STUDY2  # noqa: E402

FRESH = [
    R("f-bulgakov", "ru", "rus", charset="marc8", fields=[
        F("245", "10", [("a", "Мастер и Маргарита :", "Master i Margarita :"), ("b", "роман /", "roman /"),
                        ("c", "Михаил Булгаков.", "Mikhail Bulgakov.")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Художественная литература,",
                                                          f"Khudozhestvennai{T}a literatura,"), ("c", None, "1990.")],
          mode="cyr")]),
    R("f-kotsiubynsky", "uk", "rus", fields=[
        F("245", "10", [("a", "Тіні забутих предків /", "Tini zabutykh predkiv /"),
                        ("c", "Михайло Коцюбинський.", f"Mykhaĭlo Kot{T}si{T}ubynsʹkyĭ.")], mode="cyr"),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Молодь,", "Molodʹ,"), ("c", None, "1968.")], mode="cyr")]),
    R("f-shevchenko", "uk", "ukr", charset="nfd", fields=[
        F("245", "10", [("a", "Кобзар /", "Kobzar /"), ("c", "Тарас Шевченко.", "Taras Shevchenko.")]),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Дніпро,", "Dnipro,"), ("c", None, "1985.")])]),
    R("f-kupala", "be", "bel", fields=[
        F("245", "10", [("a", "Курган /", "Kurhan /"), ("c", "Янка Купала.", f"I{T}Anka Kupala.")], mode="cyr"),
        F("264", " 1", [("a", "Мінск :", "Minsk :"), ("b", "Юнацтва,", f"I{T}Unatstva,"), ("c", None, "1982.")],
          mode="cyr")]),
    R("f-melezh", "be", "rus", damage="says-marc8", fields=[
        F("245", "10", [("a", "Людзі на балоце /", f"Li{T}udzi na balotse /"), ("c", "Іван Мележ.", f"Ivan Melez{T}h.")],
          mode="cyr"),
        F("264", " 1", [("a", "Мінск :", "Minsk :"), ("b", "Мастацкая літаратура,", f"Mastatskai{T}a litaratura,"),
                        ("c", None, "1977.")], mode="cyr")]),
    R("f-dimov", "bg", "bul", fields=[
        F("245", "10", [("a", "Тютюн /", f"Ti{T}uti{T}un /"), ("c", "Димитър Димов.", "Dimitŭr Dimov.")], mode="cyr"),
        F("264", " 1", [("a", "София :", f"Sofii{T}a :"), ("b", "Народна култура,", "Narodna kultura,"),
                        ("c", None, "1951.")], mode="cyr")]),
    R("f-talev", "bg", "rus", fields=[  # a Bulgarian book coded Russian, with no letter Russian lacks
        F("245", "10", [("a", "Железният светилник /", f"Zheleznii{T}at svetilnik /"),
                        ("c", "Димитър Талев.", "Dimitŭr Talev.")], mode="cyr")]),
    R("f-andric", "sr", "srp", damage="length-chars", fields=[
        F("245", "10", [("a", "Проклета авлија /", "Prokleta avlija /"), ("c", "Иво Андрић.", "Ivo Andrić.")],
          mode="cyr"),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "Просвета,", "Prosveta,"), ("c", None, "1964.")],
          mode="cyr")]),
    R("f-selimovic", "sr", "scc", damage="says-marc8", fields=[
        F("245", "10", [("a", "Дервиш и смрт /", "Derviš i smrt /"), ("c", "Меша Селимовић.", "Meša Selimović.")],
          mode="cyr"),
        F("264", " 1", [("a", "Сарајево :", "Sarajevo :"), ("b", "Свјетлост,", "Svjetlost,"), ("c", None, "1966.")],
          mode="cyr")]),
    R("f-racin", "mk", "mac", charset="marc8", damage="says-utf8", fields=[
        F("245", "10", [("a", "Бели мугри /", "Beli mugri /"), ("c", "Кочо Рацин.", "Kočo Racin.")]),
        F("264", " 1", [("a", "Скопје :", "Skopje :"), ("b", "Детска радост,", "Detska radost,"), ("c", None, "1989.")])]),
    R("f-janevski", "mk", "srp", fields=[
        F("245", "10", [("a", "Куќата на Ѓорѓи /", "Kuḱata na Ǵorǵi /"), ("c", "Славко Јаневски.", "Slavko Janevski.")],
          mode="cyr"),
        F("264", " 1", [("a", "Скопје :", "Skopje :"), ("b", "Мисла,", "Misla,"), ("c", None, "1979.")], mode="cyr")]),
    R("f-pasternak", "ru", "rus", fields=[
        F("100", "1 ", [("a", "Пастернак, Борис Леонидович,", "Pasternak, Boris Leonidovich,"), ("d", None, "1890-1960,"),
                        ("e", None, "author.")], mode="rom"),
        F("245", "10", [("a", "Доктор Живаго :", "Doktor Zhivago :"), ("b", "роман /", "roman /")],
          wrong={"a": "Doktor Živago :"}),
        F("700", "1 ", [("a", "Ивинская, Ольга,", f"Ivinskai{T}a, Olʹga,"), ("d", None, "1912-1995,"),
                        ("e", None, "editor.")], mode="rom"),
    ], notes=[("520", "The novel of a physician and poet through the revolution and the civil war.")]),
    R("f-franko", "uk", "ukr", fields=[
        F("245", "10", [("a", "Захар Беркут /", "Zakhar Berkut /"), ("c", "Іван Франко.", "Ivan Franko.")], mode="rom"),
        F("264", " 1", [("a", "Львів :", "Lʹviv :"), ("b", "Каменяр,", f"Kameni{T}ar,"), ("c", None, "1977.")],
          mode="rom")]),
]


def norm(s: str, fold_case: bool = False) -> str:
    from translit.normalize import fold_ties

    s = unicodedata.normalize("NFC", fold_ties(unicodedata.normalize("NFC", s))).strip()
    return s.casefold() if fold_case else s


def read(path: Path) -> dict:
    from translit.marc import iter_raw, parse

    out = {}
    for _, raw in iter_raw(str(path)):
        try:
            rec = parse(raw)
        except Exception:
            continue
        out[rec["001"].value()] = rec
    return out


def subs(f) -> list[tuple[str, str]]:
    return [(s.code, s.value) for s in f.subfields if s.code != "6"]


def measure(records: list[R], tmp: Path, misses: list[str] | None = None) -> dict[str, tuple]:
    import contextlib
    import io

    from translit.marc import run

    src = tmp / "in.mrc"
    src.write_bytes(mm.file_bytes(records))
    figures = {}
    with contextlib.redirect_stderr(io.StringIO()):  # pymarc's MARC-8 warnings
        for command in ("romanize", "add-880", "check"):
            out = tmp / f"{command}.mrc"
            rep = run(command, str(src), str(out) if command != "check" else None, progress=False)
            counts = (rep.records_in, rep.records_out, len(rep.rejected))
            if command == "check":
                planted = {(r.id, f"{f.tag} ${c}") for r in records for f in r.fields for c in f.wrong}
                found = {(d.record, d.field) for d in rep.differences if not d.kind.startswith("link")}
                figures[command] = (len(planted & found), len(planted), len(found - planted), counts)
                if misses is not None:
                    for d in rep.differences:
                        if (d.record, d.field) not in planted and not d.kind.startswith("link"):
                            misses.append(f"check {d.record} {d.field}: false alarm ({d.kind}) "
                                          f"found {d.found!r}, expected {d.expected!r}")
                    misses.extend(f"check {rid} {fld}: planted fault not found"
                                  for rid, fld in sorted(planted - found))
                continue
            got = read(out)
            right = total = wrong = 0  # wrong: an 880 written that is not the Cyrillic (add-880)
            for r in records:
                for f in r.fields:
                    if command == "romanize" and f.mode != "cyr":
                        continue
                    if command == "add-880" and f.mode != "rom":
                        continue
                    total += 1
                    rec = got.get(r.id)
                    # a repeated tag (three 700s): the n-th field of the tag stands for the n-th
                    n = [g for g in r.fields if g.tag == f.tag].index(f)
                    if rec is None or len(rec.get_fields(f.tag)) <= n:
                        if misses is not None:
                            misses.append(f"{command} {r.id} {f.tag}: record or field missing in the output")
                        continue
                    out = rec.get_fields(f.tag)[n]
                    if command == "romanize":
                        ok = [(c, norm(v)) for c, v in subs(out)] == [(c, norm(rv)) for c, _, rv in f.subs]
                    else:
                        link = out.get("6") or ""
                        vern = [v for v in rec.get_fields("880") if link[4:6] and
                                (v.get("6") or "").startswith(f"{f.tag}-{link[4:6]}")]
                        if all(cv is None for _, cv, _ in f.subs):  # English (a translator's name): no 880
                            right += not vern
                            wrong += bool(vern)
                            if vern and misses is not None:
                                misses.append(f"{command} {r.id} {f.tag}: English field given an 880 "
                                              f"{subs(vern[0])}")
                            continue
                        ok = bool(vern) and [(c, norm(v, True)) for c, v in subs(vern[0])] == \
                            [(c, norm(cv if cv is not None else rv, True)) for c, cv, rv in f.subs]
                        wrong += bool(vern) and not ok
                    right += ok
                    if not ok and misses is not None:
                        want = [(c, rv) for c, _, rv in f.subs] if command == "romanize" else \
                            [(c, cv if cv is not None else rv) for c, cv, rv in f.subs]
                        have = subs(out) if command == "romanize" else (subs(vern[0]) if vern else "no 880")
                        misses.append(f"{command} {r.id} ({r.lang}, coded {r.c008}) {f.tag}:\n"
                                      f"      want {want}\n      got  {have}")
            figures[command] = (right, total, counts, wrong)
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=["dev", "fresh", "study", "heldout", "heldout2", "fresh2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "all"],
                    default="all")
    ap.add_argument("--code", help="another checkout whose translit is measured")
    ap.add_argument("--list", action="store_true", help="list the fields that come out wrong (not for held-out sets)")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.code).resolve()) if args.code else str(ROOT))
    import translit

    print(f"translit from {Path(translit.__file__).parent}")
    sets = {"dev": mm.RECORDS, "fresh": FRESH, "study": STUDY + STUDY2, "heldout": HELDOUT, "heldout2": HELDOUT2,
            "fresh2": FRESH2, "heldout3": HELDOUT3, "heldout4": HELDOUT4, "heldout5": HELDOUT5,
            "heldout6": HELDOUT6, "heldout7": HELDOUT7, "heldout8": HELDOUT8,
            "heldout9": HELDOUT9, "heldout10": HELDOUT10, "heldout11": HELDOUT11,
            "heldout12": HELDOUT12, "heldout13": HELDOUT13, "heldout14": HELDOUT14, "heldout15": HELDOUT15}
    for name in (list(sets) if args.set == "all" else [args.set]):
        with tempfile.TemporaryDirectory(prefix="marc-mixed-") as d:
            misses: list[str] = []
            fig = measure(sets[name], Path(d), misses if args.list else None)
        print(f"\n[{name}] {len(sets[name])} records")
        for command in ("romanize", "add-880"):
            right, total, (i, o, rej), wrong = fig[command]
            written = f", {wrong} written wrong" if command == "add-880" else ""
            print(f"  {command:9s} fields right {right}/{total} ({100 * right / max(total, 1):.1f} %){written}; "
                  f"records in {i}, out {o}, rejected {rej}")
        hit, planted, false, (i, o, rej) = fig["check"]
        print(f"  check     planted faults found {hit}/{planted}, false alarms {false}; "
              f"records in {i}, out {o}, rejected {rej}")
        for line in misses:
            print("   ", line)


if __name__ == "__main__":
    main()
