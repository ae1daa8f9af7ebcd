<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>BugDialog</name>
    <message>
        <location filename="../../observer_app/ui/errors.py" line="+84"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Observer App met an error it did not expect. This is a bug in the app, not a mistake of yours. Your saved data is safe: the unfinished step was rolled back.</source>
        <translation>В Observer App произошла непредвиденная ошибка. Это ошибка самой программы, а не ваша. Сохранённые данные в безопасности: незавершённый шаг отменён.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details (copy them into a bug report):</source>
        <translation>Подробности (скопируйте их в сообщение об ошибке):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="-57"/>
        <source>The file or value was refused</source>
        <translation>Файл или значение отклонены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be used</source>
        <translation>Эту базу данных нельзя использовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot do that</source>
        <translation>Это действие невозможно</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../observer_app/ui/import_dialog.py" line="+140"/>
        <source>As the definition or the mapping says</source>
        <translation>Как указано в описании или сопоставлении</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another form file…</source>
        <translation>Другой файл формы…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: the table has the canonical columns</source>
        <translation>Нет: в таблице стандартные столбцы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another mapping file…</source>
        <translation>Другой файл сопоставления…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a protocol form</source>
        <translation>Выберите форму протокола</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a mapping</source>
        <translation>Выберите сопоставление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files</source>
        <translation>Файлы JSON</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the election file</source>
        <translation>Выберите файл выборов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elections and results</source>
        <translation>Выборы и результаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a file to see what it holds.</source>
        <translation>Выберите файл, чтобы увидеть, что в нём.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An election definition (JSON).</source>
        <translation>Описание выборов (JSON).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A results table: the election is built from its stations. Choose its protocol form unless the mapping names one.</source>
        <translation>Таблица результатов: выборы строятся по её участкам. Выберите форму протокола, если сопоставление её не указывает.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import an election</source>
        <translation>Импорт выборов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol &amp;form:</source>
        <translation>&amp;Форма протокола:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mapping:</source>
        <translation>&amp;Сопоставление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election &amp;code:</source>
        <translation>&amp;Код выборов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election &amp;name:</source>
        <translation>&amp;Название выборов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .json definition or a .csv, .zip or .xlsx table</source>
        <translation>Описание .json или таблица .csv, .zip, .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As in the file</source>
        <translation>Как в файле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also store the table&apos;s figures as &amp;official results</source>
        <translation>Также сохранить цифры таблицы как &amp;официальные результаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
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
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Station</source>
        <translation>&amp;Участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent databases</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Election</source>
        <translation>&amp;Выборы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New election…</source>
        <translation>&amp;Новые выборы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new database file for an election: the demo or an import</source>
        <translation>Создать новый файл базы данных для выборов: демо или импорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a database file</source>
        <translation>Открыть файл базы данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;server database…</source>
        <translation>Открыть &amp;серверную базу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the team&apos;s PostgreSQL database by its URL</source>
        <translation>Подключиться к базе PostgreSQL команды по её адресу (URL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import election…</source>
        <translation>&amp;Импорт выборов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an election from a definition file or a results table</source>
        <translation>Создать выборы из файла описания или таблицы результатов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy station code</source>
        <translation>&amp;Копировать код участка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected station&apos;s code</source>
        <translation>Скопировать код выбранного участка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language and operator name</source>
        <translation>Язык и имя оператора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contests panel</source>
        <translation>Панель &amp;округов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the list of contests</source>
        <translation>Показать или скрыть список округов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the stations and their statuses again</source>
        <translation>Заново прочитать участки и их статусы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Во весь экран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find station</source>
        <translation>&amp;Найти участок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find a station by code, name or address</source>
        <translation>Найти участок по коду, названию или адресу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open station</source>
        <translation>&amp;Открыть участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or correct the protocol figures</source>
        <translation>Ввести или исправить цифры протокола</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Double entry</source>
        <translation>&amp;Повторный ввод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key the protocol again without seeing the first entry (blind double entry)</source>
        <translation>Ввести протокол ещё раз, не видя первого ввода (слепой двойной ввод)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next station without a tally</source>
        <translation>&amp;Следующий участок без данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next station in the list that has no observer entry</source>
        <translation>Открыть следующий в списке участок без ввода наблюдателя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Назад к списку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the protocol form and return to the list</source>
        <translation>Закрыть форму протокола и вернуться к списку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare double entry</source>
        <translation>&amp;Сравнить двойной ввод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the first and the blind second entry side by side and resolve differences</source>
        <translation>Показать первый и слепой повторный ввод рядом и устранить расхождения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operator &amp;error rates…</source>
        <translation>&amp;Ошибки операторов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many keyed figures differed from the resolved value, per operator</source>
        <translation>Сколько введённых цифр разошлись с итоговым значением, по каждому оператору</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Observer App</source>
        <translation>&amp;О программе Observer App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All stations</source>
        <translation>&amp;Все участки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening the database…</source>
        <translation>Открываем базу данных…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SYNTHETIC DEMO</source>
        <translation>СИНТЕТИЧЕСКОЕ ДЕМО</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Synthetic demo: the candidates, stations and figures are invented. Never publish or cite them.</source>
        <translation>Синтетическое демо: кандидаты, участки и цифры вымышлены. Никогда не публикуйте и не цитируйте их.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading the stations…</source>
        <translation>Загрузка участков…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <source>Checking the stations…</source>
        <translation>Проверка участков…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Observer App databases</source>
        <translation>Базы данных Observer App</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open server database</source>
        <translation>Открыть серверную базу данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database URL, for example postgresql+psycopg://user@host/observer
(keep the password in ~/.pgpass rather than in the URL)</source>
        <translation>Адрес базы данных, например postgresql+psycopg://user@host/observer
(храните пароль в ~/.pgpass, а не в адресе)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New election database</source>
        <translation>Новая база данных выборов</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No recent databases</source>
        <translation>Нет недавних баз данных</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Imported {name}: %Ln station(s)</source>
        <translation>
            <numerusform>Импортировано «{name}»: %Ln участок</numerusform>
            <numerusform>Импортировано «{name}»: %Ln участка</numerusform>
            <numerusform>Импортировано «{name}»: %Ln участков</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Creating the synthetic demo election</source>
        <translation>Создание синтетических демо-выборов</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Loading the election; the station opens next…</source>
        <translation>Загрузка выборов; затем откроется участок…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The protocol entry form is not part of this build.</source>
        <translation>Форма ввода протокола не входит в эту сборку.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Protocol</source>
        <translation>&amp;Протокол</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operator name</source>
        <translation>Имя оператора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name as it should appear with every figure you enter (you can change it in Settings):</source>
        <translation>Ваше имя, как оно должно стоять у каждой введённой вами цифры (его можно изменить в настройках):</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Still checking the stations…</source>
        <translation>Участки ещё проверяются…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every station shown has a tally.</source>
        <translation>У всех показанных участков есть данные.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>About Observer App</source>
        <translation>О программе Observer App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Protocol entry, checks and reconciliation for citizen election observers.&lt;/p&gt;&lt;p&gt;Every figure keeps who entered it, when and from which photo or file; nothing is overwritten.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Settings: {settings}&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Ввод протоколов, проверки и сверка для гражданских наблюдателей на выборах.&lt;/p&gt;&lt;p&gt;У каждой цифры сохраняется, кто её ввёл, когда и с какого фото или файла; ничего не перезаписывается.&lt;/p&gt;&lt;p&gt;База данных: {database}&lt;br&gt;Настройки: {settings}&lt;/p&gt;&lt;p&gt;Лицензия: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigatorWidget</name>
    <message>
        <location filename="../../observer_app/ui/navigator.py" line="+392"/>
        <source>All statuses ({count})</source>
        <translation>Все статусы ({count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+68"/>
        <source>All contests</source>
        <translation>Все округа</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%Ln station(s)</source>
        <translation>
            <numerusform>%Ln участок</numerusform>
            <numerusform>%Ln участка</numerusform>
            <numerusform>%Ln участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>{done} of %Ln station(s) have an observer entry</source>
        <translation>
            <numerusform>Ввод наблюдателя есть у {done} из %Ln участка</numerusform>
            <numerusform>Ввод наблюдателя есть у {done} из %Ln участков</numerusform>
            <numerusform>Ввод наблюдателя есть у {done} из %Ln участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>{shown} of %Ln station(s)</source>
        <translation>
            <numerusform>{shown} из %Ln участка</numerusform>
            <numerusform>{shown} из %Ln участков</numerusform>
            <numerusform>{shown} из %Ln участков</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station code, name or address (Ctrl+F)</source>
        <translation>Код, название или адрес участка (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to filter the stations; Up and Down move through the results, Enter opens the selected station, Esc clears the search.</source>
        <translation>Печатайте, чтобы отобрать участки; стрелки вверх и вниз перемещают по результатам, Enter открывает выбранный участок, Esc очищает поиск.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the stations with this status</source>
        <translation>Показывать только участки с этим статусом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered</source>
        <translation>Введено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations with an observer entry / all stations</source>
        <translation>Участки с вводом наблюдателя / все участки</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../observer_app/ui/settings.py" line="+151"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Operator name:</source>
        <translation>&amp;Имя оператора:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as it should appear in the records</source>
        <translation>Ваше имя, как оно будет в записях</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator name is stored with every protocol you enter or correct, so a coordinator can trace each figure back to who typed it.</source>
        <translation>Имя оператора сохраняется с каждым введённым или исправленным протоколом, чтобы координатор мог проследить каждую цифру до того, кто её ввёл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings file: {path}</source>
        <translation>Файл настроек: {path}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../observer_app/ui/shortcuts.py" line="+59"/>
        <source>Type letters or digits</source>
        <translation>Печатайте буквы или цифры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find: the list narrows as you type</source>
        <translation>Поиск: список сужается по мере ввода</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Вверх, Вниз, Page Up, Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move through the stations, even while finding</source>
        <translation>Перемещение по участкам, в том числе во время поиска</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc in the find box</source>
        <translation>Esc в поле поиска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click</source>
        <translation>Двойной щелчок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the station</source>
        <translation>Открыть участок</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything the app does is in a menu, and everything in a menu has a key. Keys of the protocol form are listed while a station is open.</source>
        <translation>Всё, что умеет программа, есть в меню, и у всего в меню есть клавиша. Клавиши формы протокола показаны, пока открыт участок.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In the station list</source>
        <translation>В списке участков</translation>
    </message>
</context>
<context>
    <name>StationStatus</name>
    <message>
        <location filename="../../observer_app/ui/navigator_model.py" line="+80"/>
        <source>No tally</source>
        <translation>Не введён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered</source>
        <translation>Введён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-entered, matching</source>
        <translation>Двойной ввод совпал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-entered, differing</source>
        <translation>Двойной ввод расходится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has errors</source>
        <translation>Есть ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official figures only</source>
        <translation>Только официальные данные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing entered for this station</source>
        <translation>По этому участку ничего не введено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry started but not saved as final</source>
        <translation>Ввод начат, но не сохранён как окончательный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved; no blind second entry yet</source>
        <translation>Сохранён; слепого повторного ввода ещё нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The blind second entry agrees with the first (or every difference is resolved)</source>
        <translation>Слепой повторный ввод совпадает с первым (или все расхождения устранены)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The blind second entry differs from the first: resolve the differences</source>
        <translation>Слепой повторный ввод расходится с первым: устраните расхождения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved figures break a control relation of the protocol</source>
        <translation>Сохранённые цифры нарушают контрольное соотношение протокола</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Official figures are imported; no observer entry yet</source>
        <translation>Официальные данные импортированы; ввода наблюдателя ещё нет</translation>
    </message>
</context>
<context>
    <name>StationTable</name>
    <message>
        <location line="-36"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voters</source>
        <translation>Избирателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Офиц.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered voters</source>
        <translation>Избирателей в списке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official figures imported</source>
        <translation>Официальные данные импортированы</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/status_line.py" line="+90"/>
        <source>{status}: %Ln station(s). Click to show only these.</source>
        <translation>
            <numerusform>{status}: %Ln участок. Щёлкните, чтобы показать только его.</numerusform>
            <numerusform>{status}: %Ln участка. Щёлкните, чтобы показать только их.</numerusform>
            <numerusform>{status}: %Ln участков. Щёлкните, чтобы показать только их.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operator: {name}</source>
        <translation>Оператор: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator: not set</source>
        <translation>Оператор: не указан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name saved with your entries (click to change)</source>
        <translation>Имя, сохраняемое с вашими вводами (щёлкните, чтобы изменить)</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../../observer_app/ui/workers.py" line="+139"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling… the unfinished step is being rolled back.</source>
        <translation>Отмена… незавершённый шаг откатывается.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../observer_app/ui/welcome.py" line="+164"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location line="-67"/>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to {app}</source>
        <translation>Добро пожаловать в {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database holds no election yet. Start with the demo to see how the app works, or bring in the election you observe.</source>
        <translation>В этой базе данных ещё нет выборов. Начните с демо, чтобы увидеть, как работает программа, или загрузите выборы, за которыми вы наблюдаете.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the synthetic demo</source>
        <translation>&amp;Открыть синтетическое демо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shape of Kazakhstan&apos;s akim elections of 5 November 2023: 45 contests and 1,491 stations with invented candidates and figures, a few planted errors to find. Never publish its figures.</source>
        <translation>Структура выборов акимов в Казахстане 5 ноября 2023 года: 45 округов и 1 491 участок с вымышленными кандидатами и цифрами и несколькими заложенными ошибками, которые нужно найти. Никогда не публикуйте эти цифры.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import an election…</source>
        <translation>&amp;Импортировать выборы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From an election definition (JSON) or a results table (CSV, XLSX, ZIP) with one row per polling station.</source>
        <translation>Из описания выборов (JSON) или таблицы результатов (CSV, XLSX, ZIP), где одна строка — один избирательный участок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open another &amp;database…</source>
        <translation>Открыть другую &amp;базу данных…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database file a colleague gave you, or the team&apos;s server database.</source>
        <translation>Файл базы данных от коллеги или серверная база данных команды.</translation>
    </message>
</context>
</TS>
