<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en_GB">
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/import_wizard.py" line="+225"/>
        <source>Holds</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— skip —</source>
        <translation>— өткізіп жіберу —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station code (part)</source>
        <translation>Учаске коды (бөлігі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ballot no. {n}</source>
        <translation>бюллетеньдегі № {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidate: {name}</source>
        <translation>Кандидат: {name}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{lines} lines and {cands} candidates assigned.</source>
        <translation>Тағайындалған жолдар: {lines}, кандидаттар: {cands}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the contest column.</source>
        <translation>Округ бағанын көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the station code column(s).</source>
        <translation>Учаске коды бағанын (бағандарын) көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save mapping</source>
        <translation>Сәйкестендіруді сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping (*.json)</source>
        <translation>Сәйкестендіру (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mapping saved: {path}</source>
        <translation>Сәйкестендіру сақталды: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What does each column hold?</source>
        <translation>Әр бағанда не бар?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guessed from the headers; correct any column in the first row. Several station columns are joined with &apos;/&apos; (region/number).</source>
        <translation>Тақырыптар бойынша болжанды; кез келген бағанды бірінші жолда түзетіңіз. Учаскенің бірнеше бағаны «/» арқылы біріктіріледі (өңір/нөмір).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save mapping…</source>
        <translation>Сәйкестендіруді &amp;сақтау…</translation>
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
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed</source>
        <translation>Бақыланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voter coverage</source>
        <translation>Сайлаушыларды қамту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discrepant stations</source>
        <translation>Алшақтығы бар учаскелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official winner</source>
        <translation>Ресми жеңімпаз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner-up</source>
        <translation>Екінші орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin if corrected</source>
        <translation>Түзетуден кейінгі айырма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome impact</source>
        <translation>Нәтижеге әсері</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no official figures</source>
        <translation>ресми деректер жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could change the winner</source>
        <translation>жеңімпазды өзгертуі мүмкін</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net shift between winner and runner-up: {shift}</source>
        <translation>Жеңімпаз бен екінші орын арасындағы таза ығысу: {shift}</translation>
    </message>
</context>
<context>
    <name>ContestsView</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/views.py" line="+198"/>
        <source>No reconciliation yet.</source>
        <translation>Салыстыру әлі жасалған жоқ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{contests} contests, {observed} of {stations} stations observed. Contests where the discrepancies alone could change the winner: {flagged}.</source>
        <translation>Округтер: {contests}; {stations} учаскенің {observed} бақыланды. Тек алшақтықтардың өзі жеңімпазды өзгерте алатын округтер: {flagged}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>DiscrepanciesView</name>
    <message>
        <location line="-104"/>
        <location line="+48"/>
        <source>All contests</source>
        <translation>Барлық округтер</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{shown} of {total} findings</source>
        <translation>{total} ішінен {shown} көрсетілді</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontest:</source>
        <translation>&amp;Округ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Difference at least:</source>
        <translation>&amp;Айырма кемінде:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find station, line or observer…</source>
        <translation>Учаскені, жолды не байқаушыны табу…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/import_wizard.py" line="-181"/>
        <source>Choose a table</source>
        <translation>Кестені таңдаңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tables (*.csv *.tsv *.txt *.zip *.xlsx)</source>
        <translation>Кестелер (*.csv *.tsv *.txt *.zip *.xlsx)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Which file?</source>
        <translation>Қай файл?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (any encoding, comma, semicolon or tab), CSV in a .zip, or XLSX.</source>
        <translation>CSV (кез келген кодтау; үтір, нүктелі үтір не табуляция), .zip ішіндегі CSV не XLSX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Official results by station</source>
        <translation>Учаскелер бойынша ресми нәтижелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer copies</source>
        <translation>Байқаушы көшірмелері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official contest totals</source>
        <translation>Округтер бойынша ресми қорытындылар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What it holds:</source>
        <translation>Файлда &amp;не бар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;bserver:</source>
        <translation>&amp;Байқаушы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source (URL or note):</source>
        <translation>&amp;Дереккөз (сілтеме не ескертпе):</translation>
    </message>
</context>
<context>
    <name>FindingKinds</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/models.py" line="-244"/>
        <source>Station discrepancy</source>
        <translation>Учаскедегі алшақтық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observers disagree</source>
        <translation>Байқаушылар келіспейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arithmetic</source>
        <translation>Арифметика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest totals</source>
        <translation>Округ қорытындысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome impact</source>
        <translation>Нәтижеге әсері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official revision</source>
        <translation>Ресми деректердің өзгеруі</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location line="+53"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Байқаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who / what</source>
        <translation>Кім / не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/import_wizard.py" line="+260"/>
        <source>Importing {file}</source>
        <translation>{file} импорттау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: nothing was stored.</source>
        <translation>Бас тартылды: ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import results</source>
        <translation>Нәтижелерді импорттау</translation>
    </message>
</context>
<context>
    <name>ReconcileWindow</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/window.py" line="+82"/>
        <source>Reconciling with the official results</source>
        <translation>Ресми нәтижелермен салыстыру</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Workbook saved: {path}</source>
        <translation>Кітап сақталды: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорттан бас тартылды: ештеңе жазылмады.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reconciliation with the official results</source>
        <translation>Ресми нәтижелермен салыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discrepancies</source>
        <translation>&amp;Алшақтықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contests</source>
        <translation>&amp;Округтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reconcile again</source>
        <translation>Қайта &amp;салыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to Excel…</source>
        <translation>Excel-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;official results…</source>
        <translation>&amp;Ресми нәтижелерді импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contest &amp;totals…</source>
        <translation>Округ &amp;қорытындыларын импорттау…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconciling…</source>
        <translation>Салыстырылуда…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{election}. Observer copies: {observer}; official tallies: {official}; station discrepancies: {disc}; contests where the winner could change: {impact}</source>
        <translation>{election}. Байқаушы көшірмелері: {observer}; ресми хаттамалар: {official}; учаскедегі алшақтықтар: {disc}; жеңімпаз өзгеруі мүмкін округтер: {impact}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SYNTHETIC DEMO</source>
        <translation>СИНТЕТИКАЛЫҚ ДЕМО</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/import_wizard.py" line="-107"/>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: nothing was stored. Fix these and import again:</source>
        <translation>Қабылданбады: ештеңе сақталмады. Түзетіп, қайта импорттаңыз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored. The whole file was checked first.</source>
        <translation>Сақталды. Алдымен бүкіл файл тексерілді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contest totals stored for: {contests}</source>
        <translation>Қорытындылар сақталған округтер: {contests}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{rows} rows read: {created} new, {revised} revised, {unchanged} unchanged.</source>
        <translation>Оқылған жолдар: {rows}; жаңа: {created}, өзгерген: {revised}, өзгеріссіз: {unchanged}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Official snapshot #{id}.</source>
        <translation>Ресми көшірме № {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stations whose official figures changed: {stations}</source>
        <translation>Ресми деректері өзгерген учаскелер: {stations}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
</context>
<context>
    <name>ResultsMenu</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/menu.py" line="+63"/>
        <source>No election open</source>
        <translation>Сайлау ашылмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a database with an election first (File &gt; Open or New election).</source>
        <translation>Алдымен сайлауы бар дерекқорды ашыңыз (Файл &gt; Ашу не Жаңа сайлау).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Results</source>
        <translation>&amp;Нәтижелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reconcile with official results…</source>
        <translation>Ресми нәтижелермен &amp;салыстыру…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the observers&apos; copies against the official figures</source>
        <translation>Байқаушы көшірмелерін ресми деректермен салыстыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;official results…</source>
        <translation>&amp;Ресми нәтижелерді импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contest &amp;totals…</source>
        <translation>Округ &amp;қорытындыларын импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import o&amp;bserver copies…</source>
        <translation>&amp;Байқаушы көшірмелерін импорттау…</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/station_dialog.py" line="+81"/>
        <source>Official figures from {file}</source>
        <translation>{file} ішіндегі ресми деректер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>observer</source>
        <translation>байқаушы</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Observer copy {uid}, revision {rev}</source>
        <translation>Байқаушы көшірмесі {uid}, нұсқа {rev}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The coordinator&apos;s decision</source>
        <translation>Үйлестірушінің шешімі</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No photo attached to the observer copies.</source>
        <translation>Байқаушы көшірмелеріне фото тіркелмеген.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This photo cannot be shown.</source>
        <translation>Бұл фотоны көрсету мүмкін емес.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Station {code}</source>
        <translation>Учаске {code}</translation>
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
