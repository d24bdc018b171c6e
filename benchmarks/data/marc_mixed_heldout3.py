"""STUDIED by marc10 on 2026-12-01: no longer held out; figures on it are dev figures from now on.

HELD OUT: never tune on it, never write or change a rule by looking at how these records come out.
Measure on it at the end only and report the first run after a change separately from later runs.

Who, when: written by hand by helper "writer11" on 2026-12-01 (00:15-00:30 UTC), as a third held-out set
beside ``heldout`` (writer8) and ``heldout2`` (writer10), with kinds of items and damage those sets have little of.

What the writer read and did not read: read benchmarks/marc_mixed.py (the benchmark), tests/data/mixed_marc.py
(the builder: R, F, T, charsets, damage kinds, the $6 damage of ``links="broken"``), the docstring and some
records of benchmarks/data/marc_mixed_heldout2.py (format and conventions), the README's notes on languages
(that ``rue`` is a code translit knows) and the project reference (shared/reference/schemes-and-archives.md);
pymarc's MARC-8 tables were queried only to learn which letters MARC-8 can carry (no guillemets). Did NOT open
translit/ (code or data) or any other test, and did not run translit on these records before the first run
below. The ALA-LC forms were written by hand from the LC tables as the reference and the earlier truth give
them, never produced by translit.

Labelling choices: as ``heldout2``: Ukrainian and Rusyn ж is z͡h and ц t͡s; Belarusian ж is z͡h, ц is ts (no
tie), ў is ŭ; capitals of tied pairs are both capital (I͡A, I͡U, I͡E, T͡S); no ё, no Ukrainian/Belarusian
apostrophe, no Bulgarian ь or ц, no Macedonian ѕ; pre-1918 Russian only in words with no final ъ (і ī, ѣ i͡e,
ѳ ḟ, ѵ ẏ). Rusyn is written with the letters it shares with Ukrainian only (no ы, ô, ӱ), romanized by the
Ukrainian letters (README: "the Ukrainian letters with ы = ŷ, ё = i͡o"); one Rusyn record is coded ``rue``, the
other ``sla`` (the MARC code catalogues use for Rusyn). English text inside a Cyrillic-only field (a parallel
English title in 245 $b) is kept as it is; English notes and headings (300, 351, 545, 555, 130/240 uniform
titles in English) are measured fields: romanize must leave them, add-880 must give them no 880.

What is in it: 40 records: 26 Russian, 5 Ukrainian, 3 Belarusian, 2 Bulgarian, 1 Serbian, 1 Macedonian,
2 Rusyn. Kinds of item the earlier sets have little of: manuscripts and archival collections (245 $f dates,
351 arrangement, 545 biographical/historical note and 555 finding-aid note, in Russian in a Cyrillic-only
export and in English in romanized records; a corporate 110 $b), photographs and photograph albums ($h
[graphic], 300 in English), posters (Soviet slogans with ! and ?), ephemera (an invitation card, a restaurant
menu, a ball invitation), multi-volume sets with 505 contents notes (Cyrillic-only, paired, romanized-only:
volume and book numbering Т./Кн.), uniform titles (130 Cyrillic paired, 130 and 240 in English), pre-1918
spelling with ѳ and ѵ besides і and ѣ (one pre-1918 romanized-only record whose 880 must restore them), an
English parallel title inside a Cyrillic subfield, Rusyn. Damage: three records with ``links="broken"`` ($6
numbers that disagree on 245, the 260's 880 missing, an orphan 880 for a 650 the record lacks), MARC-8,
NFD and FE-tie UTF-8 records side by side in one file, leader/09 wrong either way, lengths counted in
characters, wrong and unusual language codes (a Ukrainian book coded ``rus``, Rusyn coded ``sla``, a record
with a blank code and an 041). 25 planted cataloguer faults (``wrong=``) for ``check``, of kinds the earlier
sets have little of: popular Fyodor-style forms in a heading (Prokudin-Gorsky, Sergey Mikhaylovich), German
(Puschkin, Schukowskogo), German/Czech j with the soft sign dropped (Gorkij), French (Tchekhov,
Pavlovitch), ISO 9/Czech (Evtušenko, Evgenij), scholarly x for
х (Xarms), scholarly j (zapisalsja, dobrovol'cem), Czech/German ju (Menju), German ch for х (ljudjach), a
heading's English form instead of the romanization (Rubinstein, Nikolai Grigorievich; Charles Dickens in a
245 $c; Moscow in 264 $a), a Cyrillic а inside a romanized word (Nаuka), a subfield left in Cyrillic
(Прогресс), ѳ as plain F in pre-1918 text, Ukrainian и read as Russian i, Ukrainian read by the Russian table
with ISO letters (Grigorij Savič), the Ukrainian national system (Ukrayinka, Lesya), Belarusian Łacinka
(Bahdanowicz), Bulgarian ъ as u and я as ya (Putyat kum), Serbian lj as ly, Macedonian j as y (Skopye), a
Slovak ť for Rusyn ть (Karpaťska), a popular heading with straight apostrophes for the soft
sign (Lyubov' Vasil'evna).

Each tag appears at most once in a record.

FIRST RUN (the first and only run, after the set was committed as c69f196; translit as at main eef6569,
unchanged), 2026-12-01 00:16:50 UTC on branch writer11:

    make .venv/.installed
    .venv/bin/python benchmarks/marc_mixed.py --set heldout3

    [heldout3] 40 records
      romanize  fields right 36/43 (83.7 %); records in 40, out 40, rejected 0
      add-880   fields right 22/22 (100.0 %); records in 40, out 40, rejected 0
      check     planted faults found 25/25, false alarms 0; records in 40, out 40, rejected 0

(run without --list; which fields failed was not studied.)

No record repeats a record of an earlier set: checked by script (no 245 $a Cyrillic of this set equals a 245
$a Cyrillic of tests/data/mixed_marc.py, tests/data/mixed_marc2.py, FRESH in benchmarks/marc_mixed.py,
heldout or heldout2, and no record id is used twice).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "data"))

from mixed_marc import F, R, T  # noqa: E402

HELDOUT3 = [
    # -- Russian: manuscripts and archival collections --------------------------------------------------
    R("h-benua-letters", "ru", "rus", charset="nfd", fields=[  # a Cyrillic-only export from an archive
        F("100", "1 ", [("a", "Бенуа, Александр Николаевич,", "Benua, Aleksandr Nikolaevich,"),
                        ("d", None, "1870-1960.")], mode="cyr"),
        F("245", "10", [("a", "Письма к К. А. Сомову,", "Pisʹma k K. A. Somovu,"), ("f", None, "1890-1939.")],
          mode="cyr"),
        F("351", "  ", [("a", "Письма расположены в хронологическом порядке.",
                         f"Pisʹma raspolozheny v khronologicheskom pori{T}adke.")], mode="cyr"),
        F("545", "0 ", [("a", "Русский художник и историк искусства.",
                         "Russkiĭ khudozhnik i istorik iskusstva.")], mode="cyr"),
        F("555", "  ", [("a", None, "Inventory in Russian available in the repository.")], mode="cyr"),
    ]),
    R("h-rmo-papers", "ru", "rus", fields=[  # a romanized archival collection, English notes
        F("110", "2 ", [("a", "Русское музыкальное общество.", "Russkoe muzykalʹnoe obshchestvo."),
                        ("b", "Московское отделение.", "Moskovskoe otdelenie.")], mode="rom"),
        F("245", "10", [("a", "Бумаги,", "Bumagi,"), ("f", None, "1860-1917.")], mode="rom"),
        F("351", "  ", [("a", None, "Arranged in four series: I. Minutes. II. Correspondence. III. Concert "
                                    "programmes. IV. Accounts.")], mode="rom"),
        F("545", "2 ", [("a", None, "The Moscow branch of the Society was founded in 1860 and ran the Moscow "
                                    "Conservatory until 1917.")], mode="rom"),
        F("555", "0 ", [("a", None, "Inventory available in the reading room; card index of correspondents.")],
          mode="rom"),
        F("700", "1 ", [("a", "Рубинштейн, Николай Григорьевич,", "Rubinshteĭn, Nikolaĭ Grigorʹevich,"),
                        ("d", None, "1835-1881.")], wrong={"a": "Rubinstein, Nikolai Grigorievich,"}),
    ]),
    R("h-shaporina-diary", "ru", "rus", charset="fe", fields=[
        F("100", "1 ", [("a", "Шапорина, Любовь Васильевна,", f"Shaporina, Li{T}ubovʹ Vasilʹevna,"),
                        ("d", None, "1879-1967.")], wrong={"a": "Shaporina, Lyubov' Vasil'evna,"}),
        F("245", "10", [("a", "Дневник,", "Dnevnik,"), ("f", None, "1898-1967.")]),
        F("545", "0 ", [("a", None, "Founder of the first Soviet puppet theatre; translator; lived in Leningrad.")],
          mode="rom"),
    ]),
    # -- Russian: photographs -----------------------------------------------------------------------------
    R("h-prokudin-tobolsk", "ru", "rus", fields=[
        F("100", "1 ", [("a", "Прокудин-Горский, Сергей Михайлович,", "Prokudin-Gorskiĭ, Sergeĭ Mikhaĭlovich,"),
                        ("d", None, "1863-1944,"), ("e", None, "photographer.")],
          wrong={"a": "Prokudin-Gorsky, Sergey Mikhaylovich,"}),
        F("245", "10", [("a", "Вид на Тобольск с Паниного бугра", "Vid na Tobolʹsk s Paninogo bugra"),
                        ("h", None, "[graphic].")]),
        F("300", "  ", [("a", None, "1 negative (3 frames) : glass, black-and-white.")], mode="rom"),
    ]),
    R("h-album-nizhnii", "ru", "rus", charset="marc8", fields=[  # Cyrillic-only photograph album
        F("245", "00", [("a", "Альбом видов Нижнего Новгорода", "Alʹbom vidov Nizhnego Novgoroda"),
                        ("h", None, "[graphic].")], mode="cyr"),
        F("260", "  ", [("a", "Нижний Новгород :", "Nizhniĭ Novgorod :"),
                        ("b", "Фотография М. П. Дмитриева,", f"Fotografii{T}a M. P. Dmitrieva,"),
                        ("c", None, "[1896]")], mode="cyr"),
        F("300", "  ", [("a", None, "1 album (48 photographic prints) : albumen.")], mode="cyr"),
    ]),
    # -- Russian: posters -----------------------------------------------------------------------------------
    R("h-moor-poster", "ru", "rus", charset="marc8", fields=[
        F("100", "1 ", [("a", "Моор, Д.", "Moor, D."), ("d", None, "1883-1946,"), ("e", None, "artist.")]),
        F("245", "10", [("a", "Ты записался добровольцем? /", f"Ty zapisalsi{T}a dobrovolʹt{T}sem? /"),
                        ("c", "Д. Моор.", "D. Moor.")], wrong={"a": "Ty zapisalsja dobrovol'cem? /"}),
        F("264", " 1", [("a", "Москва :", "Moskva :"),
                        ("b", "Литиздат Политуправления Реввоенсовета Республики,",
                         f"Litizdat Politupravlenii{T}a Revvoensoveta Respubliki,"), ("c", None, "1920.")]),
    ]),
    R("h-ne-boltai", "ru", "rus", charset="marc8", damage="says-utf8", fields=[  # Cyrillic-only poster
        F("245", "10", [("a", "Не болтай! /", "Ne boltaĭ! /"), ("c", "Н. Ватолина, Н. Денисов.",
                                                              "N. Vatolina, N. Denisov.")], mode="cyr"),
        F("260", "  ", [("a", "Москва ; Ленинград :", "Moskva ; Leningrad :"), ("b", "Искусство,", "Iskusstvo,"),
                        ("c", None, "1941.")], mode="cyr"),
        F("500", "  ", [("a", None, "Poster; colour lithograph.")], mode="cyr"),
    ]),
    R("h-kosmonavtam", "ru", "rus", damage="length-chars", fields=[  # romanized only
        F("245", "10", [("a", "Слава советским космонавтам!", "Slava sovetskim kosmonavtam!")], mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Плакат,", "Plakat,"), ("c", None, "1961.")],
          mode="rom"),
    ]),
    # -- Russian: ephemera -------------------------------------------------------------------------------
    R("h-invitation-1967", "ru", "rus", charset="fe", fields=[
        F("245", "00", [("a", "Пригласительный билет на торжественное заседание, посвященное 50-летию "
                              "Великой Октябрьской социалистической революции.",
                         f"Priglasitelʹnyĭ bilet na torzhestvennoe zasedanie, posvi{T}ashchennoe 50-letii{T}u "
                         f"Velikoĭ Okti{T}abrʹskoĭ sot{T}sialisticheskoĭ revoli{T}ut{T}sii.")], mode="cyr"),
        F("260", "  ", [("a", "Москва,", "Moskva,"), ("c", None, "1967.")], mode="cyr"),
        F("500", "  ", [("a", None, "Printed card, folded; issued to delegates.")], mode="cyr"),
    ]),
    R("h-metropol-menu", "ru", "rus", fields=[
        F("245", "00", [("a", "Меню торжественного обеда /", f"Meni{T}u torzhestvennogo obeda /"),
                        ("c", "Ресторан «Метрополь».", "Restoran «Metropolʹ».")],
          wrong={"a": "Menju torzhestvennogo obeda /"}),
        F("300", "  ", [("a", None, "1 sheet ; 21 cm.")], mode="rom"),
    ]),
    # -- Russian: multi-volume sets and contents notes ----------------------------------------------------
    R("h-pushkin-pss", "ru", "rus", fields=[
        F("100", "1 ", [("a", "Пушкин, Александр Сергеевич,", "Pushkin, Aleksandr Sergeevich,"),
                        ("d", None, "1799-1837.")], wrong={"a": "Puschkin, Alexander Sergejewitsch,"}),
        F("245", "10", [("a", "Полное собрание сочинений :", "Polnoe sobranie sochineniĭ :"),
                        ("b", "в 10 томах /", "v 10 tomakh /")], mode="cyr"),
        F("264", " 1", [("a", "Ленинград :", "Leningrad :"), ("b", "Наука,", "Nauka,"), ("c", None, "1977-1979.")],
          mode="cyr"),
        F("505", "0 ", [("a", "Т. 1. Стихотворения 1813-1820 -- Т. 2. Стихотворения 1820-1826 -- "
                              "Т. 3. Стихотворения 1827-1836.",
                         f"T. 1. Stikhotvorenii{T}a 1813-1820 -- T. 2. Stikhotvorenii{T}a 1820-1826 -- "
                         f"T. 3. Stikhotvorenii{T}a 1827-1836.")], mode="cyr"),
    ]),
    R("h-gorkii-trilogy", "ru", "rus", charset="nfd", fields=[
        F("100", "1 ", [("a", "Горький, Максим,", "Gorʹkiĭ, Maksim,"), ("d", None, "1868-1936.")],
          wrong={"a": "Gorkij, Maksim,"}),
        F("245", "10", [("a", "Автобиографическая трилогия /", f"Avtobiograficheskai{T}a trilogii{T}a /")]),
        F("505", "0 ", [("a", "Кн. 1. Детство -- Кн. 2. В людях -- Кн. 3. Мои университеты.",
                         f"Kn. 1. Detstvo -- Kn. 2. V li{T}udi{T}akh -- Kn. 3. Moi universitety.")],
          wrong={"a": "Kn. 1. Detstvo -- Kn. 2. V ljudjach -- Kn. 3. Moi universitety."}),
    ]),
    R("h-solovev-istoriia", "ru", "rus", c041=["rus"], fields=[  # romanized only, 505 too
        F("100", "1 ", [("a", "Соловьев, Сергей Михайлович,", "Solovʹev, Sergeĭ Mikhaĭlovich,"),
                        ("d", None, "1820-1879.")], mode="rom"),
        F("245", "10", [("a", "История России с древнейших времен /", f"Istorii{T}a Rossii s drevneĭshikh vremen /")],
          mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Мысль,", "Myslʹ,"), ("c", None, "1988-1993.")],
          mode="rom"),
        F("505", "0 ", [("a", "Кн. 1. Т. 1-2 -- Кн. 2. Т. 3-4 -- Кн. 3. Т. 5-6.",
                         "Kn. 1. T. 1-2 -- Kn. 2. T. 3-4 -- Kn. 3. T. 5-6.")], mode="rom"),
    ]),
    # -- Russian: 880 linkage damage ---------------------------------------------------------------------
    R("h-evtushenko-ges", "ru", "rus", links="broken", fields=[
        F("100", "1 ", [("a", "Евтушенко, Евгений Александрович,", "Evtushenko, Evgeniĭ Aleksandrovich,"),
                        ("d", None, "1932-2017.")], wrong={"a": "Evtušenko, Evgenij Aleksandrovič,"}),
        F("245", "10", [("a", "Братская ГЭС :", f"Bratskai{T}a GĖS :"), ("b", "поэма /", "poėma /")]),
        F("260", "  ", [("a", "Москва :", "Moskva :"), ("b", "Советский писатель,", "Sovetskiĭ pisatelʹ,"),
                        ("c", None, "1967.")]),
    ]),
    R("h-chekhov-dama", "ru", "rus", charset="marc8", links="broken", fields=[
        F("100", "1 ", [("a", "Чехов, Антон Павлович,", "Chekhov, Anton Pavlovich,"), ("d", None, "1860-1904.")],
          wrong={"a": "Tchekhov, Anton Pavlovitch,"}),
        F("245", "10", [("a", "Дама с собачкой /", "Dama s sobachkoĭ /")]),
        F("260", "  ", [("a", "Москва :", "Moskva :"), ("b", "Детская литература,", f"Detskai{T}a literatura,"),
                        ("c", None, "1985.")]),
    ]),
    R("h-kharms-sluchai", "ru", "rus", charset="nfd", links="broken", fields=[
        F("100", "1 ", [("a", "Хармс, Даниил,", "Kharms, Daniil,"), ("d", None, "1905-1942.")],
          wrong={"a": "Xarms, Daniil,"}),
        F("245", "10", [("a", "Случаи /", "Sluchai /")]),
        F("260", "  ", [("a", "Москва :", "Moskva :"), ("b", "Русслит,", "Russlit,"), ("c", None, "1991.")]),
    ]),
    # -- Russian: uniform titles ----------------------------------------------------------------------------
    R("h-slovo-zhukovskii", "ru", "rus", charset="fe", fields=[
        F("130", "0 ", [("a", "Слово о полку Игореве.", "Slovo o polku Igoreve.")]),
        F("245", "10", [("a", "Слово о полку Игореве /", "Slovo o polku Igoreve /"),
                        ("c", "перевод В. А. Жуковского.", "perevod V. A. Zhukovskogo.")],
          wrong={"c": "perevod V. A. Schukowskogo."}),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Художественная литература,",
                                                          f"Khudozhestvennai{T}a literatura,"), ("c", None, "1982.")],
          mode="rom"),
    ]),
    R("h-dickens-twist", "ru", "rus", c041=["rus"], fields=[
        F("100", "1 ", [("a", None, "Dickens, Charles,"), ("d", None, "1812-1870.")], mode="rom"),
        F("240", "10", [("a", None, "Oliver Twist."), ("l", None, "Russian")], mode="rom"),
        F("245", "10", [("a", "Приключения Оливера Твиста /", f"Prikli{T}uchenii{T}a Olivera Tvista /"),
                        ("c", "Чарльз Диккенс ; перевод с английского А. Кривцовой.",
                         f"Charlʹz Dikkens ; perevod s angliĭskogo A. Krivt{T}sovoĭ.")],
          wrong={"c": f"Charles Dickens ; perevod s angliĭskogo A. Krivt{T}sovoĭ."}),
    ]),
    # -- Russian: pre-1918 spelling ----------------------------------------------------------------------
    R("h-evangelie-1912", "ru", "rus", fields=[  # Cyrillic-only, English uniform title
        F("130", "0 ", [("a", None, "Bible."), ("p", None, "Gospels."), ("l", None, "Russian.")], mode="cyr"),
        F("245", "10", [("a", "Святое Евангеліе Господа нашего Іисуса Христа.",
                         f"Svi{T}atoe Evangelīe Gospoda nashego Īisusa Khrista.")], mode="cyr"),
        F("260", "  ", [("a", "Москва :", "Moskva :"), ("b", "Синодальная типографія,",
                                                          f"Sinodalʹnai{T}a tipografīi{T}a,"), ("c", None, "1912.")],
          mode="cyr"),
    ]),
    R("h-zhitie-feodosiia", "ru", "rus", charset="nfd", fields=[
        F("245", "10", [("a", "Житіе преподобнаго Ѳеодосія Печерскаго /",
                         f"Zhitīe prepodobnago Ḟeodosīi{T}a Pecherskago /")],
          wrong={"a": f"Zhitīe prepodobnago Feodosīi{T}a Pecherskago /"}),
        F("500", "  ", [("a", None, "Text in Russian, pre-1918 orthography.")], mode="rom"),
    ]),
    R("h-russkaia-mysl", "ru", "rus", damage="says-marc8", fields=[  # Cyrillic-only pre-1918 serial
        F("245", "00", [("a", "Русская мысль :", f"Russkai{T}a myslʹ :"),
                        ("b", "ежемѣсячное литературно-политическое изданіе.",
                         f"ezhemi{T}esi{T}achnoe literaturno-politicheskoe izdanīe.")],
          mode="cyr"),
        F("260", "  ", [("a", "Москва :", "Moskva :"), ("b", "Типографія А. А. Левенсона,",
                                                      f"Tipografīi{T}a A. A. Levensona,"), ("c", None, "1880-1918.")],
          mode="cyr"),
        F("310", "  ", [("a", None, "Monthly")], mode="cyr"),
    ]),
    R("h-miropomazanie", "ru", "rus", charset="fe", fields=[  # romanized only: the 880 must restore ѵ and і
        F("245", "10", [("a", "О мѵропомазаніи :", "O mẏropomazanīi :"), ("b", "поученіе /", "pouchenīe /")],
          mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("c", None, "1895.")], mode="rom"),
    ]),
    # -- Russian: English inside fields, cataloguer faults ----------------------------------------------
    R("h-bitlz-sssr", "ru", "   ", c041=["rus", "eng"], fields=[
        F("245", "10", [("a", "Битлз в СССР :", "Bitlz v SSSR :"),
                        ("b", "The Beatles in the USSR : сборник статей /",
                         "The Beatles in the USSR : sbornik stateĭ /")],
          mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Радуга,", "Raduga,"), ("c", None, "1990.")],
          mode="cyr"),
    ]),
    R("h-fizika-tverdogo", "ru", "rus", fields=[
        F("245", "10", [("a", "Физика твердого тела /", "Fizika tverdogo tela /")]),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Наука,", "Nauka,"), ("c", None, "1976.")],
          wrong={"b": "Nаuka,"}),
    ]),
    R("h-zapiski-perevodchika", "ru", "rus", charset="marc8", fields=[
        F("245", "10", [("a", "Записки переводчика /", "Zapiski perevodchika /")]),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Прогресс,", "Progress,"), ("c", None, "1983.")],
          wrong={"b": "Прогресс,"}),
    ]),
    R("h-giliarovskii", "ru", "rus", damage="length-chars", fields=[
        F("245", "10", [("a", "Москва и москвичи /", "Moskva i moskvichi /"),
                        ("c", "В. А. Гиляровский.", f"V. A. Gili{T}arovskiĭ.")]),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Московский рабочий,", "Moskovskiĭ rabochiĭ,"),
                        ("c", None, "1979.")], wrong={"a": "Moscow :"}),
    ]),
    # -- Ukrainian -----------------------------------------------------------------------------------------
    R("h-uk-franko-lysty", "uk", "ukr", charset="fe", fields=[  # Cyrillic-only manuscript letters
        F("100", "1 ", [("a", "Франко, Іван,", "Franko, Ivan,"), ("d", None, "1856-1916.")], mode="cyr"),
        F("245", "10", [("a", "Листи до Михайла Драгоманова,", "Lysty do Mykhaĭla Drahomanova,"),
                        ("f", None, "1876-1895.")], mode="cyr"),
        F("351", "  ", [("a", None, "Letters in chronological order; envelopes kept.")], mode="cyr"),
    ]),
    R("h-uk-vybory-poster", "uk", "ukr", charset="marc8", fields=[
        F("245", "10", [("a", "Всі на вибори до Рад! /", "Vsi na vybory do Rad! /")],
          wrong={"a": "Vsi na vibori do Rad! /"}),
        F("264", " 1", [("a", "Харків :", "Kharkiv :"), ("b", "Укрдержвидав,", f"Ukrderz{T}hvydav,"),
                        ("c", None, "1930.")]),
    ]),
    R("h-uk-lesia-tvory", "uk", "ukr", damage="says-marc8", fields=[
        F("100", "1 ", [("a", "Українка, Леся,", f"Ukraïnka, Lesi{T}a,"), ("d", None, "1871-1913.")],
          wrong={"a": "Ukrayinka, Lesya,"}),
        F("245", "10", [("a", "Твори :", "Tvory :"), ("b", "у трьох томах /", "u trʹokh tomakh /")], mode="cyr"),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Дніпро,", "Dnipro,"), ("c", None, "1971.")], mode="cyr"),
        F("505", "0 ", [("a", "Т. 1. Поезії -- Т. 2. Драматичні твори -- Т. 3. Проза.",
                         "T. 1. Poeziï -- T. 2. Dramatychni tvory -- T. 3. Proza.")], mode="cyr"),
    ]),
    R("h-uk-coded-rus", "uk", "rus", fields=[
        F("245", "10", [("a", "Європейська інтеграція України /", f"I{T}Evropeĭsʹka intehrat{T}sii{T}a Ukraïny /"),
                        ("c", "за редакцією О. Сушка.", f"za redakt{T}sii{T}ei{T}u O. Sushka.")], mode="cyr"),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Смолоскип,", "Smoloskyp,"), ("c", None, "2005.")],
          mode="cyr"),
    ]),
    R("h-uk-skovoroda", "uk", "ukr", charset="nfd", fields=[
        F("100", "1 ", [("a", "Сковорода, Григорій Савич,", "Skovoroda, Hryhoriĭ Savych,"), ("d", None, "1722-1794.")],
          wrong={"a": "Skovoroda, Grigorij Savič,"}),
        F("245", "10", [("a", "Сад божественних пісень /", f"Sad boz{T}hestvennykh pisenʹ /")]),
    ]),
    # -- Belarusian ----------------------------------------------------------------------------------------
    R("h-be-minsk-photo", "be", "bel", charset="marc8", fields=[  # Cyrillic-only photograph
        F("245", "10", [("a", "Мінск. Саборная плошча", f"Minsk. Sabornai{T}a ploshcha"), ("h", None, "[graphic].")],
          mode="cyr"),
        F("260", "  ", [("c", None, "[1910?]")], mode="cyr"),
        F("300", "  ", [("a", None, "1 photographic print : albumen ; 14 x 20 cm.")], mode="cyr"),
    ]),
    R("h-be-vianok", "be", "bel", charset="fe", fields=[
        F("100", "1 ", [("a", "Багдановіч, Максім,", "Bahdanovich, Maksim,"), ("d", None, "1891-1917.")],
          wrong={"a": "Bahdanowicz, Maksim,"}),
        F("245", "10", [("a", "Вянок :", f"Vi{T}anok :"), ("b", "кніжка выбраных вершаў /",
                                                         f"kniz{T}hka vybranykh vershaŭ /")]),
        F("264", " 1", [("a", "Вільня :", f"Vilʹni{T}a :"), ("b", "Друкарня Марціна Кухты,",
                                                             f"Drukarni{T}a Martsina Kukhty,"), ("c", None, "1913.")]),
    ]),
    R("h-be-symon", "be", "bel", fields=[  # romanized only
        F("245", "10", [("a", "Сымон-музыка /", "Symon-muzyka /"), ("c", "Якуб Колас.", f"I{T}Akub Kolas.")],
          mode="rom"),
        F("264", " 1", [("a", "Мінск :", "Minsk :"), ("b", "Юнацтва,", f"I{T}Unatstva,"), ("c", None, "1986.")],
          mode="rom"),
    ]),
    # -- Bulgarian -------------------------------------------------------------------------------------------
    R("h-bg-pokana", "bg", "bul", charset="nfd", fields=[  # Cyrillic-only ephemera
        F("245", "10", [("a", "Покана за бал на Славянското дружество /",
                         f"Pokana za bal na Slavi{T}anskoto druzhestvo /")], mode="cyr"),
        F("260", "  ", [("a", "София,", f"Sofii{T}a,"), ("c", None, "1936.")], mode="cyr"),
        F("500", "  ", [("a", None, "Printed invitation card.")], mode="cyr"),
    ]),
    R("h-bg-patiat", "bg", "bul", fields=[
        F("245", "10", [("a", "Пътят към звездите /", f"Pŭti{T}at kŭm zvezdite /")],
          wrong={"a": "Putyat kum zvezdite /"}),
        F("264", " 1", [("a", "София :", f"Sofii{T}a :"), ("b", "Народна младеж,", "Narodna mladezh,"),
                        ("c", None, "1962.")]),
    ]),
    # -- Serbian, Macedonian ------------------------------------------------------------------------------
    R("h-sr-crnjanski", "sr", "srp", charset="marc8", fields=[
        F("245", "10", [("a", "Људи говоре /", "Ljudi govore /"), ("c", "Милош Црњански.", "Miloš Crnjanski.")],
          wrong={"a": "Lyudi govore /"}),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "Нолит,", "Nolit,"), ("c", None, "1956.")]),
    ]),
    R("h-mk-pirej", "mk", "mac", fields=[
        F("245", "10", [("a", "Пиреј /", "Pirej /"), ("c", "Петре М. Андреевски.", "Petre M. Andreevski.")],
          mode="cyr"),
        F("264", " 1", [("a", "Скопје :", "Skopje :"), ("b", "Мисла,", "Misla,"), ("c", None, "1980.")],
          wrong={"a": "Skopye :"}),
    ]),
    # -- Rusyn ------------------------------------------------------------------------------------------------
    R("h-rue-dukhnovych", "rue", "rue", fields=[  # Cyrillic-only
        F("100", "1 ", [("a", "Духнович, Александер,", "Dukhnovych, Aleksander,"), ("d", None, "1803-1865.")],
          mode="cyr"),
        F("245", "10", [("a", "Поезії і проза /", "Poeziï i proza /"), ("c", "Александер Духнович.",
                                                                       "Aleksander Dukhnovych.")], mode="cyr"),
        F("264", " 1", [("a", "Пряшів :", f"Pri{T}ashiv :"), ("b", "Русин,", "Rusyn,"), ("c", None, "2003.")],
          mode="cyr"),
    ]),
    R("h-rue-karpatska", "rue", "sla", charset="fe", fields=[
        F("245", "10", [("a", "Карпатьска Русь /", "Karpatʹska Rusʹ /"), ("c", "Павел Роберт Магочій.",
                                                                          "Pavel Robert Mahochiĭ.")],
          wrong={"a": "Karpaťska Rusʹ /"}),
        F("264", " 1", [("a", "Ужгород :", f"Uz{T}hhorod :"), ("b", "Ліра,", "Lira,"), ("c", None, "2009.")]),
    ]),
]
