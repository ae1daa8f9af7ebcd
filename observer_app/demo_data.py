"""Fixed inputs of the synthetic demo: territories, their published sizes, and name lists.

The 45 territories come from ``data/kz-akim-2023-territories.csv`` (names only).
The few sizes below (stations, candidates on the ballot, voters on the lists)
were reported publicly before or on 5 November 2023; the demo keeps them so
its shape matches the real day, and invents everything else. No result figure
(votes, turnout) of the real election is used anywhere.

Candidate and observer names are assembled from the lists below. None of the
surnames or given names of the real candidates known to us is in them, so no
real candidate's name can come out (a test checks against the real list when
it is present).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

from observer_app.paths import data_dir

TERRITORIES_FILE = "kz-akim-2023-territories.csv"


@dataclass(frozen=True, slots=True)
class Territory:
    region_ru: str
    region_en: str
    territory_ru: str  # empty for the four Turkestan districts whose names were not published
    territory_en: str
    kind: str  # district | city

    @property
    def placeholder(self) -> bool:
        return not self.territory_en


def load_territories() -> list[Territory]:
    path = data_dir() / TERRITORIES_FILE
    with path.open(encoding="utf-8", newline="") as f:
        return [
            Territory(
                r["region_ru"], r["region_en"], r["territory_ru"], r["territory_en"], r["kind"]
            )
            for r in csv.DictReader(f)
        ]


# Published sizes, by territory_en (see the module docstring).
KNOWN_STATIONS = {
    "Kurchatov (city)": 12,
    "Isatay District": 15,
    "Kyzylkoga District": 19,
    "Bokey Orda District": 22,
    "Karatobe District": 19,
    "Taskala District": 22,
    "Syrdarya District": 18,
    "Shieli District": 40,
    "Beineu District": 30,
    "Zhelezin District": 33,
    "Sherbakty District": 26,
    "Ulytau District": 30,
}
KNOWN_CANDIDATES = {
    "Kurchatov (city)": 2,
    "Bokey Orda District": 3,
    "Karatobe District": 3,
    "Taskala District": 3,
    "Syrdarya District": 3,
    "Shieli District": 3,
    "Beineu District": 3,
    "Zhelezin District": 4,
    "Sherbakty District": 3,
    "Esil District (North Kazakhstan)": 2,
    "Mamlyut District": 3,
    "Timiryazev District": 3,
}
KNOWN_VOTERS = {
    "Isatay District": 15883,
    "Kyzylkoga District": 18614,
    "Zhualy District": 31286,
    "Turar Ryskulov District": 40378,
    "Syrdarya District": 22101,
    "Shieli District": 50402,
    "Beineu District": 40134,
    "Zhelezin District": 10443,
    "Sherbakty District": 12987,
}
# Sizes published only for several territories together: (territories, total).
GROUP_STATIONS = ((("Balkhash District", "Zhambyl District (Almaty)"), 100),)
GROUP_CANDIDATES = ((("Balkhash District", "Zhambyl District (Almaty)"), 6),)
GROUP_VOTERS = (
    (("Bokey Orda District", "Karatobe District", "Taskala District"), 28884),
    (("Esil District (North Kazakhstan)", "Mamlyut District", "Timiryazev District"), 35846),
    (
        (
            "Rudny (city)",
            "Altynsarin District",
            "Denisov District",
            "Karabalyk District",
            "Fedorov District",
        ),
        135198,
    ),
)

TOTAL_CONTESTS = 45
TOTAL_CANDIDATES = 125
TOTAL_STATIONS = 1491
TOTAL_VOTERS = 1_060_000  # "about 1.06 million" on the lists
TURNOUT = 0.6279  # overall turnout of the synthetic official totals

# Short ASCII region codes for station codes ("KZO/412"), and where each region's
# station numbering starts (numbers run on through the region's territories).
REGION_CODES = {
    "Abai Region": ("ABA", 301),
    "Akmola Region": ("AKM", 101),
    "Aktobe Region": ("AKT", 420),
    "Almaty Region": ("ALM", 201),
    "Atyrau Region": ("ATY", 151),
    "East Kazakhstan Region": ("VKO", 512),
    "Zhambyl Region": ("ZHA", 233),
    "Zhetysu Region": ("ZHE", 388),
    "West Kazakhstan Region": ("ZKO", 61),
    "Karaganda Region": ("KAR", 702),
    "Kostanay Region": ("KOS", 118),
    "Kyzylorda Region": ("KZO", 405),
    "Mangystau Region": ("MAN", 171),
    "Pavlodar Region": ("PAV", 244),
    "North Kazakhstan Region": ("SKO", 336),
    "Ulytau Region": ("ULY", 21),
    "Turkestan Region": ("TUR", 811),
}

NOMINATIONS = ("AMANAT", "Auyl", "Respublica", "People's Party of Kazakhstan", "Ak Zhol")
SELF_NOMINATED = "self-nominated"

# Kazakh surnames in the masculine form; the feminine adds "а" (-ов/-ев/-ин).
KZ_SURNAMES = (
    "Абдрахманов",
    "Абилов",
    "Айтбаев",
    "Алимжанов",
    "Ахметжанов",
    "Байжанов",
    "Бейсенов",
    "Бекетов",
    "Даулетбаев",
    "Ергалиев",
    "Есенов",
    "Жаксылыков",
    "Жакупов",
    "Жунусов",
    "Ибраев",
    "Иманбаев",
    "Калиев",
    "Касенов",
    "Кенжебаев",
    "Конысбаев",
    "Кулжанов",
    "Кусаинов",
    "Мамыров",
    "Нургалиев",
    "Нуртазин",
    "Омаров",
    "Оразбаев",
    "Рахимжанов",
    "Сагындыков",
    "Сарсенов",
    "Сейтказиев",
    "Сулейменов",
    "Таженов",
    "Тлеубаев",
    "Токтаров",
    "Тулегенов",
    "Умирзаков",
    "Утепов",
    "Шалабаев",
    "Ыскаков",
)
KZ_MALE = (
    "Айдос",
    "Алмас",
    "Арман",
    "Асет",
    "Асылбек",
    "Бакыт",
    "Бауыржан",
    "Берик",
    "Болат",
    "Галым",
    "Даурен",
    "Дархан",
    "Ербол",
    "Ержан",
    "Ермек",
    "Жанболат",
    "Жандос",
    "Максат",
    "Мурат",
    "Нурбол",
    "Нуржан",
    "Олжас",
    "Рустем",
    "Самат",
    "Тимур",
    "Улан",
)
KZ_FEMALE = (
    "Айгуль",
    "Асель",
    "Гульнара",
    "Динара",
    "Жанар",
    "Жулдыз",
    "Ляззат",
    "Мадина",
    "Назгуль",
    "Сауле",
)
KZ_FATHERS = (
    "Ахмет",
    "Айдар",
    "Бахыт",
    "Болат",
    "Ермек",
    "Жумабек",
    "Касым",
    "Марат",
    "Нурлан",
    "Омар",
    "Сабыр",
    "Темир",
)
RU_SURNAMES = ("Белов", "Гончаров", "Зуев", "Лаптев", "Назаров", "Осипов", "Федотов")
RU_MALE = ("Андрей", "Виктор", "Дмитрий", "Олег", "Сергей", "Юрий")
RU_FEMALE = ("Ирина", "Наталья", "Ольга", "Татьяна")
RU_PATRONYMICS = (
    ("Александрович", "Александровна"),
    ("Иванович", "Ивановна"),
    ("Николаевич", "Николаевна"),
    ("Петрович", "Петровна"),
)

# Observers: a separate pool, written given name first as on an accreditation list.
OBSERVERS = (
    "Айгерим Сапарова",
    "Алия Муратова",
    "Дана Тастанова",
    "Камила Есимова",
    "Аружан Жолдасова",
    "Дильназ Байсалова",
    "Томирис Рысбекова",
    "Ернар Кадыров",
    "Азамат Сапаров",
    "Санжар Ахмедиев",
    "Алишер Нурмаганбетов",
    "Диас Елеусизов",
    "Мирас Орынбасаров",
    "Игорь Ковалёв",
    "Елизавета Панова",
    "Нурлан Досмагамбетов",
)

# Station addresses: generic settlement and street names found all over Kazakhstan.
SETTLEMENTS = (
    "Акжар",
    "Акбулак",
    "Айнабулак",
    "Алгабас",
    "Береке",
    "Бирлик",
    "Достык",
    "Енбек",
    "Жанаконыс",
    "Жанаталап",
    "Жалгызагаш",
    "Караагаш",
    "Каракемер",
    "Коктерек",
    "Кызылту",
    "Талдыколь",
    "Тасты",
    "Уштерек",
    "Шыганак",
    "Кенжар",
)
STREETS = (
    "ул. Абая",
    "ул. Достык",
    "ул. Тауелсиздик",
    "ул. Бейбитшилик",
    "ул. Жамбыла",
    "ул. Сейфуллина",
    "ул. Мира",
    "ул. Школьная",
    "ул. Центральная",
    "ул. Молодёжная",
    "ул. Байтерек",
    "ул. Наурыз",
)
VILLAGE_BUILDINGS = (
    "КГУ «Средняя школа №{n}»",
    "КГУ «Основная средняя школа №{n}»",
    "Школа-гимназия №{n}",
    "Дом культуры",
    "Сельский клуб",
    "Врачебная амбулатория",
    "здание аппарата акима сельского округа",
)
TOWN_BUILDINGS = (
    "КГУ «Средняя школа №{n}»",
    "КГУ «Школа-лицей №{n}»",
    "Школа-гимназия №{n}",
    "Колледж",
    "Дворец культуры",
    "Спортивный комплекс",
    "Центральная районная библиотека",
)
