"""Texts of reports and workbooks in English, Russian and Kazakh.

The core cannot use Qt's ``tr()``, so its few user-facing strings live in this
table; ``text(key, lang)`` falls back to English for an unknown language.
"""

from __future__ import annotations

LANGS = ("en", "ru", "kk")

_T: dict[str, tuple[str, str, str]] = {
    # finding kinds
    "station_discrepancy": ("Station discrepancy", "Расхождение на участке", "Учаскедегі алшақтық"),
    "observers_disagree": (
        "Observers disagree",
        "Наблюдатели расходятся",
        "Байқаушылар келіспейді",
    ),
    "arithmetic": ("Arithmetic", "Арифметика", "Арифметика"),
    "contest_totals": ("Contest totals", "Итоги по округу", "Округ қорытындысы"),
    "outcome_impact": ("Outcome impact", "Влияние на итог", "Нәтижеге әсері"),
    "coverage": ("Coverage", "Охват", "Қамту"),
    "official_revision": (
        "Official revision",
        "Изменение официальных данных",
        "Ресми деректердің өзгеруі",
    ),
    # sheet names (Excel: at most 31 characters, no []:*?/\)
    "sheet.summary": ("Summary", "Сводка", "Жиынтық"),
    "sheet.discrepancies": ("Discrepancies", "Расхождения", "Алшақтықтар"),
    "sheet.stations": ("Stations", "Участки", "Учаскелер"),
    "sheet.arithmetic": ("Arithmetic", "Арифметика", "Арифметика"),
    "sheet.disagree": ("Observers disagree", "Наблюдатели расходятся", "Байқаушылар келіспейді"),
    "sheet.totals": ("Contest totals", "Итоги по округам", "Округ қорытындылары"),
    "sheet.coverage": ("Coverage", "Охват", "Қамту"),
    "sheet.revisions": ("Official revisions", "Изменения официальных", "Ресми өзгерістер"),
    # column headers
    "col.contest": ("Contest", "Округ", "Округ"),
    "col.contest_name": ("Contest name", "Название округа", "Округ атауы"),
    "col.station": ("Station", "Участок", "Учаске"),
    "col.station_name": ("Station name", "Название участка", "Учаске атауы"),
    "col.line": ("Line", "Строка", "Жол"),
    "col.key": ("Key", "Ключ", "Кілт"),
    "col.observer_value": ("Observer", "Наблюдатель", "Байқаушы"),
    "col.official_value": ("Official", "Официально", "Ресми"),
    "col.difference": (
        "Difference (official − observer)",
        "Разница (офиц. − набл.)",
        "Айырма (ресми − байқ.)",
    ),
    "col.total_difference": (
        "Difference (total − sum)",
        "Разница (итог − сумма)",
        "Айырма (қорытынды − қосынды)",
    ),
    "col.change": (
        "Change (after − before)",
        "Изменение (стало − было)",
        "Өзгеріс (кейін − бұрын)",
    ),
    "col.observers": ("Observer(s)", "Наблюдатель(и)", "Байқаушы(лар)"),
    "col.tally": ("Tally (uid:revision)", "Протокол (uid:версия)", "Хаттама (uid:нұсқа)"),
    "col.official_tally": (
        "Official tally (uid:revision)",
        "Офиц. протокол (uid:версия)",
        "Ресми хаттама (uid:нұсқа)",
    ),
    "col.photo": ("Photo", "Фото", "Фото"),
    "col.photo_sha256": ("Photo SHA-256", "SHA-256 фото", "Фото SHA-256"),
    "col.snapshot": ("Official snapshot", "Официальный снимок", "Ресми көшірме"),
    "col.resolution": ("Resolution", "Решение", "Шешім"),
    "col.source": ("Source", "Источник", "Дереккөз"),
    "col.rule": ("Rule", "Правило", "Ереже"),
    "col.severity": ("Severity", "Важность", "Маңыздылығы"),
    "col.explanation": ("Explanation", "Пояснение", "Түсіндірме"),
    "col.message": ("Message", "Сообщение", "Хабарлама"),
    "col.copies": (
        "Copies (observer: value)",
        "Копии (наблюдатель: значение)",
        "Көшірмелер (байқаушы: мән)",
    ),
    "col.check": ("Check", "Проверка", "Тексеру"),
    "col.total": ("Published total", "Опубликованный итог", "Жарияланған қорытынды"),
    "col.sum": ("Sum of stations", "Сумма по участкам", "Учаскелер қосындысы"),
    "col.stations_counted": ("Stations counted", "Учтено участков", "Есептелген учаскелер"),
    "col.stations": ("Stations", "Участков", "Учаскелер"),
    "col.observed": ("Observed", "Наблюдалось", "Бақыланды"),
    "col.coverage": ("Coverage (stations)", "Охват (участки)", "Қамту (учаскелер)"),
    "col.voter_coverage": ("Coverage (voters)", "Охват (избиратели)", "Қамту (сайлаушылар)"),
    "col.discrepant": (
        "Discrepant stations",
        "Участков с расхождениями",
        "Алшақтығы бар учаскелер",
    ),
    "col.net_shift": ("Net shift", "Чистый сдвиг", "Таза ығысу"),
    "col.winner": ("Official winner", "Официальный победитель", "Ресми жеңімпаз"),
    "col.runner_up": ("Runner-up", "Второе место", "Екінші орын"),
    "col.margin": ("Margin", "Отрыв", "Айырма"),
    "col.corrected_margin": (
        "Margin if corrected",
        "Отрыв после поправки",
        "Түзетуден кейінгі айырма",
    ),
    "col.impact": (
        "Could change the winner",
        "Может изменить победителя",
        "Жеңімпазды өзгертуі мүмкін",
    ),
    "col.missing": ("Missing", "Нет данных", "Деректер жоқ"),
    "col.row": ("Row", "Строка", "Жол"),
    "col.from_snapshot": ("From snapshot", "Из снимка", "Көшірмеден"),
    "col.to_snapshot": ("To snapshot", "В снимок", "Көшірмеге"),
    "col.before": ("Before", "Было", "Бұрын"),
    "col.after": ("After", "Стало", "Кейін"),
    "col.kind": ("Kind", "Вид", "Түрі"),
    "col.count": ("Count", "Количество", "Саны"),
    "col.basis": ("Official votes from", "Источник официальных голосов", "Ресми дауыстар көзі"),
    # summary labels
    "wb.rows_left_out": (
        "{n} more rows left out here: an Excel sheet holds at most 1,048,576 rows. "
        "The JSON report (reconcile --json) has every finding.",
        "Не поместилось строк: {n}. Лист Excel вмещает не более 1 048 576 строк; "
        "в отчёте JSON (reconcile --json) есть все находки.",
        "Тағы {n} жол сыймады: Excel парағына ең көбі 1 048 576 жол сыяды. "
        "JSON есебінде (reconcile --json) барлық табылғандар бар.",
    ),
    "sum.title": ("Reconciliation report", "Отчёт о сверке", "Салыстыру есебі"),
    "sum.election": ("Election", "Выборы", "Сайлау"),
    "sum.synthetic": (
        "SYNTHETIC DEMO DATA: not real results",
        "СИНТЕТИЧЕСКИЕ ДЕМО-ДАННЫЕ: не настоящие результаты",
        "СИНТЕТИКАЛЫҚ ДЕМО-ДЕРЕКТЕР: нақты нәтижелер емес",
    ),
    "sum.made": ("Made at (UTC)", "Составлен (UTC)", "Жасалған уақыты (UTC)"),
    "sum.snapshots": (
        "Official snapshots used",
        "Использованные официальные снимки",
        "Пайдаланылған ресми көшірмелер",
    ),
    "sum.tallies": (
        "Observer copies / official tallies",
        "Копии наблюдателей / официальные протоколы",
        "Байқаушы көшірмелері / ресми хаттамалар",
    ),
    "sum.findings": ("Findings by kind", "Находки по видам", "Түрлері бойынша табылғандар"),
    "sum.contests": ("Contests", "Округа", "Округтер"),
    "sum.none": ("none", "нет", "жоқ"),
    # values
    "yes": ("yes", "да", "иә"),
    "no": ("no", "нет", "жоқ"),
    "source.observer": ("observer", "наблюдатель", "байқаушы"),
    "source.official": ("official", "официально", "ресми"),
    "source.second-entry": ("second entry", "повторный ввод", "қайта енгізу"),
    "severity.error": ("error", "ошибка", "қате"),
    "severity.warning": ("warning", "предупреждение", "ескерту"),
    "missing.official": ("no official figures", "нет официальных данных", "ресми деректер жоқ"),
    "missing.observer": ("no observer copy", "нет копии наблюдателя", "байқаушы көшірмесі жоқ"),
    "row.official": ("official", "официально", "ресми"),
    "row.observer": ("observer copy", "копия наблюдателя", "байқаушы көшірмесі"),
    "row.difference": ("difference", "разница", "айырма"),
    "basis.totals": ("published totals", "опубликованные итоги", "жарияланған қорытындылар"),
    "basis.stations": ("sum of station figures", "сумма по участкам", "учаскелер қосындысы"),
    "check.observed_sum_differs": (
        "all stations observed: observed sum differs from the total",
        "все участки под наблюдением: сумма копий не равна итогу",
        "барлық учаске бақыланды: көшірмелер қосындысы қорытындыға тең емес",
    ),
    "check.total_below_observed_sum": (
        "total below the sum already observed",
        "итог меньше уже наблюдённой суммы",
        "қорытынды бақыланған қосындыдан аз",
    ),
    "check.official_sum_differs": (
        "sum of official station figures differs from the total",
        "сумма официальных данных участков не равна итогу",
        "учаскелердің ресми деректерінің қосындысы қорытындыға тең емес",
    ),
    "check.total_below_official_sum": (
        "total below the sum of official station figures",
        "итог меньше суммы официальных данных участков",
        "қорытынды учаскелердің ресми деректерінің қосындысынан аз",
    ),
}


def text(key: str, lang: str = "en") -> str:
    """The text of ``key`` in ``lang`` (English when the language is unknown)."""
    variants = _T[key]
    return variants[LANGS.index(lang)] if lang in LANGS else variants[0]


def keys() -> list[str]:
    return list(_T)
