<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/import_wizard.py" line="+225"/>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— skip —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station code (part)</source>
        <translation>Код участка (часть)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ballot no. {n}</source>
        <translation>№ {n} в бюллетене</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidate: {name}</source>
        <translation>Кандидат: {name}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{lines} lines and {cands} candidates assigned.</source>
        <translation>Назначено строк: {lines}, кандидатов: {cands}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the contest column.</source>
        <translation>Укажите столбец округа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the station code column(s).</source>
        <translation>Укажите столбец (столбцы) кода участка.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping (*.json)</source>
        <translation>Сопоставление (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mapping saved: {path}</source>
        <translation>Сопоставление сохранено: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What does each column hold?</source>
        <translation>Что в каждом столбце?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guessed from the headers; correct any column in the first row. Several station columns are joined with &apos;/&apos; (region/number).</source>
        <translation>Угадано по заголовкам; исправьте любой столбец в первой строке. Несколько столбцов участка соединяются через «/» (регион/номер).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Сохранить сопоставление…</translation>
    </message>
</context>
<context>
    <name>ContestsModel</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/models.py" line="+222"/>
        <source>Contest</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>Участков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed</source>
        <translation>Под наблюдением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voter coverage</source>
        <translation>Охват избирателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discrepant stations</source>
        <translation>Участков с расхождениями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official winner</source>
        <translation>Официальный победитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner-up</source>
        <translation>Второе место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin</source>
        <translation>Отрыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin if corrected</source>
        <translation>Отрыв после поправки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome impact</source>
        <translation>Влияние на итог</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no official figures</source>
        <translation>нет официальных данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could change the winner</source>
        <translation>может изменить победителя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net shift between winner and runner-up: {shift}</source>
        <translation>Чистый сдвиг между победителем и вторым местом: {shift}</translation>
    </message>
</context>
<context>
    <name>ContestsView</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/views.py" line="+198"/>
        <source>No reconciliation yet.</source>
        <translation>Сверка ещё не выполнена.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{contests} contests, {observed} of {stations} stations observed. Contests where the discrepancies alone could change the winner: {flagged}.</source>
        <translation>Округов: {contests}; под наблюдением {observed} из {stations} участков. Округа, где одни расхождения могут изменить победителя: {flagged}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>DiscrepanciesView</name>
    <message>
        <location line="-104"/>
        <location line="+48"/>
        <source>All contests</source>
        <translation>Все округа</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{shown} of {total} findings</source>
        <translation>Показано {shown} из {total}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontest:</source>
        <translation>&amp;Округ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Difference at least:</source>
        <translation>&amp;Разница не меньше:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find station, line or observer…</source>
        <translation>Найти участок, строку или наблюдателя…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/import_wizard.py" line="-181"/>
        <source>Choose a table</source>
        <translation>Выберите таблицу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tables (*.csv *.tsv *.txt *.zip *.xlsx)</source>
        <translation>Таблицы (*.csv *.tsv *.txt *.zip *.xlsx)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Which file?</source>
        <translation>Какой файл?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (any encoding, comma, semicolon or tab), CSV in a .zip, or XLSX.</source>
        <translation>CSV (любая кодировка; запятая, точка с запятой или табуляция), CSV в .zip или XLSX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Official results by station</source>
        <translation>Официальные итоги по участкам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer copies</source>
        <translation>Копии наблюдателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official contest totals</source>
        <translation>Официальные итоги по округам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What it holds:</source>
        <translation>&amp;Что в файле:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;bserver:</source>
        <translation>&amp;Наблюдатель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source (URL or note):</source>
        <translation>&amp;Источник (ссылка или заметка):</translation>
    </message>
</context>
<context>
    <name>FindingKinds</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/models.py" line="-244"/>
        <source>Station discrepancy</source>
        <translation>Расхождение на участке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observers disagree</source>
        <translation>Наблюдатели расходятся</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arithmetic</source>
        <translation>Арифметика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest totals</source>
        <translation>Итоги по округу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome impact</source>
        <translation>Влияние на итог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official revision</source>
        <translation>Изменение официальных данных</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location line="+53"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Официально</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who / what</source>
        <translation>Кто / что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/import_wizard.py" line="+260"/>
        <source>Importing {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: nothing was stored.</source>
        <translation>Отменено: ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import results</source>
        <translation>Импорт результатов</translation>
    </message>
</context>
<context>
    <name>ReconcileWindow</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/window.py" line="+82"/>
        <source>Reconciling with the official results</source>
        <translation>Сверка с официальными итогами</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Workbook saved: {path}</source>
        <translation>Книга сохранена: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорт отменён: ничего не записано.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reconciliation with the official results</source>
        <translation>Сверка с официальными итогами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discrepancies</source>
        <translation>&amp;Расхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contests</source>
        <translation>&amp;Округа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reconcile again</source>
        <translation>&amp;Сверить заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;official results…</source>
        <translation>Импорт &amp;официальных итогов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contest &amp;totals…</source>
        <translation>Импорт итогов по &amp;округам…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconciling…</source>
        <translation>Идёт сверка…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{election}. Observer copies: {observer}; official tallies: {official}; station discrepancies: {disc}; contests where the winner could change: {impact}</source>
        <translation>{election}. Копий наблюдателей: {observer}; официальных протоколов: {official}; расхождений на участках: {disc}; округов, где может смениться победитель: {impact}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SYNTHETIC DEMO</source>
        <translation>СИНТЕТИЧЕСКОЕ ДЕМО</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/import_wizard.py" line="-107"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: nothing was stored. Fix these and import again:</source>
        <translation>Отклонено: ничего не сохранено. Исправьте и импортируйте снова:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored. The whole file was checked first.</source>
        <translation>Сохранено. Сначала был проверен весь файл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contest totals stored for: {contests}</source>
        <translation>Итоги сохранены для округов: {contests}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{rows} rows read: {created} new, {revised} revised, {unchanged} unchanged.</source>
        <translation>Прочитано строк: {rows}; новых: {created}, изменённых: {revised}, без изменений: {unchanged}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Official snapshot #{id}.</source>
        <translation>Официальный снимок № {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stations whose official figures changed: {stations}</source>
        <translation>Участки, где изменились официальные данные: {stations}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>ResultsMenu</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/menu.py" line="+63"/>
        <source>No election open</source>
        <translation>Выборы не открыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a database with an election first (File &gt; Open or New election).</source>
        <translation>Сначала откройте базу с выборами (Файл &gt; Открыть или Новые выборы).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Results</source>
        <translation>&amp;Итоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reconcile with official results…</source>
        <translation>&amp;Сверить с официальными итогами…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the observers&apos; copies against the official figures</source>
        <translation>Сверить копии наблюдателей с официальными данными</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;official results…</source>
        <translation>Импорт &amp;официальных итогов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contest &amp;totals…</source>
        <translation>Импорт итогов по &amp;округам…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import o&amp;bserver copies…</source>
        <translation>Импорт копий &amp;наблюдателей…</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/station_dialog.py" line="+81"/>
        <source>Official figures from {file}</source>
        <translation>Официальные данные из {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Официально</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Observer copy {uid}, revision {rev}</source>
        <translation>Копия наблюдателя {uid}, версия {rev}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The coordinator&apos;s decision</source>
        <translation>Решение координатора</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No photo attached to the observer copies.</source>
        <translation>К копиям наблюдателей фото не приложено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This photo cannot be shown.</source>
        <translation>Это фото нельзя показать.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Station {code}</source>
        <translation>Участок {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{code}&lt;/b&gt; {name} — contest {contest} {contest_name}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; {name} — округ {contest} {contest_name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo:</source>
        <translation>Фото:</translation>
    </message>
</context>
</TS>
