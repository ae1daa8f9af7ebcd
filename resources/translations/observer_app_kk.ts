<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en_GB">
<context>
    <name>BugDialog</name>
    <message>
        <location filename="../../observer_app/ui/errors.py" line="+84"/>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Observer App met an error it did not expect. This is a bug in the app, not a mistake of yours. Your saved data is safe: the unfinished step was rolled back.</source>
        <translation>Observer App күтпеген қатеге тап болды. Бұл сіздің емес, бағдарламаның қатесі. Сақталған деректеріңіз аман: аяқталмаған қадам болдырылмады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details (copy them into a bug report):</source>
        <translation>Толығырақ (қате туралы хабарламаға көшіріңіз):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy details</source>
        <translation>Толығырақты көшіру</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="-57"/>
        <source>The file or value was refused</source>
        <translation>Файл немесе мән қабылданбады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be used</source>
        <translation>Бұл дерекқорды пайдалану мүмкін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot do that</source>
        <translation>Бұл әрекетті орындау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../observer_app/ui/import_dialog.py" line="+140"/>
        <source>As the definition or the mapping says</source>
        <translation>Сипаттамада немесе сәйкестендіруде көрсетілгендей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another form file…</source>
        <translation>Басқа пішін файлы…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: the table has the canonical columns</source>
        <translation>Жоқ: кестеде стандартты бағандар бар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another mapping file…</source>
        <translation>Басқа сәйкестендіру файлы…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a protocol form</source>
        <translation>Хаттама пішінін таңдаңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a mapping</source>
        <translation>Сәйкестендіруді таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files</source>
        <translation>JSON файлдары</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the election file</source>
        <translation>Сайлау файлын таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elections and results</source>
        <translation>Сайлаулар мен нәтижелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files</source>
        <translation>Барлық файлдар</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a file to see what it holds.</source>
        <translation>Ішінде не бар екенін көру үшін файлды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An election definition (JSON).</source>
        <translation>Сайлау сипаттамасы (JSON).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A results table: the election is built from its stations. Choose its protocol form unless the mapping names one.</source>
        <translation>Нәтижелер кестесі: сайлау оның учаскелері бойынша құрылады. Сәйкестендіруде көрсетілмесе, хаттама пішінін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import an election</source>
        <translation>Сайлауды импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol &amp;form:</source>
        <translation>Хаттама &amp;пішіні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mapping:</source>
        <translation>&amp;Сәйкестендіру:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election &amp;code:</source>
        <translation>Сайлау &amp;коды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election &amp;name:</source>
        <translation>Сайлау &amp;атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .json definition or a .csv, .zip or .xlsx table</source>
        <translation>.json сипаттамасы немесе .csv, .zip, .xlsx кестесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As in the file</source>
        <translation>Файлдағыдай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also store the table&apos;s figures as &amp;official results</source>
        <translation>Кестедегі сандарды &amp;ресми нәтиже ретінде де сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="+307"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Station</source>
        <translation>&amp;Учаске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent databases</source>
        <translation>&amp;Соңғы дерекқорлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Election</source>
        <translation>&amp;Сайлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New election…</source>
        <translation>&amp;Жаңа сайлау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new database file for an election: the demo or an import</source>
        <translation>Сайлау үшін жаңа дерекқор файлын бастау: демо немесе импорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a database file</source>
        <translation>Дерекқор файлын ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;server database…</source>
        <translation>&amp;Сервер дерекқорын ашу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the team&apos;s PostgreSQL database by its URL</source>
        <translation>Команданың PostgreSQL дерекқорына URL арқылы қосылу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import election…</source>
        <translation>Сайлауды &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an election from a definition file or a results table</source>
        <translation>Сайлауды сипаттама файлынан немесе нәтижелер кестесінен құру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy station code</source>
        <translation>Учаске кодын &amp;көшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected station&apos;s code</source>
        <translation>Таңдалған учаскенің кодын көшіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language and operator name</source>
        <translation>Тіл және оператор аты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contests panel</source>
        <translation>&amp;Округтер тақтасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the list of contests</source>
        <translation>Округтер тізімін көрсету немесе жасыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the stations and their statuses again</source>
        <translation>Учаскелер мен олардың күйлерін қайта оқу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Толық экран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find station</source>
        <translation>Учаскені &amp;табу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find a station by code, name or address</source>
        <translation>Учаскені коды, атауы немесе мекенжайы бойынша табу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open station</source>
        <translation>Учаскені &amp;ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or correct the protocol figures</source>
        <translation>Хаттама сандарын енгізу немесе түзету</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Double entry</source>
        <translation>&amp;Қайта енгізу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key the protocol again without seeing the first entry (blind double entry)</source>
        <translation>Бірінші енгізуді көрмей хаттаманы қайта енгізу (соқыр қос енгізу)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next station without a tally</source>
        <translation>Деректері жоқ &amp;келесі учаске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next station in the list that has no observer entry</source>
        <translation>Тізімдегі байқаушы енгізбеген келесі учаскені ашу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to the list</source>
        <translation>Тізімге &amp;оралу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the protocol form and return to the list</source>
        <translation>Хаттама пішінін жауып, тізімге оралу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare double entry</source>
        <translation>Қос енгізуді &amp;салыстыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the first and the blind second entry side by side and resolve differences</source>
        <translation>Бірінші және соқыр қайта енгізуді қатар көрсетіп, айырмашылықтарды шешу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operator &amp;error rates…</source>
        <translation>Операторлардың &amp;қателері…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many keyed figures differed from the resolved value, per operator</source>
        <translation>Әр оператор енгізген сандардың қаншасы түпкілікті мәннен өзгеше болды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Observer App</source>
        <translation>Observer App &amp;туралы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All stations</source>
        <translation>&amp;Барлық учаскелер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SYNTHETIC DEMO</source>
        <translation>СИНТЕТИКАЛЫҚ ДЕМО</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Synthetic demo: the candidates, stations and figures are invented. Never publish or cite them.</source>
        <translation>Синтетикалық демо: кандидаттар, учаскелер мен сандар ойдан шығарылған. Оларды ешқашан жарияламаңыз және оларға сілтеме жасамаңыз.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Opening the database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading the stations…</source>
        <translation>Учаскелер жүктелуде…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <source>Checking the stations…</source>
        <translation>Учаскелер тексерілуде…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Observer App databases</source>
        <translation>Observer App дерекқорлары</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>All files</source>
        <translation>Барлық файлдар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open server database</source>
        <translation>Сервер дерекқорын ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database URL, for example postgresql+psycopg://user@host/observer
