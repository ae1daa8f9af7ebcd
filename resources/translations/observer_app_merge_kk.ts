<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en_GB">
<context>
    <name>AddObserverDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/register_view.py" line="+115"/>
        <source>Name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Кілт ізі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an observer</source>
        <translation>Бақылаушы қосу</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/audit_view.py" line="+90"/>
        <source>Audit history</source>
        <translation>Өзгерістер журналы (аудит)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify the history</source>
        <translation>Журналды &amp;тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (UTC)</source>
        <translation>Қашан (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every change</source>
        <translation>барлық өзгерістер</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Verifying the audit history</source>
        <translation>Өзгерістер журналын тексеру</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chain of {n} entries is intact.</source>
        <translation>{n} жазбадан тұратын тізбек бүтін.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain is BROKEN at entry #{id}: it was changed or removed.</source>
        <translation>Тізбек №{id} жазбада БҰЗЫЛҒАН: жазба өзгертілген немесе жойылған.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every merged figure matches what its observer signed ({p} packages, {r} revisions, {f} photos).</source>
        <translation>Біріктірілген барлық деректер бақылаушылар қол қойғанмен сәйкес ({p} пакет, {r} нұсқа, {f} фото).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged data no longer matches the signed packages:</source>
        <translation>Біріктірілген деректер қол қойылған пакеттерге енді сәйкес келмейді:</translation>
    </message>
</context>
<context>
    <name>ConfirmFingerprintDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/register_view.py" line="-42"/>
        <source>Accept an observer&apos;s key</source>
        <translation>Бақылаушының кілтін қабылдау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask {name} to read you the fingerprint shown in their Export window, and type it here. Accept only if it matches: that proves the packages are theirs.</source>
        <translation>{name} экспорт терезесіндегі кілт ізін оқып берсін, оны осында енгізіңіз. Тек сәйкес келсе ғана қабылдаңыз: бұл пакеттердің соныкі екенін дәлелдейді.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It matches.</source>
        <translation>Сәйкес келеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the same fingerprint (yet).</source>
        <translation>Кілт ізі (әзірге) сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/conflicts_view.py" line="+129"/>
        <source>Differing copies of stations</source>
        <translation>Учаскелердің сәйкес келмейтін көшірмелері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show stations already decided</source>
        <translation>Шешім қабылданған учаскелерді көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the photo of the protocol shows 412; second observer confirmed by phone</source>
        <translation>мысалы: хаттама фотосында 412; екінші бақылаушы телефонмен растады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save decisions</source>
        <translation>Шешімдерді &amp;сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions on this station</source>
        <translation>Осы учаске бойынша шешімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Decided</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} open fields</source>
        <translation>Ашық өрістер: {n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No station has copies that still differ.</source>
        <translation>Көшірмелері әлі сәйкес келмейтін учаске жоқ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Station {code}: {n} copies. Click a copy&apos;s value to choose it, or type the right one in the last column.</source>
        <translation>{code} учаскесі: {n} көшірме. Көшірменің мәнін таңдау үшін оны басыңыз немесе дұрысын соңғы бағанға енгізіңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>blank</source>
        <translation>бос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to choose this value</source>
        <translation>Осы мәнді таңдау үшін басыңыз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decision outdated (copies changed)</source>
        <translation>шешім ескірді (көшірмелер өзгерді)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decided</source>
        <translation>шешілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>шешілмеген</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>corrected to</source>
        <translation>түзетілді:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chose</source>
        <translation>таңдалды:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No decision yet.</source>
        <translation>Әзірге шешім жоқ.</translation>
    </message>
</context>
<context>
    <name>CoordinatorMenus</name>
    <message>
        <location filename="../../observer_app/ui/merge/__init__.py" line="+65"/>
        <source>C&amp;oordinator</source>
        <translation>Ү&amp;йлестіруші</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport for coordinator…</source>
        <translation>Үйлестірушіге э&amp;кспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your protocols, their history and photos to one signed file</source>
        <translation>Хаттамаларыңызды тарихымен және фотоларымен бір қол қойылған файлға жазу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge report packages…</source>
        <translation>Есеп пакеттерін &amp;біріктіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify and merge the packages observers sent</source>
        <translation>Бақылаушылар жіберген пакеттерді тексеру және біріктіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observer &amp;register…</source>
        <translation>Бақылаушылар &amp;тізілімі…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept or revoke observers&apos; keys by their fingerprints</source>
        <translation>Бақылаушылардың кілттерін іздері бойынша қабылдау немесе кері қайтару</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Differing copies…</source>
        <translation>Сәйкес &amp;келмейтін көшірмелер…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide, field by field, where observers&apos; copies of a station differ</source>
        <translation>Бақылаушылардың көшірмелері сәйкес келмейтін әр өріс бойынша шешім қабылдау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Audit history…</source>
        <translation>Өзгерістер &amp;журналы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to the database, and a check that none was tampered with</source>
        <translation>Дерекқордағы барлық өзгерістер және ештеңе бұрмаланбағанын тексеру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tally &amp;history…</source>
        <translation>Хаттама &amp;тарихы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every revision of the selected station&apos;s tallies, and who made it</source>
        <translation>Таңдалған учаске деректерінің барлық нұсқалары және оларды кім енгізгені</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/export_dialog.py" line="+153"/>
        <source>Export for the coordinator</source>
        <translation>Үйлестірушіге экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Сіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint:</source>
        <translation>Кілт ізі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect my new signing key with a passphrase</source>
        <translation>Жаңа қолтаңба кілтімді құпия фразамен қорғау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All stations with a saved protocol ({n})</source>
        <translation>Сақталған хаттамасы бар &amp;барлық учаскелер ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the stations &amp;ticked below</source>
        <translation>Тек төменде &amp;белгіленген учаскелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>Былай сақтау:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read this fingerprint to your coordinator (by phone or in person) so they can accept your packages.</source>
        <translation>Үйлестірушіңіз пакеттеріңізді қабылдай алуы үшін осы кілт ізін оған (телефонмен немесе жеке) оқып беріңіз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(created with your first export)</source>
        <translation>(алғашқы экспортта жасалады)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your signing key is created now and kept in your user folder.</source>
        <translation>Қолтаңба кілтіңіз қазір жасалып, пайдаланушы қалтаңызда сақталады.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no saved observer protocol to export yet.</source>
        <translation>Экспорттайтын сақталған бақылаушы хаттамасы әзірге жоқ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the package</source>
        <translation>Пакетті сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report packages (*.oapkg)</source>
        <translation>Есеп пакеттері (*.oapkg)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writing the package</source>
        <translation>Пакетті жазу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written {path}: {tallies} protocols of {stations} stations with their history and {photos} photos, signed with key {fingerprint}. Give this file to your coordinator.</source>
        <translation>{path} жазылды: {stations} учаскенің {tallies} хаттамасы тарихымен және {photos} фотомен, {fingerprint} кілтімен қол қойылған. Бұл файлды үйлестірушіңізге беріңіз.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/merge_dialog.py" line="+139"/>
        <source>Merge report packages</source>
        <translation>Есеп пакеттерін біріктіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the packages observers sent you (files or whole folders; you can also drop them here). Each one is checked completely (signature, every file, election) before anything is written, and merged on its own: a bad file changes nothing.</source>
        <translation>Бақылаушылар жіберген пакеттерді қосыңыз (файлдар немесе тұтас қалталар; оларды осында сүйреп әкелуге болады). Әр пакет жазбас бұрын толық тексеріледі (қолтаңба, әр файл, сайлау) және жеке біріктіріледі: бүлінген файл ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Файлдар қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a f&amp;older…</source>
        <translation>Қ&amp;алта қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>&amp;Біріктіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve differing copies…</source>
        <translation>Көшірмелер айырмасын шешу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Report packages</source>
        <translation>Есеп пакеттері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report packages (*{suffix} *.zip);;All files (*)</source>
        <translation>Есеп пакеттері (*{suffix} *.zip);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of report packages</source>
        <translation>Есеп пакеттері бар қалта</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Merging {n} packages</source>
        <translation>Пакеттерді біріктіру: {n}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{new} new tallies, {revised} revised, {revisions} revisions, {photos} photos</source>
        <translation>жаңа хаттамалар: {new}, жаңартылғаны: {revised}, нұсқалар: {revisions}, фото: {photos}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waits until you accept this key in the observer register</source>
        <translation>Бұл кілтті бақылаушылар тізілімінде қабылдағаныңызша күтеді</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} merged</source>
        <translation>біріктірілді: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} already merged</source>
        <translation>бұрын біріктірілген: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} in quarantine</source>
        <translation>карантинде: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} refused</source>
        <translation>қабылданбады: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: the packages merged so far stay merged.</source>
        <translation>Болдырылмады: біріктіріліп қойған пакеттер біріктірілген күйде қалады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup taken before merging: {path}</source>
        <translation>Біріктіру алдындағы сақтық көшірме: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} stations now have copies that differ and need a decision.</source>
        <translation>Көшірмелері сәйкес келмейтін, шешім қажет учаскелер: {n}.</translation>
    </message>
