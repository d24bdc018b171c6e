"""STUDIED by marc14 on 2026-12-01 (two labels corrected: g8-rozstriliane-vidrodzhennia 245 $a and 264 $a, Ukrainian ж is z͡h in the LC Ukrainian table and LC ScriptShifter's ukrainian.yml, as in every earlier set; the labels had zh: romanize 22/24 with them as first written, translit unchanged).
HELD OUT: never tune on it. The ``heldout8`` set of ``benchmarks/marc_mixed.py``.

HELD OUT: never tune on it, never write or change a rule by looking at how these records come out.
Measure on it at the end only and report the first run after a change separately from later runs.

Who, when: written by hand by helper "writer21" on 2026-12-01 (12:40-12:50 UTC), as an eighth held-out set
beside ``heldout`` (writer8), ``heldout2`` (writer10), ``heldout3`` (writer11), ``heldout4`` (writer13),
``heldout5`` (writer15), ``heldout6`` (writer17) and ``heldout7`` (writer19), with other titles and names.

What the writer read and did not read: read benchmarks/marc_mixed.py (its docstring, imports, set list and how a
set is measured), the docstring and the first records of benchmarks/data/marc_mixed_heldout7.py (the format: R, F,
mode=, wrong=, charset=, damage=, notes=), the definitions of F and R and build() in tests/data/mixed_marc.py (what
the keyword arguments mean; no test was read), and the project reference (shared/reference/). Did NOT open
translit/ (code or data), and did not run translit on these records before the first run below. The ALA-LC forms
were written by hand from the LC tables (Russian with a pre-1918 imprint, Ukrainian, Bulgarian, Serbian), never
produced by translit. Ties are written as U+0361 between the two letters (the benchmark folds ties).

Labelling choices: as ``heldout7``: capitals of tied pairs are both capital (T͡Serkovno, I͡U. N. Lukashin); no ё;
ASCII quotation marks in a name are kept as they are. English subfields and fields are measured as heldout7
measures them: a field in English as a whole (an English imprint: London : Overseas Publications Interchange,
Ann Arbor : Ardis; 257 Soviet Union.; 650/651 with $x, $z, $v; a 500 about the text) is left as it is by
``romanize`` (when the field is in a Cyrillic-only record) and must get no 880 from ``add-880`` (when the record
is romanized-only); a subfield with no Cyrillic inside a Cyrillic field ($d dates, $e relator terms, $h
[videorecording], an imprint's Latin-script publisher Instytut Literacki) has the same text on both sides.
Ukrainian follows the LC Ukrainian table (г h, и y, і i, ї ï, й ĭ, я i͡a, ю i͡u, є i͡e); Bulgarian the LC
Bulgarian table (ъ ŭ, щ sht, ц t͡s, я i͡a); Serbian the LC Serbian table (= the Serbian Latin alphabet: ђ đ,
ћ ć, љ lj, њ nj, ј j, џ dž). Pre-1918 spelling follows RDA (final ъ kept as ʺ: Sluzhebnikʺ; і ī).

What is in it: 17 records: 11 Russian, 2 Ukrainian, 2 Bulgarian, 2 Serbian. Kinds: a score (Shostakovich), a
physics textbook with a 700 co-author, an Orthodox encyclopaedia with a corporate publisher in quotation marks,
a history of Siberia with an English 651, a Gulag memoir printed in London (English 264), an émigré-era novella
printed by Ardis (English 264 in a Cyrillic-only record), a film (245 $h, 257, 546 and 500 notes, a 700 director),
a sports encyclopaedia with an English 650 $z $v, a service book of 1909 in the old spelling with an English
500, an expedition report of 1927 from Novosibirsk, a chess book with an English 650 $v; a Ukrainian anthology
printed in Paris with a Polish publisher's name, a Ukrainian film-script collection; two Bulgarian books (one coded
``rus``); two Serbian books (one coded ``scc``). Damage: MARC-8, NFD and FE-tie UTF-8 records side by side,
leader/09 wrong either way (says-utf8, says-marc8), lengths counted in characters.
8 planted cataloguer faults (``wrong=``) for ``check``: BGN's ya in an ALA-LC title (Kvantovaya), ISO 9 j for й
(Rossijskoj), BGN's ye (Kolymskiye), ISO 9 ž and c inside an ALA-LC statement of responsibility (režisser,
scenariĭ), German transcription of a name heading (Botwinnik, Michail Moissejewitsch), the Russian form of a
Ukrainian forename (Aleksandr for Oleksandr), the Russian table applied to Serbian (Grobnit͡sa, Davidovicha), and
ž for Bulgarian ж (mladež).

Each tag appears at most once in a record.

FIRST RUN (the first and only run, after the set was committed as 3d4a023; translit as at main 2906399,
unchanged), 2026-12-01 12:35:06-12:35:21 UTC on branch writer21, with the shared interpreter:

    PYTHONPATH=$PWD /work/main/.venv/bin/python benchmarks/marc_mixed.py --set heldout8

    [heldout8] 17 records
      romanize  fields right 22/24 (91.7 %); records in 17, out 17, rejected 0
      add-880   fields right 20/20 (100.0 %); records in 17, out 17, rejected 0
      check     planted faults found 8/8, false alarms 0; records in 17, out 17, rejected 0

(run without --list; which fields failed was not studied. No record was changed after the run.)

No record repeats a record of an earlier set: checked by script (no 245 $a Cyrillic of this set appears in
benchmarks/marc_mixed.py, benchmarks/data/marc_mixed_*.py or tests/data/mixed_marc*.py; one title first chosen,
a film already in heldout5, was replaced before the set was committed), and no record id is used by an earlier set.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "data"))

from mixed_marc import F, R, T  # noqa: E402,F401

HELDOUT8 = [
    # -- Russian: music, science, the Church, Siberia, the Gulag, 1920s literature, cinema, sport ------------------
    R("g8-shostakovich-sedmaia", "ru", "rus", charset="marc8", fields=[  # a score, Cyrillic only
        F("100", "1 ", [("a", "Шостакович, Дмитрий Дмитриевич,", "Shostakovich, Dmitriĭ Dmitrievich,"),
                        ("d", None, "1906-1975.")], mode="cyr"),
        F("245", "10", [("a", "Седьмая симфония :", "Sedʹmai͡a simfonii͡a :"), ("b", "соч. 60 : партитура /", "soch. 60 : partitura /"),
                        ("c", "Д. Шостакович.", "D. Shostakovich.")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Музыка,", "Muzyka,"), ("c", None, "1981.")], mode="cyr"),
    ], notes=[("500", "Score (212 pages) ; 30 cm. Dedicated to the city of Leningrad.")]),
    R("g8-landau-kvantovaia", "ru", "rus", charset="fe", fields=[  # 700 co-author, planted BGN ya
        F("100", "1 ", [("a", "Ландау, Лев Давидович,", "Landau, Lev Davidovich,"), ("d", None, "1908-1968,"),
                        ("e", None, "author.")], mode="rom"),
        F("245", "10", [("a", "Квантовая механика :", "Kvantovai͡a mekhanika :"),
                        ("b", "нерелятивистская теория /", "nereli͡ativistskai͡a teorii͡a /"),
                        ("c", "Л. Д. Ландау, Е. М. Лифшиц.", "L. D. Landau, E. M. Lifshit͡s.")],
          wrong={"a": "Kvantovaya mekhanika :"}),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Наука,", "Nauka,"), ("c", None, "1974.")], mode="rom"),
        F("700", "1 ", [("a", "Лифшиц, Евгений Михайлович,", "Lifshit͡s, Evgeniĭ Mikhaĭlovich,"), ("d", None, "1915-1985,"),
                        ("e", None, "author.")], mode="rom"),
    ], notes=[("500", "Volume 3 of the Course of theoretical physics.")]),
    R("g8-pravoslavnaia-entsiklopediia", "ru", "rus", charset="nfd", damage="length-chars", fields=[
        F("245", "00", [("a", "Православная энциклопедия /", "Pravoslavnai͡a ėnt͡siklopedii͡a /"),
                        ("c", "под редакцией Патриарха Московского и всея Руси Кирилла.",
                         "pod redakt͡sieĭ Patriarkha Moskovskogo i vsei͡a Rusi Kirilla.")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"),
                        ("b", "Церковно-научный центр \"Православная энциклопедия\",",
                         "T͡Serkovno-nauchnyĭ t͡sentr \"Pravoslavnai͡a ėnt͡siklopedii͡a\","),
                        ("c", None, "2000-")], mode="cyr"),
        F("650", " 0", [("a", None, "Orthodox Eastern Church"), ("v", None, "Encyclopedias.")], mode="cyr"),
    ]),
    R("g8-sibir-v-sostave", "ru", "rus", fields=[  # English 651 in a romanized-only record, planted ISO j
        F("245", "00", [("a", "Сибирь в составе Российской империи /", "Sibirʹ v sostave Rossiĭskoĭ imperii /"),
                        ("c", "Л. М. Дамешек [и др.].", "L. M. Dameshek [i dr.].")],
          wrong={"a": "Sibirʹ v sostave Rossijskoj imperii /"}),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Новое литературное обозрение,", "Novoe literaturnoe obozrenie,"),
                        ("c", None, "2007.")], mode="rom"),
        F("651", " 0", [("a", None, "Siberia (Russia)"), ("x", None, "History.")], mode="rom"),
    ], notes=[("520", "Essays on the administration, settlement and exile system of Siberia from the 17th century to 1917.")]),
    R("g8-kolymskie-rasskazy", "ru", "rus", charset="marc8", damage="says-utf8", fields=[  # English imprint
        F("100", "1 ", [("a", "Шаламов, Варлам Тихонович,", "Shalamov, Varlam Tikhonovich,"), ("d", None, "1907-1982.")],
          mode="rom"),
        F("245", "10", [("a", "Колымские рассказы /", "Kolymskie rasskazy /"),
                        ("c", "Варлам Шаламов ; предисловие Михаила Геллера.", "Varlam Shalamov ; predislovie Mikhaila Gellera.")],
          wrong={"a": "Kolymskiye rasskazy /"}),
        F("264", " 1", [("a", None, "London :"), ("b", None, "Overseas Publications Interchange,"), ("c", None, "1978.")],
          mode="rom"),
        F("650", " 0", [("a", None, "Prison camps"), ("z", None, "Russia (Federation)"), ("z", None, "Kolyma River Region"),
                        ("v", None, "Fiction.")], mode="rom"),
    ]),
    R("g8-platonov-kotlovan", "ru", "rus", charset="fe", damage="says-marc8", fields=[  # English 264, Cyrillic only
        F("100", "1 ", [("a", "Платонов, Андрей Платонович,", "Platonov, Andreĭ Platonovich,"), ("d", None, "1899-1951.")],
          mode="cyr"),
        F("245", "10", [("a", "Котлован :", "Kotlovan :"), ("b", "повесть /", "povestʹ /"),
                        ("c", "Андрей Платонов ; предисловие Иосифа Бродского.", "Andreĭ Platonov ; predislovie Iosifa Brodskogo.")],
          mode="cyr"),
        F("264", " 1", [("a", None, "Ann Arbor :"), ("b", None, "Ardis,"), ("c", None, "1973.")], mode="cyr"),
    ]),
    R("g8-idi-i-smotri", "ru", "rus", charset="nfd", fields=[  # a film: 245 $h, 257, 700 director, notes
        F("245", "00", [("a", "Иди и смотри", "Idi i smotri"), ("h", None, "[videorecording] /"),
                        ("c", "Беларусьфильм, Мосфильм ; режиссер Элем Климов ; сценарий Алеся Адамовича, Элема Климова.",
                         "Belarusʹfilʹm, Mosfilʹm ; rezhisser Ėlem Klimov ; st͡senariĭ Alesi͡a Adamovicha, Ėlema Klimova.")],
          wrong={"c": "Belarusʹfilʹm, Mosfilʹm ; režisser Ėlem Klimov ; scenariĭ Alesi͡a Adamovicha, Ėlema Klimova."}),
        F("257", "  ", [("a", None, "Soviet Union.")], mode="rom"),
        F("700", "1 ", [("a", "Климов, Элем,", "Klimov, Ėlem,"), ("d", None, "1933-2003,"), ("e", None, "film director.")],
          mode="rom"),
    ], notes=[("546", "In Russian with optional English subtitles."),
              ("500", "Originally released as a motion picture in 1985.")]),
    R("g8-khokkei-entsiklopediia", "ru", "rus", damage="length-chars", fields=[  # English 650 $z $v, Cyrillic only
        F("245", "00", [("a", "Хоккей :", "Khokkeĭ :"), ("b", "большая энциклопедия /", "bolʹshai͡a ėnt͡siklopedii͡a /"),
                        ("c", "автор-составитель Ю. Н. Лукашин.", "avtor-sostavitelʹ I͡U. N. Lukashin.")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Терра-Спорт,", "Terra-Sport,"), ("c", None, "1999.")], mode="cyr"),
        F("650", " 0", [("a", None, "Hockey"), ("z", None, "Soviet Union"), ("v", None, "Encyclopedias.")], mode="cyr"),
    ]),
    R("g8-sluzhebnik-1909", "ru", "rus", charset="marc8", fields=[  # pre-1918 spelling, English 500
        F("245", "00", [("a", "Служебникъ.", "Sluzhebnikʺ.")], mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Синодальная типографія,", "Sinodalʹnai͡a tipografīi͡a,"),
                        ("c", None, "1909.")], mode="rom"),
        F("500", "  ", [("a", None, "Text in Church Slavic; rubrics printed in red.")], mode="rom"),
    ]),
    R("g8-kulik-tunguska", "ru", "rus", charset="fe", fields=[  # a 1927 expedition report, Cyrillic only
        F("100", "1 ", [("a", "Кулик, Леонид Алексеевич,", "Kulik, Leonid Alekseevich,"), ("d", None, "1883-1942.")],
          mode="cyr"),
        F("245", "10", [("a", "За Тунгусским дивом /", "Za Tungusskim divom /"), ("c", "Л. А. Кулик.", "L. A. Kulik.")],
          mode="cyr"),
        F("264", " 1", [("a", "Новосибирск :", "Novosibirsk :"),
                        ("b", "Западно-Сибирское краевое издательство,", "Zapadno-Sibirskoe kraevoe izdatelʹstvo,"),
                        ("c", None, "1927.")], mode="cyr"),
        F("650", " 0", [("a", None, "Meteorites"), ("z", None, "Russia (Federation)"), ("z", None, "Tunguska River Region.")],
          mode="cyr"),
    ]),
    R("g8-botvinnik-raboty", "ru", "rus", charset="marc8", damage="says-utf8", fields=[  # German name form planted
        F("100", "1 ", [("a", "Ботвинник, Михаил Моисеевич,", "Botvinnik, Mikhail Moiseevich,"), ("d", None, "1911-1995.")],
          wrong={"a": "Botwinnik, Michail Moissejewitsch,"}),
        F("245", "10", [("a", "Аналитические и критические работы, 1923-1941 /",
                         "Analiticheskie i kriticheskie raboty, 1923-1941 /"),
                        ("c", "М. М. Ботвинник.", "M. M. Botvinnik.")], mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Физкультура и спорт,", "Fizkulʹtura i sport,"),
                        ("c", None, "1984.")], mode="rom"),
        F("650", " 0", [("a", None, "Chess"), ("v", None, "Collections of games.")], mode="rom"),
    ]),
    # -- Ukrainian -----------------------------------------------------------------------------------------------
    R("g8-rozstriliane-vidrodzhennia", "uk", "ukr", charset="fe", fields=[  # Paris imprint, Polish publisher
        F("245", "10", [("a", "Розстріляне відродження :", "Rozstrili͡ane vidrodz͡henni͡a :"),
                        ("b", "антологія, 1917-1933 /", "antolohii͡a, 1917-1933 /"),
                        ("c", "упорядкування, передмова й примітки Юрія Лавріненка.",
                         "upori͡adkuvanni͡a, peredmova ĭ prymitky I͡Urii͡a Lavrinenka.")], mode="cyr"),
        F("264", " 1", [("a", "Париж :", "Paryz͡h :"), ("b", None, "Instytut Literacki,"), ("c", None, "1959.")], mode="cyr"),
    ], notes=[("500", "Anthology of Ukrainian writers of the 1920s, most of whom were shot or died in the camps.")]),
    R("g8-dovzhenko-zacharovana", "uk", "ukr", charset="marc8", fields=[  # Russian forename planted
        F("100", "1 ", [("a", "Довженко, Олександр,", "Dovzhenko, Oleksandr,"), ("d", None, "1894-1956.")],
          wrong={"a": "Dovzhenko, Aleksandr,"}),
        F("245", "10", [("a", "Зачарована Десна :", "Zacharovana Desna :"),
                        ("b", "кіноповісті, оповідання /", "kinopovisti, opovidanni͡a /"),
                        ("c", "Олександр Довженко.", "Oleksandr Dovzhenko.")], mode="rom"),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Дніпро,", "Dnipro,"), ("c", None, "1984.")], mode="rom"),
    ]),
    # -- Bulgarian -----------------------------------------------------------------------------------------------
    R("g8-elin-pelin-geratsite", "bg", "bul", charset="nfd", damage="says-marc8", fields=[
        F("245", "10", [("a", "Гераците :", "Gerat͡site :"), ("b", "повест /", "povest /"),
                        ("c", "Елин Пелин ; илюстрации Илия Бешков.", "Elin Pelin ; ili͡ustrat͡sii Ilii͡a Beshkov.")],
          mode="cyr"),
        F("264", " 1", [("a", "София :", "Sofii͡a :"), ("b", "Български писател,", "Bŭlgarski pisatel,"), ("c", None, "1977.")],
          mode="cyr"),
    ], notes=[("520", "A novella of the decline of a wealthy peasant family.")]),
    R("g8-stanev-kradetsat", "bg", "rus", fields=[  # a Bulgarian book coded Russian, planted ž for ж
        F("245", "10", [("a", "Крадецът на праскови /", "Kradet͡sŭt na praskovi /"), ("c", "Емилиян Станев.", "Emilii͡an Stanev.")],
          mode="cyr"),
        F("264", " 1", [("a", "София :", "Sofii͡a :"), ("b", "Народна младеж,", "Narodna mladezh,"), ("c", None, "1969.")],
          wrong={"b": "Narodna mladež,"}),
    ]),
    # -- Serbian -------------------------------------------------------------------------------------------------
    R("g8-nusic-gospodja-ministarka", "sr", "srp", charset="marc8", fields=[
        F("100", "1 ", [("a", "Нушић, Бранислав,", "Nušić, Branislav,"), ("d", None, "1864-1938.")], mode="cyr"),
        F("245", "10", [("a", "Госпођа министарка :", "Gospođa ministarka :"),
                        ("b", "комедија у четири чина /", "komedija u četiri čina /"),
                        ("c", "Бранислав Нушић.", "Branislav Nušić.")], mode="cyr"),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "Српска књижевна задруга,", "Srpska književna zadruga,"),
                        ("c", None, "1966.")], mode="cyr"),
    ]),
    R("g8-kis-grobnica", "sr", "scc", damage="length-chars", fields=[  # Russian table applied to Serbian, planted
        F("100", "1 ", [("a", "Киш, Данило,", "Kiš, Danilo,"), ("d", None, "1935-1989.")], mode="rom"),
        F("245", "10", [("a", "Гробница за Бориса Давидовича :", "Grobnica za Borisa Davidoviča :"),
                        ("b", "седам поглавља једне повести /", "sedam poglavlja jedne povesti /"),
                        ("c", "Данило Киш.", "Danilo Kiš.")],
          wrong={"a": "Grobnit͡sa za Borisa Davidovicha :"}),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "БИГЗ,", "BIGZ,"), ("c", None, "1976.")], mode="rom"),
    ], notes=[("500", "Seven linked stories of victims of the purges.")]),
]
