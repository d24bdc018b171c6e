"""STUDIED (no longer held out): the ``heldout`` set of ``benchmarks/marc_mixed.py``.

Studied by helper "marc8" on 2026-11-30 (from 21:15 UTC, issues 12 and 15): its failing fields were
listed (``--list``), grouped into classes and the classes fixed, each rule tested on records of
marc8's own building (tests/test_marc_mixed3.py), not on copies of these. It was held out until then;
its first-run figures below stay as they were measured. Figures on it from now on are study figures,
not held-out ones. At the start of the study (main 12f30bd) it gave romanize 45/51, add-880 38/45,
check 15/15 with 0 false alarms.

Who, when: written by hand by helper "writer8" on 2026-11-30 (18:05-18:12 UTC), for issues 12 and 15,
after the fixes measured by the ``dev`` and ``fresh`` sets.

What the writer read and did not read: read benchmarks/marc_mixed.py and tests/data/mixed_marc.py (the
builder: R, F, T, charsets, damage kinds), the project reference (shared/reference/schemes-and-archives.md)
and the LC ScriptShifter tables for Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian and
generic Cyrillic (lcnetdev/scriptshifter). Did NOT open translit/ (code or data) or any other test, and
did not run translit on these records before the first run below. The ALA-LC forms were written by hand
from the LC tables, never produced by translit; before the commit they were compared with a private
letter map built from the same tables (not translit), which caught one slip (Сценарии). Where sources
disagree the set avoids the case: no Ukrainian/Belarusian apostrophe (ʺ or ' ?), no word-final ъ in the
pre-1918 record (dropped under AACR2, kept under RDA), no Bulgarian ь. Ukrainian and Belarusian ж are
z͡h and Belarusian ц is ts, as in the LC tables and the ``dev``/``fresh`` truth; capitals of tied pairs
are both capital (T͡S, I͡A, Z͡H, D͡Z).

What is in it: 42 records, 23 Russian (one in pre-1918 spelling), 6 Ukrainian, 3 Belarusian,
3 Bulgarian, 4 Serbian (Cyrillic, and Latin-script text), 3 Macedonian; ordinary monographs, textbooks,
collected works, an avtoreferat, conference volumes, statistical yearbooks and serials (no title of
the ``dev`` or ``fresh`` sets). Fields 100/110/245/246/250/260/264/490/500/505/700/710/830, with $n/$p,
$q, $d, $e, $i, $v. Damage, in combinations the other sets do not have: wrong language codes (Russian
coded ukr and bel, Ukrainian romanized-only coded rus, Belarusian coded ukr, Bulgarian coded mac),
the obsolete ``scc`` on a MARC-8 record, blank 008/35-37 with and without 041, leader/09 wrong either
way (UTF-8 NFD and FE-tie records saying MARC-8, a MARC-8 record saying UTF-8), lengths counted in
characters, a bad directory in a MARC-8 record, broken $6 links on a MARC-8 Ukrainian record, a record
cut off at the end of the file, 880s for some fields only, English inside Cyrillic fields (a parallel
title, a Latin publisher name, "At head of title:" notes with romanized or Cyrillic text), English
names with no 880, and 15 planted cataloguer faults (``wrong=``) for ``check``: missing ties, e for ė,
apostrophes for ʹ, scholarly č/ž/j, Streamlined Bulgarian a for ъ, national-system Ukrainian, missing
Serbian diacritics, BGN-style Macedonian gj.

Each tag appears at most once in a record (the benchmark compares the first field of a tag).

FIRST RUN (the first and only run, after the set was committed; translit as at main 02add88):

    .venv/bin/python benchmarks/marc_mixed.py --set heldout

    [heldout] 42 records
      romanize  fields right 45/51 (88.2 %); records in 42, out 40, rejected 2
      add-880   fields right 33/45 (73.3 %); records in 42, out 40, rejected 2
      check     planted faults found 15/15, false alarms 0; records in 42, out 40, rejected 2

(run at 18:13 UTC on 2026-11-30, commit bee806a on branch writer8; which fields failed was not studied.)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "data"))

from mixed_marc import F, R, T  # noqa: E402

HELDOUT = [
    # -- Russian ------------------------------------------------------------------------------------
    R("h-zaionchkovsky", "ru", "rus", charset="fe", fields=[
        F("100", "1 ", [("a", "Зайончковский, П. А.", "Zaĭonchkovskiĭ, P. A."),
                        ("q", "(Петр Андреевич),", "(Petr Andreevich),"), ("d", None, "1904-1983,"),
                        ("e", None, "author.")]),
        F("245", "10", [("a", "Самодержавие и русская армия на рубеже XIX-XX столетий, 1881-1903 /",
                         f"Samoderzhavie i russkai{T}a armii{T}a na rubezhe XIX-XX stoletiĭ, 1881-1903 /"),
                        ("c", "П.А. Зайончковский.", "P.A. Zaĭonchkovskiĭ.")]),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Мысль,", "Myslʹ,"), ("c", None, "1973.")]),
    ], notes=[("500", "Includes bibliographical references and index.")]),
    R("h-vestnik-mgu", "ru", "rus", charset="nfd", damage="says-marc8", fields=[
        F("245", "00", [("a", "Вестник Московского университета.", "Vestnik Moskovskogo universiteta."),
                        ("n", "Серия 8,", f"Serii{T}a 8,"), ("p", "История.", f"Istorii{T}a.")], mode="cyr"),
        F("246", "1 ", [("i", None, "Title on cover:"), ("a", "Вестник МГУ", "Vestnik MGU")], mode="cyr"),
        F("264", " 1", [("a", "Москва :", "Moskva :"),
                        ("b", "Издательство Московского университета,", "Izdatelʹstvo Moskovskogo universiteta,"),
                        ("c", None, "1977-")], mode="cyr"),
        F("710", "2 ", [("a", "Московский государственный университет имени М.В. Ломоносова.",
                         "Moskovskiĭ gosudarstvennyĭ universitet imeni M.V. Lomonosova.")], mode="cyr"),
    ], notes=[("500", "Description based on: 1978, no. 1.")]),
    R("h-kovalchenko", "ru", "rus", charset="marc8", fields=[
        F("100", "1 ", [("a", "Ковальченко, И. Д.", "Kovalʹchenko, I. D."),
                        ("q", "(Иван Дмитриевич),", "(Ivan Dmitrievich),"), ("d", None, "1923-1995,"),
                        ("e", None, "author.")], mode="rom"),
        F("245", "10", [("a", "Методы исторического исследования /", f"Metody istoricheskogo issledovanii{T}a /"),
                        ("c", "И.Д. Ковальченко ; [ответственный редактор Ю.А. Поляков].",
                         f"I.D. Kovalʹchenko ; [otvetstvennyĭ redaktor I{T}U.A. Poli{T}akov].")], mode="rom"),
        F("250", "  ", [("a", "Изд. 2-е, доп.", "Izd. 2-e, dop.")], mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Наука,", "Nauka,"), ("c", None, "2003.")], mode="rom"),
        F("500", "  ", [("a", "At head of title: Российская академия наук. Институт российской истории.",
                         "At head of title: Rossiĭskai͡a akademii͡a nauk. Institut rossiĭskoĭ istorii.")], mode="rom"),
        F("700", "1 ", [("a", "Поляков, Ю. А.", f"Poli{T}akov, I{T}U. A."),
                        ("q", "(Юрий Александрович),", f"(I{T}Uriĭ Aleksandrovich),"), ("d", None, "1921-2012,"),
                        ("e", None, "editor.")], mode="rom"),
    ]),
    R("h-smolensk-coded-ukr", "ru", "ukr", fields=[  # a Russian book coded Ukrainian, no ы э ъ ё in it
        F("245", "10", [("a", "Крестьянское хозяйство Смоленской губернии в конце XIX века /",
                         f"Krestʹi{T}anskoe khozi{T}aĭstvo Smolenskoĭ gubernii v kont{T}se XIX veka /"),
                        ("c", "В.Н. Аксенов.", "V.N. Aksenov.")], mode="cyr"),
        F("264", " 1", [("a", "Смоленск :", "Smolensk :"), ("b", "Русич,", "Rusich,"), ("c", None, "2001.")],
          mode="cyr"),
    ]),
    R("h-beloozero-1874", "ru", "rus", damage="length-chars", fields=[  # pre-1918 spelling, no final ъ
        F("245", "10", [("a", "Историческое описаніе Бѣлозерскаго уѣзда /",
                         f"Istoricheskoe opisanīe Bi{T}elozerskago ui{T}ezda /"),
                        ("c", "сочиненіе Н. Суворова.", "sochinenīe N. Suvorova.")], mode="cyr"),
        F("260", "  ", [("a", "Вологда :", "Vologda :"),
                        ("b", "Типографія Губернскаго Правленія,", f"Tipografīi{T}a Gubernskago Pravlenīi{T}a,"),
                        ("c", None, "1874.")], mode="cyr"),
    ]),
    R("h-skatov-sbornik", "ru", "rus", c041=["rus"], fields=[
        F("245", "10", [("a", "Русская литература и журналистика XIX века :",
                         f"Russkai{T}a literatura i zhurnalistika XIX veka :"),
                        ("b", "сборник научных трудов /", "sbornik nauchnykh trudov /"),
                        ("c", "[ответственный редактор Н.Н. Скатов].", "[otvetstvennyĭ redaktor N.N. Skatov].")]),
        F("264", " 1", [("a", "Ленинград :", "Leningrad :"),
                        ("b", "Наука, Ленинградское отделение,", "Nauka, Leningradskoe otdelenie,"),
                        ("c", None, "1983.")]),
        F("700", "1 ", [("a", "Скатов, Н. Н.", "Skatov, N. N."), ("q", "(Николай Николаевич),", "(Nikolaĭ Nikolaevich),"),
                        ("d", None, "1931-2021,"), ("e", None, "editor.")],
          wrong={"q": "(Nikolaj Nikolaevič),"}),
        F("710", "2 ", [("a", "Академия наук СССР.", f"Akademii{T}a nauk SSSR."),
                        ("b", "Институт русской литературы (Пушкинский дом)",
                         "Institut russkoĭ literatury (Pushkinskiĭ dom)")], mode="rom"),
    ], notes=[("500", "Includes bibliographical references.")]),
    R("h-tatar-stat", "ru", "rus", charset="marc8", damage="directory", fields=[
        F("245", "10", [("a", "Народное хозяйство Татарской АССР в 1985 году :",
                         f"Narodnoe khozi{T}aĭstvo Tatarskoĭ ASSR v 1985 godu :"),
                        ("b", "статистический ежегодник /", "statisticheskiĭ ezhegodnik /"),
                        ("c", "Центральное статистическое управление Татарской АССР.",
                         f"T{T}Sentralʹnoe statisticheskoe upravlenie Tatarskoĭ ASSR.")], mode="cyr"),
        F("260", "  ", [("a", "Казань :", "Kazanʹ :"),
                        ("b", "Татарское книжное издательство,", "Tatarskoe knizhnoe izdatelʹstvo,"),
                        ("c", None, "1986.")], mode="cyr"),
        F("710", "1 ", [("a", "Татарская АССР.", f"Tatarskai{T}a ASSR."),
                        ("b", "Центральное статистическое управление.", f"T{T}Sentralʹnoe statisticheskoe upravlenie.")],
          mode="cyr"),
    ]),
    R("h-wortman", "ru", "rus", fields=[  # a translation into Russian: the author's heading is English
        F("100", "1 ", [("a", None, "Wortman, Richard,"), ("d", None, "1938-"), ("e", None, "author.")], mode="rom"),
        F("245", "10", [("a", "Сценарии власти :", f"St{T}senarii vlasti :"),
                        ("b", "мифы и церемонии русской монархии /", f"mify i t{T}seremonii russkoĭ monarkhii /"),
                        ("c", "Ричард С. Уортман ; [перевод с английского С.В. Житомирской].",
                         "Richard S. Uortman ; [perevod s angliĭskogo S.V. Zhitomirskoĭ].")], mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "ОГИ,", "OGI,"), ("c", None, "2002.")], mode="rom"),
        F("700", "1 ", [("a", "Житомирская, С. В.,", f"Zhitomirskai{T}a, S. V.,"), ("e", None, "translator.")],
          mode="rom"),
    ], notes=[("500", "Translation of: Scenarios of power.")]),
    R("h-tambov-docs", "ru", "   ", c041=["rus"], damage="says-marc8", fields=[
        F("245", "10", [("a", "Тамбовский край в годы Великой Отечественной войны :",
                         "Tambovskiĭ kraĭ v gody Velikoĭ Otechestvennoĭ voĭny :"),
                        ("b", "сборник документов и материалов /", "sbornik dokumentov i materialov /"),
                        ("c", "[составители: Л.Г. Протасов, В.В. Канищев].",
                         "[sostaviteli: L.G. Protasov, V.V. Kanishchev].")], mode="cyr"),
        F("264", " 1", [("a", "Тамбов :", "Tambov :"), ("b", "Издательство ТГУ,", "Izdatelʹstvo TGU,"),
                        ("c", None, "2005.")], mode="cyr"),
        F("505", "0 ", [("a", "Ч. 1. 1941-1942 -- Ч. 2. 1943-1945.", "Ch. 1. 1941-1942 -- Ch. 2. 1943-1945.")],
          mode="cyr"),
    ], notes=[("500", "Includes index of names.")]),
    R("h-nechkina", "ru", "rus", fields=[
        F("100", "1 ", [("a", "Нечкина, М. В.", "Nechkina, M. V."),
                        ("q", "(Милица Васильевна),", f"(Milit{T}sa Vasilʹevna),"), ("d", None, "1901-1985,"),
                        ("e", None, "author.")], wrong={"q": "(Militsa Vasil'evna),"}),
        F("245", "10", [("a", "Движение декабристов /", "Dvizhenie dekabristov /"), ("c", "М.В. Нечкина.", "M.V. Nechkina.")],
          wrong={"a": "Dviženie dekabristov /"}),
        F("264", " 1", [("a", "Москва :", "Moskva :"),
                        ("b", "Издательство Академии наук СССР,", "Izdatelʹstvo Akademii nauk SSSR,"),
                        ("c", None, "1955.")], wrong={"b": "Izdatel'stvo Akademii nauk SSSR,"}),
        F("490", "1 ", [("a", "Труды Института истории ;", "Trudy Instituta istorii ;"), ("v", "т. 2", "t. 2")]),
    ], notes=[("500", "In two volumes.")]),
    R("h-rozental", "ru", "rus", charset="marc8", fields=[
        F("100", "1 ", [("a", "Розенталь, Д. Э.", "Rozentalʹ, D. Ė."),
                        ("q", "(Дитмар Эльяшевич),", f"(Ditmar Ėlʹi{T}ashevich),"), ("d", None, "1900-1994,"),
                        ("e", None, "author.")], wrong={"q": "(Ditmar El'iashevich),"}),
        F("245", "10", [("a", "Справочник по правописанию и стилистике /", f"Spravochnik po pravopisanii{T}u i stilistike /"),
                        ("c", "Д.Э. Розенталь.", "D.Ė. Rozentalʹ.")], wrong={"c": "D.E. Rozentalʹ."}),
        F("250", "  ", [("a", "Изд. 5-е, испр.", "Izd. 5-e, ispr.")]),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Книга,", "Kniga,"), ("c", None, "1989.")]),
    ]),
    R("h-viet", "ru", "rus", charset="fe", fields=[  # a serial, romanized only, ties as U+FE20/FE21
        F("245", "00", [("a", "Вопросы истории естествознания и техники.",
                         f"Voprosy istorii estestvoznanii{T}a i tekhniki.")], mode="rom"),
        F("246", "13", [("a", "ВИЕТ", "VIET")], mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Наука,", "Nauka,"), ("c", None, "1980-")], mode="rom"),
        F("710", "2 ", [("a", "Институт истории естествознания и техники (Академия наук СССР)",
                         f"Institut istorii estestvoznanii{T}a i tekhniki (Akademii{T}a nauk SSSR)")], mode="rom"),
    ], notes=[("500", "Quarterly."), ("500", "Description based on: 1980, no. 1.")]),
    R("h-yaroslavl-avtoreferat", "ru", "   ", fields=[  # no language code anywhere
        F("100", "1 ", [("a", "Смирнова, Ирина Владимировна.", "Smirnova, Irina Vladimirovna.")], mode="cyr"),
        F("245", "10", [("a", "Городское самоуправление Ярославля во второй половине XIX века :",
                         f"Gorodskoe samoupravlenie I{T}Aroslavli{T}a vo vtoroĭ polovine XIX veka :"),
                        ("b", "автореферат диссертации на соискание ученой степени кандидата исторических наук : "
                              "07.00.02 /",
                         f"avtoreferat dissertat{T}sii na soiskanie uchenoĭ stepeni kandidata istoricheskikh nauk : "
                         "07.00.02 /"),
                        ("c", "Смирнова Ирина Владимировна.", "Smirnova Irina Vladimirovna.")], mode="cyr"),
        F("264", " 1", [("a", "Ярославль,", f"I{T}Aroslavlʹ,"), ("c", None, "2007.")], mode="cyr"),
    ]),
    R("h-zagorulko", "ru", "rus", charset="marc8", fields=[  # an English parallel title inside Cyrillic
        F("245", "10", [("a", "Экономическая история России :", f"Ėkonomicheskai{T}a istorii{T}a Rossii :"),
                        ("b", "= Economic history of Russia : учебное пособие /",
                         "= Economic history of Russia : uchebnoe posobie /"),
                        ("c", "М.М. Загорулько.", "M.M. Zagorulʹko.")], mode="cyr"),
        F("246", "31", [("a", None, "Economic history of Russia")], mode="cyr"),
        F("264", " 1", [("a", "Волгоград :", "Volgograd :"), ("b", "Издательство ВолГУ,", "Izdatelʹstvo VolGU,"),
                        ("c", None, "2010.")], mode="cyr"),
    ]),
    R("h-kushner", "ru", "rus", charset="nfd", fields=[
        F("100", "1 ", [("a", "Кушнер, Александр,", "Kushner, Aleksandr,"), ("d", None, "1936-"),
                        ("e", None, "author.")]),
        F("245", "10", [("a", "Таврический сад :", "Tavricheskiĭ sad :"), ("b", "книга стихов /", "kniga stikhov /"),
                        ("c", "Александр Кушнер.", "Aleksandr Kushner.")]),
        F("264", " 1", [("a", "Ленинград :", "Leningrad :"),
                        ("b", "Советский писатель, Ленинградское отделение,",
                         "Sovetskiĭ pisatelʹ, Leningradskoe otdelenie,"), ("c", None, "1984.")],
          wrong={"b": "Sovetskii pisatel', Leningradskoe otdelenie,"}),
    ]),
    R("h-pushkin-poets", "ru", "rus", links="broken", fields=[  # 880s for two fields, links broken
        F("245", "10", [("a", "Поэты пушкинской поры /", "Poėty pushkinskoĭ pory /"),
                        ("c", "[составление, вступительная статья и примечания В.И. Коровина].",
                         f"[sostavlenie, vstupitelʹnai{T}a statʹi{T}a i primechanii{T}a V.I. Korovina].")]),
        F("260", "  ", [("a", "Москва :", "Moskva :"), ("b", "Детская литература,", f"Detskai{T}a literatura,"),
                        ("c", None, "1972.")]),
        F("490", "1 ", [("a", "Школьная библиотека", f"Shkolʹnai{T}a biblioteka")], mode="rom"),
        F("700", "1 ", [("a", "Коровин, В. И.", "Korovin, V. I."), ("q", "(Валентин Иванович),", "(Valentin Ivanovich),"),
                        ("d", None, "1930-")], mode="cyr"),
        F("830", " 0", [("a", "Школьная библиотека (Детская литература)",
                         f"Shkolʹnai{T}a biblioteka (Detskai{T}a literatura)")], mode="rom"),
    ]),
    R("h-ural-unions", "ru", "rus", charset="marc8", damage="says-utf8", fields=[  # ё ъ э
        F("245", "10", [("a", "Объединённые профсоюзы и рабочее движение на Урале в 1905-1907 гг. /",
                         f"Obʺedinënnye profsoi{T}uzy i rabochee dvizhenie na Urale v 1905-1907 gg. /"),
                        ("c", "Е.Э. Объедков.", "E.Ė. Obʺedkov.")], mode="cyr"),
        F("264", " 1", [("a", "Свердловск :", "Sverdlovsk :"),
                        ("b", "Средне-Уральское книжное издательство,", "Sredne-Uralʹskoe knizhnoe izdatelʹstvo,"),
                        ("c", None, "1978.")], mode="cyr"),
    ]),
    R("h-avanesov-coded-bel", "ru", "bel", fields=[  # Russian, romanized only, coded Belarusian
        F("100", "1 ", [("a", "Аванесов, Р. И.", "Avanesov, R. I."), ("q", "(Рубен Иванович),", "(Ruben Ivanovich),"),
                        ("d", None, "1902-1982,"), ("e", None, "author.")], mode="rom"),
        F("245", "10", [("a", "Очерки русской диалектологии /", "Ocherki russkoĭ dialektologii /"),
                        ("c", "Р.И. Аванесов.", "R.I. Avanesov.")], mode="rom"),
        F("264", " 1", [("a", "Москва :", "Moskva :"), ("b", "Учпедгиз,", "Uchpedgiz,"), ("c", None, "1949.")],
          mode="rom"),
    ]),
    R("h-garshin", "ru", "rus", charset="nfd", fields=[  # a publisher named in Latin inside a Cyrillic field
        F("100", "1 ", [("a", "Гаршин, В. М.", "Garshin, V. M."), ("q", "(Всеволод Михайлович),", "(Vsevolod Mikhaĭlovich),"),
                        ("d", None, "1855-1888.")], mode="cyr"),
        F("245", "10", [("a", "Полное собрание сочинений в трех томах /", "Polnoe sobranie sochineniĭ v trekh tomakh /"),
                        ("c", "В.М. Гаршин ; под редакцией Ю.Г. Оксмана.",
                         f"V.M. Garshin ; pod redakt{T}sieĭ I{T}U.G. Oksmana.")], mode="cyr"),
        F("260", "  ", [("a", "Москва ;", "Moskva ;"), ("a", "Ленинград :", "Leningrad :"), ("b", None, "Academia,"),
                        ("c", None, "1934.")], mode="cyr"),
        F("505", "0 ", [("a", "Т. 1. Рассказы -- Т. 2. Письма -- Т. 3. Статьи, заметки, стихотворения.",
                         f"T. 1. Rasskazy -- T. 2. Pisʹma -- T. 3. Statʹi, zametki, stikhotvorenii{T}a.")], mode="cyr"),
    ]),
    R("h-kaliningrad-vestnik", "ru", "rus", charset="fe", damage="says-marc8", fields=[  # a serial, mixed states
        F("245", "00", [("a", "Вестник Балтийского федерального университета им. И. Канта.",
                         "Vestnik Baltiĭskogo federalʹnogo universiteta im. I. Kanta.")]),
        F("246", "1 ", [("i", None, "Title on cover:"), ("a", "Вестник БФУ им. И. Канта", "Vestnik BFU im. I. Kanta")],
          mode="rom"),
        F("264", " 1", [("a", "Калининград :", "Kaliningrad :"),
                        ("b", "Издательство Балтийского федерального университета им. Иммануила Канта,",
                         "Izdatelʹstvo Baltiĭskogo federalʹnogo universiteta im. Immanuila Kanta,"),
                        ("c", None, "2011-")], mode="cyr"),
        F("710", "2 ", [("a", "Балтийский федеральный университет имени Иммануила Канта.",
                         "Baltiĭskiĭ federalʹnyĭ universitet imeni Immanuila Kanta.")],
          wrong={"a": "Baltiiskii federal'nyi universitet imeni Immanuila Kanta."}),
    ]),
    R("h-sb-ran-report", "ru", "rus", damage="length-chars", fields=[  # a corporate main entry
        F("110", "2 ", [("a", "Российская академия наук.", f"Rossiĭskai{T}a akademii{T}a nauk."),
                        ("b", "Сибирское отделение.", "Sibirskoe otdelenie.")], mode="cyr"),
        F("245", "10", [("a", "Отчет о деятельности за 2004 год /", f"Otchet o dei{T}atelʹnosti za 2004 god /"),
                        ("c", "Российская академия наук, Сибирское отделение.",
                         f"Rossiĭskai{T}a akademii{T}a nauk, Sibirskoe otdelenie.")], mode="cyr"),
        F("264", " 1", [("a", "Новосибирск :", "Novosibirsk :"), ("b", "Издательство СО РАН,", "Izdatelʹstvo SO RAN,"),
                        ("c", None, "2005.")], mode="cyr"),
    ]),
    R("h-mironov", "ru", "rus", fields=[  # 490/830 with 880s, the rest romanized only
        F("100", "1 ", [("a", "Миронов, Б. Н.", "Mironov, B. N."), ("q", "(Борис Николаевич),", "(Boris Nikolaevich),"),
                        ("d", None, "1942-"), ("e", None, "author.")], mode="rom"),
        F("245", "10", [("a", "Социальная история России периода империи (XVIII-начало XX в.) :",
                         f"Sot{T}sialʹnai{T}a istorii{T}a Rossii perioda imperii (XVIII-nachalo XX v.) :"),
                        ("b", "генезис личности, демократической семьи, гражданского общества и правового государства /",
                         "genezis lichnosti, demokraticheskoĭ semʹi, grazhdanskogo obshchestva i pravovogo gosudarstva /"),
                        ("c", "Б.Н. Миронов.", "B.N. Mironov.")], mode="rom"),
        F("250", "  ", [("a", "Изд. 3-е, испр. и доп.", "Izd. 3-e, ispr. i dop.")], mode="rom"),
        F("264", " 1", [("a", "Санкт-Петербург :", "Sankt-Peterburg :"), ("b", "Дмитрий Буланин,", "Dmitriĭ Bulanin,"),
                        ("c", None, "2003.")], mode="rom"),
        F("490", "1 ", [("a", "Историческая библиотека", f"Istoricheskai{T}a biblioteka")]),
        F("830", " 0", [("a", "Историческая библиотека (Дмитрий Буланин)",
                         f"Istoricheskai{T}a biblioteka (Dmitriĭ Bulanin)")],
          wrong={"a": "Istoricheskaia biblioteka (Dmitrii Bulanin)"}),
    ]),
    # -- Ukrainian ----------------------------------------------------------------------------------
    R("h-uk-kotliar", "uk", "ukr", charset="fe", fields=[
        F("100", "1 ", [("a", "Котляр, М. Ф.", f"Kotli{T}ar, M. F."), ("q", "(Микола Федорович),", "(Mykola Fedorovych),"),
                        ("d", None, "1932-"), ("e", None, "author.")], wrong={"a": "Kotliar, M. F."}),
        F("245", "10", [("a", "Галицько-Волинська Русь /", f"Halyt{T}sʹko-Volynsʹka Rusʹ /"),
                        ("c", "М.Ф. Котляр.", f"M.F. Kotli{T}ar.")]),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Альтернативи,", "Alʹternatyvy,"), ("c", None, "1998.")],
          wrong={"a": "Kyiv :"}),
        F("490", "1 ", [("a", "Україна крізь віки ;", "Ukraïna krizʹ viky ;"), ("v", "т. 5", "t. 5")]),
    ]),
    R("h-uk-podillia-coded-rus", "uk", "rus", fields=[  # Ukrainian, romanized only, coded Russian
        F("245", "10", [("a", "Нариси з історії Поділля /", f"Narysy z istoriï Podilli{T}a /"),
                        ("c", "Олександр Завальнюк.", f"Oleksandr Zavalʹni{T}uk.")], mode="rom"),
        F("264", " 1", [("a", "Хмельницький :", f"Khmelʹnyt{T}sʹkyĭ :"), ("b", "Поділля,", f"Podilli{T}a,"),
                        ("c", None, "1998.")], mode="rom"),
    ]),
    R("h-uk-soil", "uk", "ukr", charset="nfd", fields=[
        F("245", "10", [("a", "Ґрунтознавство з основами геології :", "Gruntoznavstvo z osnovamy heolohiï :"),
                        ("b", "підручник для студентів вищих навчальних закладів /",
                         f"pidruchnyk dli{T}a studentiv vyshchykh navchalʹnykh zakladiv /"),
                        ("c", "[Є.С. Щербак та ін.].", f"[I{T}E.S. Shcherbak ta in.].")], mode="cyr"),
        F("250", "  ", [("a", "Вид. 2-ге, перероб.", "Vyd. 2-he, pererob.")], mode="cyr"),
        F("264", " 1", [("a", "Житомир :", f"Z{T}Hytomyr :"), ("b", "Рута,", "Ruta,"), ("c", None, "2009.")], mode="cyr"),
    ]),
    R("h-uk-vozniak", "uk", "ukr", charset="marc8", links="broken", fields=[
        F("100", "1 ", [("a", "Возняк, Михайло,", f"Vozni{T}ak, Mykhaĭlo,"), ("d", None, "1881-1954,"),
                        ("e", None, "author.")]),
        F("245", "10", [("a", "Історія української літератури /", f"Istorii{T}a ukraïnsʹkoï literatury /"),
                        ("c", "Михайло Возняк.", f"Mykhaĭlo Vozni{T}ak.")]),
        F("250", "  ", [("a", "Вид. 2-ге.", "Vyd. 2-he.")], mode="cyr"),
        F("260", "  ", [("a", "Львів :", "Lʹviv :"), ("b", "Світ,", "Svit,"), ("c", None, "1992-1994.")]),
        F("500", "  ", [("a", "At head of title: Львівський державний університет імені Івана Франка.",
                         "At head of title: Lʹvivsʹkyĭ derz͡havnyĭ universytet imeni Ivana Franka.")], mode="rom"),
    ]),
    R("h-uk-isaievych", "uk", "ukr", damage="says-marc8", fields=[
        F("100", "1 ", [("a", "Ісаєвич, Я. Д.", f"Isai{T}evych, I{T}A. D."), ("q", "(Ярослав Дмитрович),",
                                                                        f"(I{T}Aroslav Dmytrovych),"),
                        ("d", None, "1936-2010,"), ("e", None, "author.")], mode="rom"),
        F("245", "10", [("a", "Українське книговидання :", f"Ukraïnsʹke knyhovydanni{T}a :"),
                        ("b", "витоки, розвиток, проблеми /", "vytoky, rozvytok, problemy /"),
                        ("c", "Ярослав Ісаєвич.", f"I{T}Aroslav Isai{T}evych.")], mode="rom"),
        F("264", " 1", [("a", "Львів :", "Lʹviv :"), ("b", "Інститут українознавства НАН України,",
                                                        "Instytut ukraïnoznavstva NAN Ukraïny,"), ("c", None, "2002.")],
          mode="rom"),
        F("710", "2 ", [("a", "Національна академія наук України.", f"Nat{T}sionalʹna akademii{T}a nauk Ukraïny."),
                        ("b", "Інститут українознавства.", "Instytut ukraïnoznavstva.")], mode="rom"),
    ]),
    R("h-uk-ist-zhurnal", "uk", "ukr", damage="length-chars", fields=[  # a serial
        F("245", "00", [("a", "Український історичний журнал.", f"Ukraïnsʹkyĭ istorychnyĭ z{T}hurnal.")], mode="cyr"),
        F("264", " 1", [("a", "Київ :", "Kyïv :"), ("b", "Наукова думка,", "Naukova dumka,"), ("c", None, "1957-")],
          mode="cyr"),
        F("710", "2 ", [("a", "Інститут історії України (Національна академія наук України)",
                         f"Instytut istoriï Ukraïny (Nat{T}sionalʹna akademii{T}a nauk Ukraïny)")], mode="cyr"),
    ], notes=[("500", "Monthly, 1957-1990; bimonthly, 1991-")]),
    # -- Belarusian ---------------------------------------------------------------------------------
    R("h-be-ermalovich", "be", "bel", fields=[
        F("100", "1 ", [("a", "Ермаловіч, Мікола,", "Ermalovich, Mikola,"), ("d", None, "1921-2000,"),
                        ("e", None, "author.")]),
        F("245", "10", [("a", "Старажытная Беларусь :", f"Staraz{T}hytnai{T}a Belarusʹ :"),
                        ("b", "полацкі і навагародскі перыяды /", f"polatski i navaharodski peryi{T}ady /"),
                        ("c", "Мікола Ермаловіч.", "Mikola Ermalovich.")], wrong={"a": "Starazhytnaja Belarus' :"}),
        F("264", " 1", [("a", "Мінск :", "Minsk :"), ("b", "Навука і тэхніка,", "Navuka i tėkhnika,"),
                        ("c", None, "1990.")]),
    ]),
    R("h-be-tales-coded-ukr", "be", "ukr", charset="marc8", fields=[  # Belarusian coded Ukrainian
        F("245", "10", [("a", "Беларускія народныя казкі /", f"Belaruskii{T}a narodnyi{T}a kazki /"),
                        ("c", "[укладанне і каментарыі Л.Р. Бараг].", "[ukladanne i kamentaryi L.R. Barah].")],
          mode="cyr"),
        F("264", " 1", [("a", "Мінск :", "Minsk :"), ("b", "Вышэйшая школа,", f"Vyshėĭshai{T}a shkola,"),
                        ("c", None, "1978.")], mode="cyr"),
    ]),
    R("h-be-bryl", "be", "bel", charset="fe", fields=[  # romanized only: ё, ў, ь, ц without tie
        F("100", "1 ", [("a", "Брыль, Янка,", f"Brylʹ, I{T}Anka,"), ("d", None, "1917-2006,"), ("e", None, "author.")],
          mode="rom"),
        F("245", "10", [("a", "Птушкі і гнёзды :", f"Ptushki i hni{T}ozdy :"),
                        ("b", "кніга ўспамінаў /", "kniha ŭspaminaŭ /"),
                        ("c", "Янка Брыль.", f"I{T}Anka Brylʹ.")], mode="rom"),
        F("264", " 1", [("a", "Мінск :", "Minsk :"), ("b", "Беларусь,", "Belarusʹ,"), ("c", None, "1986.")], mode="rom"),
    ]),
    # -- Bulgarian ----------------------------------------------------------------------------------
    R("h-bg-zaimov", "bg", "bul", fields=[
        F("100", "1 ", [("a", "Заимов, Йордан,", "Zaimov, Ĭordan,"), ("d", None, "1921-1987,"), ("e", None, "author.")]),
        F("245", "10", [("a", "Българските селищни имена /", "Bŭlgarskite selishtni imena /"),
                        ("c", "Йордан Заимов.", "Ĭordan Zaimov.")], wrong={"a": "Balgarskite selishtni imena /"}),
        F("264", " 1", [("a", "София :", f"Sofii{T}a :"),
                        ("b", "Издателство на Българската академия на науките,",
                         f"Izdatelstvo na Bŭlgarskata akademii{T}a na naukite,"), ("c", None, "1973.")]),
    ]),
    R("h-bg-aleko-coded-mac", "bg", "mac", charset="nfd", fields=[  # Bulgarian coded Macedonian
        F("245", "10", [("a", "Пътеписи и спомени /", "Pŭtepisi i spomeni /"),
                        ("c", "Алеко Константинов ; [съставител Иван Цветков].",
                         f"Aleko Konstantinov ; [sŭstavitel Ivan T{T}Svetkov].")], mode="cyr"),
        F("264", " 1", [("a", "София :", f"Sofii{T}a :"), ("b", "Отечествен фронт,", "Otechestven front,"),
                        ("c", None, "1983.")], mode="cyr"),
    ]),
    R("h-bg-genchev", "bg", "bul", charset="marc8", fields=[
        F("100", "1 ", [("a", "Генчев, Николай,", "Genchev, Nikolaĭ,"), ("d", None, "1931-2002,"), ("e", None, "author.")],
          mode="rom"),
        F("245", "10", [("a", "Българското възраждане /", "Bŭlgarskoto vŭzrazhdane /"),
                        ("c", "Николай Генчев.", "Nikolaĭ Genchev.")], mode="rom"),
        F("250", "  ", [("a", "Четвърто издание.", "Chetvŭrto izdanie.")], mode="rom"),
        F("264", " 1", [("a", "София :", f"Sofii{T}a :"),
                        ("b", "Издателство на Отечествения фронт,", f"Izdatelstvo na Otechestvenii{T}a front,"),
                        ("c", None, "1988.")], mode="rom"),
    ]),
    # -- Serbian ------------------------------------------------------------------------------------
    R("h-sr-jovanovic", "sr", "srp", fields=[
        F("100", "1 ", [("a", "Јовановић, Слободан,", "Jovanović, Slobodan,"), ("d", None, "1869-1958,"),
                        ("e", None, "author.")], wrong={"a": "Jovanovic, Slobodan,"}),
        F("245", "10", [("a", "Влада Александра Обреновића /", "Vlada Aleksandra Obrenovića /"),
                        ("c", "Слободан Јовановић.", "Slobodan Jovanović.")]),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "БИГЗ,", "BIGZ,"), ("c", None, "1990.")]),
        F("490", "1 ", [("a", "Сабрана дела Слободана Јовановића ;", "Sabrana dela Slobodana Jovanovića ;"),
                        ("v", "т. 6", "t. 6")]),
    ]),
    R("h-sr-latin-djordjevic", "sr", "srp", fields=[  # Serbian text in Latin script
        F("100", "1 ", [("a", "Ђорђевић, Тихомир Р.,", "Đorđević, Tihomir R.,"), ("d", None, "1868-1944,"),
                        ("e", None, "author.")], mode="rom"),
        F("245", "10", [("a", "Наш народни живот /", "Naš narodni život /"),
                        ("c", "Тихомир Р. Ђорђевић.", "Tihomir R. Đorđević.")], mode="rom"),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "Српска књижевна задруга,", "Srpska književna zadruga,"),
                        ("c", None, "1984.")], mode="rom"),
    ], notes=[("546", "Text in Serbian (Latin script).")]),
    R("h-sr-nosnja-scc", "sr", "scc", charset="marc8", fields=[  # the obsolete code on a MARC-8 record
        F("245", "10", [("a", "Српска народна ношња у Војводини /", "Srpska narodna nošnja u Vojvodini /"),
                        ("c", "Драгиња Ђурић-Замоло.", "Draginja Đurić-Zamolo.")], mode="cyr"),
        F("264", " 1", [("a", "Нови Сад :", "Novi Sad :"), ("b", "Матица српска,", "Matica srpska,"),
                        ("c", None, "1989.")], mode="cyr"),
    ]),
    R("h-sr-dzepni-041", "sr", "   ", c041=["srp"], damage="says-marc8", fields=[  # џ ћ љ њ
        F("245", "10", [("a", "Џепни речник страних речи и израза /", "Džepni rečnik stranih reči i izraza /"),
                        ("c", "Милан Вујаклија.", "Milan Vujaklija.")], mode="cyr"),
        F("250", "  ", [("a", "Треће издање.", "Treće izdanje.")], mode="cyr"),
        F("264", " 1", [("a", "Београд :", "Beograd :"), ("b", "Завод за уџбенике,", "Zavod za udžbenike,"),
                        ("c", None, "2004.")], mode="cyr"),
        F("700", "1 ", [("a", "Љубић, Никола,", "Ljubić, Nikola,"), ("e", None, "editor.")], mode="cyr"),
    ]),
    # -- Macedonian ---------------------------------------------------------------------------------
    R("h-mk-ristovski", "mk", "mac", fields=[
        F("100", "1 ", [("a", "Ристовски, Блаже,", "Ristovski, Blaže,"), ("d", None, "1931-2018,"), ("e", None, "author.")]),
        F("245", "10", [("a", "Македонскиот народ и македонската нација /", "Makedonskiot narod i makedonskata nacija /"),
                        ("c", "Блаже Ристовски.", "Blaže Ristovski.")]),
        F("264", " 1", [("a", "Скопје :", "Skopje :"), ("b", "Ѓурѓа,", "Ǵurǵa,"), ("c", None, "1983.")],
          wrong={"b": "Gjurgja,"}),
    ]),
    R("h-mk-cingo-blank", "mk", "   ", charset="marc8", fields=[  # no language code, ѕ and ќ
        F("245", "10", [("a", "Ѕидови и мостови :", f"D{T}Zidovi i mostovi :"), ("b", "раскази /", "raskazi /"),
                        ("c", "Живко Чинго.", "Živko Čingo.")], mode="cyr"),
        F("264", " 1", [("a", "Скопје :", "Skopje :"), ("b", "Македонска книга,", "Makedonska kniga,"),
                        ("c", None, "1981.")], mode="cyr"),
        F("700", "1 ", [("a", "Ќулавкова, Катица,", "Ḱulavkova, Katica,"), ("e", None, "editor.")], mode="cyr"),
    ]),
    R("h-mk-popovski", "mk", "mac", charset="nfd", fields=[  # romanized only, decomposed ǵ ḱ ž č
        F("100", "1 ", [("a", "Поповски, Ванчо,", "Popovski, Vančo,"), ("d", None, "1947-"), ("e", None, "author.")],
          mode="rom"),
        F("245", "10", [("a", "Куќи, цркви и џамии во Скопје од XIX век /", f"Kuḱi, crkvi i d{T}žamii vo Skopje od XIX vek /"),
                        ("c", "Ванчо Поповски.", "Vančo Popovski.")], mode="rom"),
        F("264", " 1", [("a", "Скопје :", "Skopje :"), ("b", "Матица македонска,", "Matica makedonska,"),
                        ("c", None, "1997.")], mode="rom"),
    ]),
    # -- the export's last record, cut off inside (counted in, must come out rejected or repaired) ------------
    R("h-cut-smolensk", "ru", "rus", damage="truncated", fields=[
        F("245", "10", [("a", "Смоленская старина :", "Smolenskai͡a starina :"),
                        ("b", "сборник статей /", "sbornik stateĭ /")]),
        F("264", " 1", [("a", "Смоленск :", "Smolensk :"), ("b", "Свиток,", "Svitok,"), ("c", None, "1998.")]),
    ]),
]