</context>
<context>
    <name>MergeLabels</name>
    <message>
        <location filename="../../observer_app/ui/merge/labels.py" line="+18"/>
        <source>Merged</source>
        <translation>Біріктірілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already merged</source>
        <translation>Бұрын біріктірілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In quarantine</source>
        <translation>Карантинде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not merged (cancelled)</source>
        <translation>Біріктірілмеді (болдырылмады)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read</source>
        <translation>Файл оқылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a report package</source>
        <translation>Бұл есеп пакеті емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is incomplete (cut off)</source>
        <translation>Файл толық емес (кесілген)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file inside points outside the package</source>
        <translation>Ішіндегі файл пакеттен тыс жерді көрсетеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file inside appears twice</source>
        <translation>Ішіндегі файл екі рет кездеседі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted contents</source>
        <translation>Шифрланған мазмұн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would expand beyond the size limit</source>
        <translation>Ашылғанда рұқсат етілген көлемнен асады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part of the package is missing</source>
        <translation>Пакеттің бір бөлігі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds a file the signature does not cover</source>
        <translation>Қолтаңба қамтымайтын файл бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged contents (malformed JSON)</source>
        <translation>Бүлінген мазмұн (қате JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an Observer App report package</source>
        <translation>Бұл Observer App есеп пакеті емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by a newer version of the app</source>
        <translation>Бағдарламаның жаңа нұсқасында жасалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents do not match the package format</source>
        <translation>Мазмұн пакет пішіміне сәйкес емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not verify</source>
        <translation>Қолтаңба тексеруден өтпейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after signing (hash mismatch)</source>
        <translation>Қол қойылғаннан кейін өзгертілген (хеш сәйкес емес)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For another election</source>
        <translation>Басқа сайлауға арналған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names a station not in this election</source>
        <translation>Бұл сайлауда жоқ учаске көрсетілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inconsistent contents</source>
        <translation>Қайшы мазмұн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contradicts figures already merged</source>
        <translation>Бұрын біріктірілген деректерге қайшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The observer&apos;s key was revoked</source>
        <translation>Бақылаушы кілтінің күші жойылған</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted</source>
        <translation>Қабылданған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for acceptance</source>
        <translation>Қабылдауды күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo created</source>
        <translation>Демо жасалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo discarded</source>
        <translation>Демо жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft deleted</source>
        <translation>Жоба жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election created</source>
        <translation>Сайлау құрылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer registered</source>
        <translation>Бақылаушы тізілімге енгізілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer&apos;s key accepted</source>
        <translation>Бақылаушы кілті қабылданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer&apos;s key revoked</source>
        <translation>Бақылаушы кілтінің күші жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package merged</source>
        <translation>Пакет біріктірілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package put in quarantine</source>
        <translation>Пакет карантинге қойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo added</source>
        <translation>Фото қосылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo attached</source>
        <translation>Фото тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-entry decision</source>
        <translation>Қайта енгізу бойынша шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision on differing copies</source>
        <translation>Сәйкес келмейтін көшірмелер бойынша шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures imported</source>
        <translation>Деректер импортталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol saved</source>
        <translation>Хаттама сақталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official totals imported</source>
        <translation>Ресми қорытындылар импортталды</translation>
    </message>
</context>
<context>
    <name>ObserverRegisterDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/register_view.py" line="+87"/>
        <source>Observer register</source>
        <translation>Бақылаушылар тізілімі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages are merged only from accepted keys. A package from an unknown key waits in quarantine until you check its fingerprint with the observer and accept it.</source>
        <translation>Тек қабылданған кілттердің пакеттері біріктіріледі. Белгісіз кілттің пакеті оның ізін бақылаушымен салыстырып, қабылдағаныңызша карантинде күтеді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Кілт ізі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Біріктірілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add by fingerprint…</source>
        <translation>Із бойынша &amp;қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccept…</source>
        <translation>Қ&amp;абылдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke…</source>
        <translation>Күшін &amp;жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Merging the packages that waited</source>
        <translation>Күтіп тұрған пакеттерді біріктіру</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accepted. {n} packages were waiting.</source>
        <translation>Қабылданды. Күтіп тұрған пакеттер: {n}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke a key</source>
        <translation>Кілттің күшін жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packages signed with {name}&apos;s key will be refused from now on; what was merged stays. Why?</source>
        <translation>Бұдан былай {name} кілтімен қол қойылған пакеттер қабылданбайды; біріктірілгендер сақталады. Себебі?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}&apos;s key is revoked.</source>
        <translation>{name} кілтінің күші жойылды.</translation>
    </message>
</context>
<context>
    <name>TallyHistoryDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/history_view.py" line="+120"/>
        <source>History of station {code}</source>
        <translation>{code} учаскесінің тарихы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions</source>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entries</source>
        <translation>Журнал жазбалары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>When (UTC)</source>
        <translation>Қашан (UTC)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Entered by</source>
        <translation>Кім енгізді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observer</source>
        <translation>бақылаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second entry</source>
        <translation>қайта енгізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>official</source>
        <translation>ресми</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{source} {who} · revision {n}</source>
        <translation>{source} {who} · {n}-нұсқа</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Station {code} has no tally yet.</source>
        <translation>{code} учаскесі бойынша әзірге дерек жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station {code}: every saved state of the figures, oldest first.</source>
        <translation>{code} учаскесі: деректердің барлық сақталған күйлері, ең ертесінен бастап.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>first entry</source>
        <translation>алғашқы енгізу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>photo {sha}</source>
        <translation>фото {sha}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The paper protocol itself is faulty</source>
        <translation>Қағаз хаттаманың өзінде қате бар</translation>
    </message>
</context>
</TS>
