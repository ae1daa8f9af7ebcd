<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en_GB">
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/entry/checks_panel.py" line="+133" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>No broken checks so far.</source>
        <translation>Әзірге бірде-бір тексеру бұзылған жоқ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All checks pass.</source>
        <translation>Барлық тексеру сәтті өтті.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checks</source>
        <translation>Тексерулер</translation>
    </message>
</context>
<context>
    <name>DoubleEntryView</name>
    <message>
        <location filename="../../observer_app/ui/entry/double_entry_view.py" line="+109" />
        <source>Checks of the resolved figures</source>
        <translation>Қорытынды сандарды тексеру</translation>
    </message>
    <message>
        <location line="+124" />
        <source>Reason (optional)</source>
        <translation>Себебі (міндетті емес)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason (required)</source>
        <translation>Себебі (міндетті)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Choose or type the right value for: {figure}.</source>
        <translation>Мына жол үшін дұрыс мәнді таңдаңыз немесе енгізіңіз: {figure}.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{figure}: {value} is neither entry's value. Say why in the reason field (for example, what the photo shows).</source>
        <translation>{figure}: {value} енгізулердің ешқайсысына сәйкес келмейді. Себебін жазыңыз (мысалы, фотода не көрінеді).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not resolved: {error}</source>
        <translation>Шешілмеді: {error}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Resolved. The observer's tally now holds the resolved figures; each decision is recorded with your name and reason.</source>
        <translation>Дайын. Бақылаушы деректерінде енді қорытынды сандар тұр; әр шешім сіздің атыңызбен және себебімен жазылды.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Not comparable yet</source>
        <translation>Әзірге салыстыруға болмайды</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n difference(s) to resolve</source>
        <translation>
            <numerusform>%n айырмашылықты шешу керек</numerusform>
            <numerusform>%n айырмашылықты шешу керек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>All differences resolved</source>
        <translation>Барлық айырмашылық шешілді</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entries match</source>
        <translation>Енгізулер сәйкес</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double entry: polling station {code}</source>
        <translation>Қос енгізу: {code} учаскесі</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This station needs both the observer's entry and a blind second entry before they can be compared.</source>
        <translation>Салыстыру үшін осы учаскенің бақылаушы енгізуі де, соқыр қайта енгізуі де қажет.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>First entry: {first} (revision {r1}) · Second entry: {second} (revision {r2}) · {same} figures match</source>
        <translation>Бірінші енгізу: {first} ({r1}-редакция) · Қайта енгізу: {second} ({r2}-редакция) · сәйкес сандар: {same}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Both entries have the same figures: nothing to resolve.</source>
        <translation>Екі енгізудің сандары бірдей: шешетін ештеңе жоқ.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Figure</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First entry</source>
        <translation>Бірінші енгізу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second entry</source>
        <translation>Қайта енгізу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Right value</source>
        <translation>Дұрыс мән</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Take the first entry's value</source>
        <translation>Бірінші енгізудің мәнін алу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take the second entry's value</source>
        <translation>Қайта енгізудің мәнін алу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The value the paper protocol shows</source>
        <translation>Қағаз хаттамадағы мән</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Resolved by {who} on {when}</source>
        <translation>Шешкен: {who}, {when}</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+4" />
        <source>Apply resolution</source>
        <translation>Шешімді қолдану</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Store the chosen values (Ctrl+Enter)</source>
        <translation>Таңдалған мәндерді сақтау (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operator error rates…</source>
        <translation>Операторлардың қате үлесі…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the station list</source>
        <translation>Учаскелер тізіміне оралу</translation>
    </message>
</context>
<context>
    <name>EntryTexts</name>
    <message>
        <location filename="../../observer_app/ui/entry/texts.py" line="+27" />
        <source>art.</source>
        <translation>бап</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Line {number}: {label}</source>
        <translation>{number}-жол: {label}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>typed in</source>
        <translation>қолмен енгізілді</translation>
    </message>
    <message>
        <location line="+1" />
        <source>second entry</source>
        <translation>қайта енгізу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>double-entry resolution</source>
        <translation>қос енгізу бойынша шешім</translation>
    </message>
    <message>
        <location line="+1" />
        <source>imported from a file</source>
        <translation>файлдан импортталды</translation>
    </message>
    <message>
        <location line="+1" />
        <source>from an observer's package</source>
        <translation>бақылаушы пакетінен</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Observer's entry</source>
        <translation>Бақылаушы енгізуі</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second entry (blind)</source>
        <translation>Қайта енгізу (соқыр)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Official figures</source>
        <translation>Ресми деректер</translation>
    </message>
    <message>
        <location line="+27" />
        <source>{file}: the file cannot be read.</source>
        <translation>{file}: файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: the file is empty.</source>
        <translation>{file}: файл бос.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: the file is too large for a photo.</source>
        <translation>{file}: файл фотосурет үшін тым үлкен.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: not a JPEG or PNG photo.</source>
        <translation>{file}: бұл JPEG не PNG фотосуреті емес.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: the image is damaged or incomplete.</source>
        <translation>{file}: сурет бүлінген немесе толық емес.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n field(s) still blank</source>
        <translation>
            <numerusform>%n жол әлі толтырылмаған</numerusform>
            <numerusform>%n жол әлі толтырылмаған</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryWidget</name>
    <message>
        <location filename="../../observer_app/ui/entry/entry_widget.py" line="+253" />
        <source>Operator: {name}</source>
        <translation>Оператор: {name}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(not set)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Polling station {code}</source>
        <translation>{code} учаскесі</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Blind second keying: the first entry is not shown.</source>
        <translation>Соқыр қайта енгізу: бірінші енгізу көрсетілмейді.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The observer's own entry of this protocol.</source>
        <translation>Бақылаушының осы хаттаманы өзі енгізуі.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The protocol copy itself is wrong (record it exactly as written)</source>
        <translation>Хаттама көшірмесінің өзінде қате бар (жазылғандай дәл енгізу)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tick when the official copy breaks the checks as written: the figures are saved as they are on paper, with your note explaining what is wrong.</source>
        <translation>Ресми көшірменің өзі бақылау арақатынастарын бұзса, белгілеңіз: сандар қағаздағыдай сақталады, ал ескертпеде не дұрыс емес екенін түсіндіріңіз.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Note (required when the copy is marked wrong):</source>
        <translation>&amp;Ескертпе (көшірме қате деп белгіленсе, міндетті):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What is wrong with the paper copy: which lines, corrections, missing stamps…</source>
        <translation>Қағаз көшірмеде не дұрыс емес: қай жолдар, түзетулер, мөр жоқ…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the protocol (Ctrl+S)</source>
        <translation>Хаттаманы сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as draft</source>
        <translation>Жоба ретінде сақтау</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep the figures as an unfinished tally, errors and all (Ctrl+Shift+S)</source>
        <translation>Сандарды қателерімен бірге аяқталмаған күйде сақтау (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Discard changes</source>
        <translation>Өзгерістерден бас тарту</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back to the last saved figures</source>
        <translation>Соңғы сақталған сандарға оралу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save protocol</source>
        <translation>Хаттаманы сақтау</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save protocol as draft</source>
        <translation>Хаттаманы жоба ретінде сақтау</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the station list</source>
        <translation>Учаскелер тізіміне оралу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom photo in</source>
        <translation>Фотоны үлкейту</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom photo out</source>
        <translation>Фотоны кішірейту</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit photo</source>
        <translation>Фотоны толық көрсету</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rotate photo left</source>
        <translation>Фотоны солға бұру</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rotate photo right</source>
        <translation>Фотоны оңға бұру</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Unsaved figures from {time} were restored. Check them against the photo and save, or discard them.</source>
        <translation>{time} кезіндегі сақталмаған сандар қалпына келтірілді. Оларды фотомен салыстырып, сақтаңыз немесе бас тартыңыз.</translation>
    </message>
    <message>
        <location line="+108" />
        <source>Could not keep the draft: {error}</source>
        <translation>Жобаны сақтау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location line="+0" />
        <source>final</source>
        <translation>түпкілікті</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved revision {n} ({kind}).</source>
        <translation>{n}-редакция сақталды ({kind}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not saved yet.</source>
        <translation>Әлі сақталмаған.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unsaved changes: keeping a draft…</source>
        <translation>Сақталмаған өзгерістер бар: жоба жазылуда…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unsaved changes kept as a draft at {time}.</source>
        <translation>Сақталмаған өзгерістер {time} кезінде жобаға жазылды.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unsaved changes kept as a draft.</source>
        <translation>Сақталмаған өзгерістер жобаға жазылды.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Not saved: describe in the note what is wrong with the protocol copy. The note is kept with the figures.</source>
        <translation>Сақталмады: хаттама көшірмесінде не дұрыс емес екенін ескертпеде сипаттаңыз. Ескертпе сандармен бірге сақталады.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Not saved: {error}</source>
        <translation>Сақталмады: {error}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Saved: revision {n}.</source>
        <translation>Сақталды: {n}-редакция.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n warning(s) remain; check them against the photo.</source>
        <translation>
            <numerusform>%n ескерту қалды; оларды фотомен салыстырыңыз.</numerusform>
            <numerusform>%n ескерту қалды; оларды фотомен салыстырыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved as a draft: revision {n}. It is not final until saved without errors.</source>
        <translation>Жоба ретінде сақталды: {n}-редакция. Қатесіз сақталғанда ғана түпкілікті болады.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Not saved: %n error(s) in the figures. Correct them; or save as a draft (Ctrl+Shift+S); or, if the paper copy itself is wrong, tick the box below and describe it in the note.</source>
        <translation>
            <numerusform>Сақталмады: сандарда %n қате бар. Оларды түзетіңіз; немесе жоба ретінде сақтаңыз (Ctrl+Shift+S); немесе қате қағаз көшірменің өзінде болса, төмендегі белгіні қойып, оны ескертпеде сипаттаңыз.</numerusform>
            <numerusform>Сақталмады: сандарда %n қате бар. Оларды түзетіңіз; немесе жоба ретінде сақтаңыз (Ctrl+Shift+S); немесе қате қағаз көшірменің өзінде болса, төмендегі белгіні қойып, оны ескертпеде сипаттаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Not saved: %n field(s) still blank. Type 0 where the protocol says none; or save as a draft (Ctrl+Shift+S).</source>
        <translation>
            <numerusform>Сақталмады: %n жол толтырылмаған. Хаттамада нөл болса, 0 енгізіңіз; немесе жоба ретінде сақтаңыз (Ctrl+Shift+S).</numerusform>
            <numerusform>Сақталмады: %n жол толтырылмаған. Хаттамада нөл болса, 0 енгізіңіз; немесе жоба ретінде сақтаңыз (Ctrl+Shift+S).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35" />
        <source>Changes discarded: the saved figures are shown.</source>
        <translation>Өзгерістерден бас тартылды: сақталған сандар көрсетілді.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Attach photos of the protocol</source>
        <translation>Хаттаманың фотосуреттерін тіркеу</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Фотосуреттер (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Storing photos in the database</source>
        <translation>Фотосуреттер дерекқорға сақталуда</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Not attached, only JPEG or PNG photos can be kept:</source>
        <translation>Тіркелмеді — тек JPEG не PNG фотосуреттері қабылданады:</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n photo(s) attached; they are saved with the protocol.</source>
        <translation>
            <numerusform>%n фотосурет тіркелді; хаттамамен бірге сақталады.</numerusform>
            <numerusform>%n фотосурет тіркелді; хаттамамен бірге сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only whole numbers can be typed here: digits 0–9, no signs or decimals.</source>
        <translation>Мұнда тек бүтін сандар енгізіледі: 0–9 цифрлары, таңбасыз және бөлшексіз.</translation>
    </message>
</context>
<context>
    <name>ErrorRatesDialog</name>
    <message>
        <location filename="../../observer_app/ui/entry/error_rates_dialog.py" line="+73" />
        <source>Computing…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(no name)</source>
        <translation>(аты жоқ)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No station has both entries yet.</source>
        <translation>Әзірге екі енгізуі де бар учаске жоқ.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stations with both entries: {compared}. Still differing, not counted until resolved: {pending}.</source>
        <translation>Екі енгізуі бар учаскелер: {compared}. Айырмашылығы шешілмегендер (шешілгенге дейін есептелмейді): {pending}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Operator error rates</source>
        <translation>Операторлардың қате үлесі</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For each person who keyed protocols: the share of figures that differed from the final value (agreed by both entries or resolved).</source>
        <translation>Хаттамаларды енгізген әр адам үшін: қорытынды мәннен (екі енгізуде сәйкес келген немесе шешім арқылы белгіленген) өзгеше болған сандардың үлесі.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stations</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures keyed</source>
        <translation>Енгізілген сандар</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Differed</source>
        <translation>Айырмашылықтар</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error rate</source>
        <translation>Қате үлесі</translation>
    </message>
</context>
<context>
    <name>FigureForm</name>
    <message>
        <location filename="../../observer_app/ui/entry/form_grid.py" line="+161" />
        <source>Protocol lines</source>
        <translation>Хаттама жолдары</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../observer_app/ui/entry/history_panel.py" line="+54" />
        <source>Revision {n}</source>
        <translation>{n}-редакция</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Copy marked as wrong</source>
        <translation>Көшірме қате деп белгіленді</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Photos attached</source>
        <translation>Тіркелген фото</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No figure changed</source>
        <translation>Сандар өзгерген жоқ</translation>
    </message>
    <message>
        <location line="+11" />
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who, how</source>
        <translation>Кім, қалай</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not saved yet: each save will be listed here.</source>
        <translation>Әлі сақталмаған: әр сақтау осында көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../observer_app/ui/entry/photo_viewer.py" line="+228" />
        <source>Zoom out (wheel down)</source>
        <translation>Кішірейту (дөңгелекті төмен)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in (wheel up)</source>
        <translation>Үлкейту (дөңгелекті жоғары)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit</source>
        <translation>Толық</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the whole photo</source>
        <translation>Фотоны толық көрсету</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rotate left</source>
        <translation>Солға бұру</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rotate right</source>
        <translation>Оңға бұру</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Attach &amp;photos…</source>
        <translation>&amp;Фото тіркеу…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add JPEG or PNG photos of the protocol; you can also drop files here</source>
        <translation>Хаттаманың JPEG не PNG фотосуреттерін қосу; файлдарды осында сүйреп әкелуге де болады</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No photo yet.
Attach a photo of the protocol (JPEG or PNG) or drop the files here, then type the figures while looking at it.</source>
        <translation>Әзірге фото жоқ.
Хаттаманың фотосын (JPEG не PNG) тіркеңіз немесе файлдарды осында сүйреп әкеліңіз, сосын соған қарап сандарды енгізіңіз.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No photo of this protocol.</source>
        <translation>Бұл хаттаманың фотосы жоқ.</translation>
    </message>
</context>
<context>
    <name>RestoreDraftsDialog</name>
    <message>
        <location filename="../../observer_app/ui/entry/restore.py" line="+116" />
        <source>Discard unsaved figures?</source>
        <translation>Сақталмаған сандарды жою керек пе?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The figures typed for station {code} will be thrown away. This is recorded in the audit log.</source>
        <translation>{code} учаскесі үшін енгізілген сандар жойылады. Бұл аудит журналына жазылады.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unsaved entries found</source>
        <translation>Сақталмаған енгізулер табылды</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Observer App was closed before these protocols were saved. Nothing typed is lost: open one to continue exactly where you stopped, or keep them for later.</source>
        <translation>Бағдарлама осы хаттамалар сақталмай тұрып жабылды. Енгізілгеннің ешбірі жоғалған жоқ: тоқтаған жерден жалғастыру үшін біреуін ашыңыз немесе кейінге қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entry</source>
        <translation>Енгізу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures typed</source>
        <translation>Енгізілген сандар</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last change</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Discard…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Later</source>
        <translation>&amp;Кейінірек</translation>
    </message>
</context>
<context>
    <name>ViolationCard</name>
    <message>
        <location filename="../../observer_app/ui/entry/checks_panel.py" line="-101" />
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Click to go to the first field of this check</source>
        <translation>Осы тексерудің бірінші жолына өту үшін басыңыз</translation>
    </message>
</context>
</TS>