(keep the password in ~/.pgpass rather than in the URL)</source>
        <translation>Дерекқор мекенжайы, мысалы postgresql+psycopg://user@host/observer
(құпиясөзді мекенжайда емес, ~/.pgpass файлында сақтаңыз)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New election database</source>
        <translation>Жаңа сайлау дерекқоры</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No recent databases</source>
        <translation>Соңғы дерекқорлар жоқ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing {file}</source>
        <translation>{file} импортталуда</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Imported {name}: %Ln station(s)</source>
        <translation>
            <numerusform>«{name}» импортталды: %Ln учаске</numerusform>
            <numerusform>«{name}» импортталды: %Ln учаске</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Creating the synthetic demo election</source>
        <translation>Синтетикалық демо сайлауы құрылуда</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Loading the election; the station opens next…</source>
        <translation>Сайлау жүктелуде; содан кейін учаске ашылады…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The protocol entry form is not part of this build.</source>
        <translation>Хаттаманы енгізу пішіні бұл жинаққа кірмейді.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Protocol</source>
        <translation>&amp;Хаттама</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operator name</source>
        <translation>Оператор аты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name as it should appear with every figure you enter (you can change it in Settings):</source>
        <translation>Сіз енгізген әр санның жанында көрсетілетін атыңыз (оны баптауларда өзгертуге болады):</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Still checking the stations…</source>
        <translation>Учаскелер әлі тексерілуде…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every station shown has a tally.</source>
        <translation>Көрсетілген барлық учаскелердің деректері бар.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>About Observer App</source>
        <translation>Observer App туралы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Protocol entry, checks and reconciliation for citizen election observers.&lt;/p&gt;&lt;p&gt;Every figure keeps who entered it, when and from which photo or file; nothing is overwritten.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Settings: {settings}&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Азаматтық сайлау байқаушыларына арналған хаттамаларды енгізу, тексеру және салыстыру.&lt;/p&gt;&lt;p&gt;Әр санның кім, қашан және қай фотодан не файлдан енгізілгені сақталады; ештеңе қайта жазылмайды.&lt;/p&gt;&lt;p&gt;Дерекқор: {database}&lt;br&gt;Баптаулар: {settings}&lt;/p&gt;&lt;p&gt;Лицензия: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigatorWidget</name>
    <message>
        <location filename="../../observer_app/ui/navigator.py" line="+392"/>
        <source>All statuses ({count})</source>
        <translation>Барлық күйлер ({count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+68"/>
        <source>All contests</source>
        <translation>Барлық округтер</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%Ln station(s)</source>
        <translation>
            <numerusform>%Ln учаске</numerusform>
            <numerusform>%Ln учаске</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>{done} of %Ln station(s) have an observer entry</source>
        <translation>
            <numerusform>%Ln учаскенің {done} учаскесінде байқаушы енгізуі бар</numerusform>
            <numerusform>%Ln учаскенің {done} учаскесінде байқаушы енгізуі бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>{shown} of %Ln station(s)</source>
        <translation>
            <numerusform>Көрсетілгені: {shown} / %Ln учаске</numerusform>
            <numerusform>Көрсетілгені: {shown} / %Ln учаске</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find:</source>
        <translation>&amp;Табу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station code, name or address (Ctrl+F)</source>
        <translation>Учаскенің коды, атауы немесе мекенжайы (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to filter the stations; Up and Down move through the results, Enter opens the selected station, Esc clears the search.</source>
        <translation>Учаскелерді сүзу үшін теріңіз; жоғары және төмен көрсеткілері нәтижелер бойынша жылжытады, Enter таңдалған учаскені ашады, Esc іздеуді тазартады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the stations with this status</source>
        <translation>Тек осы күйдегі учаскелерді көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered</source>
        <translation>Енгізілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations with an observer entry / all stations</source>
        <translation>Байқаушы енгізген учаскелер / барлық учаскелер</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../observer_app/ui/settings.py" line="+151"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Operator name:</source>
        <translation>&amp;Оператор аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as it should appear in the records</source>
        <translation>Жазбаларда көрсетілетін атыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator name is stored with every protocol you enter or correct, so a coordinator can trace each figure back to who typed it.</source>
        <translation>Оператор аты сіз енгізген немесе түзеткен әр хаттамамен бірге сақталады, сондықтан үйлестіруші әр санды кім енгізгенін анықтай алады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings file: {path}</source>
        <translation>Баптаулар файлы: {path}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../observer_app/ui/shortcuts.py" line="+59"/>
        <source>Type letters or digits</source>
        <translation>Әріптер не сандар теріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find: the list narrows as you type</source>
        <translation>Іздеу: тізім терген сайын тарылады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Жоғары, Төмен, Page Up, Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move through the stations, even while finding</source>
        <translation>Учаскелер бойынша жылжу, іздеу кезінде де</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc in the find box</source>
        <translation>Іздеу өрісінде Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Іздеуді тазарту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click</source>
        <translation>Екі рет шерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the station</source>
        <translation>Учаскені ашу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything the app does is in a menu, and everything in a menu has a key. Keys of the protocol form are listed while a station is open.</source>
        <translation>Бағдарлама істейтін барлық әрекет мәзірде бар, ал мәзірдегі әр әрекеттің пернесі бар. Хаттама пішінінің пернелері учаске ашық тұрғанда көрсетіледі.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In the station list</source>
        <translation>Учаскелер тізімінде</translation>
    </message>
</context>
<context>
    <name>StationStatus</name>
    <message>
        <location filename="../../observer_app/ui/navigator_model.py" line="+80"/>
        <source>No tally</source>
        <translation>Енгізілмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Нобай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered</source>
        <translation>Енгізілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-entered, matching</source>
        <translation>Қос енгізу сәйкес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-entered, differing</source>
        <translation>Қос енгізу сәйкес емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has errors</source>
        <translation>Қателер бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official figures only</source>
        <translation>Тек ресми деректер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing entered for this station</source>
        <translation>Бұл учаске бойынша ештеңе енгізілмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry started but not saved as final</source>
        <translation>Енгізу басталды, бірақ түпкілікті ретінде сақталмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved; no blind second entry yet</source>
        <translation>Сақталды; соқыр қайта енгізу әлі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The blind second entry agrees with the first (or every difference is resolved)</source>
        <translation>Соқыр қайта енгізу біріншісімен сәйкес (немесе барлық айырмашылық шешілген)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The blind second entry differs from the first: resolve the differences</source>
        <translation>Соқыр қайта енгізу біріншісінен өзгеше: айырмашылықтарды шешіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved figures break a control relation of the protocol</source>
        <translation>Сақталған сандар хаттаманың бақылау арақатынасын бұзады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Official figures are imported; no observer entry yet</source>
        <translation>Ресми деректер импортталды; байқаушы әлі енгізбеген</translation>
    </message>
</context>
<context>
    <name>StationTable</name>
    <message>
        <location line="-36"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voters</source>
        <translation>Сайлаушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered voters</source>
        <translation>Тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official figures imported</source>
        <translation>Ресми деректер импортталған</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/status_line.py" line="+90"/>
        <source>{status}: %Ln station(s). Click to show only these.</source>
        <translation>
            <numerusform>{status}: %Ln учаске. Тек соларды көрсету үшін шертіңіз.</numerusform>
            <numerusform>{status}: %Ln учаске. Тек соларды көрсету үшін шертіңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Database: {name}</source>
        <translation>Дерекқор: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operator: {name}</source>
        <translation>Оператор: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator: not set</source>
        <translation>Оператор: көрсетілмеген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name saved with your entries (click to change)</source>
        <translation>Енгізулеріңізбен бірге сақталатын ат (өзгерту үшін шертіңіз)</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../../observer_app/ui/workers.py" line="+139"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling… the unfinished step is being rolled back.</source>
        <translation>Тоқтатылуда… аяқталмаған қадам кері қайтарылуда.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {total}</source>
        <translation>{total} ішінен {done}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../observer_app/ui/welcome.py" line="+164"/>
        <source>Welcome</source>
        <translation>Қош келдіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Қазір емес</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location line="-67"/>
        <source>Database: {name}</source>
        <translation>Дерекқор: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to {app}</source>
        <translation>{app} бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database holds no election yet. Start with the demo to see how the app works, or bring in the election you observe.</source>
        <translation>Бұл дерекқорда әлі сайлау жоқ. Бағдарламаның қалай жұмыс істейтінін көру үшін демодан бастаңыз немесе өзіңіз бақылайтын сайлауды жүктеңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the synthetic demo</source>
        <translation>Синтетикалық демоны &amp;ашу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shape of Kazakhstan&apos;s akim elections of 5 November 2023: 45 contests and 1,491 stations with invented candidates and figures, a few planted errors to find. Never publish its figures.</source>
        <translation>Қазақстандағы 2023 жылғы 5 қарашадағы әкімдер сайлауының құрылымы: 45 округ және 1 491 учаске, кандидаттар мен сандар ойдан шығарылған, табуға арналған бірнеше әдейі қате бар. Бұл сандарды ешқашан жарияламаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import an election…</source>
        <translation>Сайлауды &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From an election definition (JSON) or a results table (CSV, XLSX, ZIP) with one row per polling station.</source>
        <translation>Сайлау сипаттамасынан (JSON) немесе әр жолы бір сайлау учаскесі болатын нәтижелер кестесінен (CSV, XLSX, ZIP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open another &amp;database…</source>
        <translation>Басқа &amp;дерекқорды ашу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database file a colleague gave you, or the team&apos;s server database.</source>
        <translation>Әріптесіңіз берген дерекқор файлы немесе команданың сервер дерекқоры.</translation>
    </message>
</context>
</TS>
