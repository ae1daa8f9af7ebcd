<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>AddObserverDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/register_view.py" line="+115"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Отпечаток ключа:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an observer</source>
        <translation>Добавить наблюдателя</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/audit_view.py" line="+90"/>
        <source>Audit history</source>
        <translation>Журнал изменений (аудит)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify the history</source>
        <translation>&amp;Проверить журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every change</source>
        <translation>все изменения</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Verifying the audit history</source>
        <translation>Проверка журнала изменений</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chain of {n} entries is intact.</source>
        <translation>Цепочка из {n} записей не нарушена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain is BROKEN at entry #{id}: it was changed or removed.</source>
        <translation>Цепочка НАРУШЕНА на записи №{id}: запись изменена или удалена.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every merged figure matches what its observer signed ({p} packages, {r} revisions, {f} photos).</source>
        <translation>Все объединённые данные совпадают с подписанными наблюдателями ({p} пакетов, {r} версий, {f} фото).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged data no longer matches the signed packages:</source>
        <translation>Объединённые данные больше не совпадают с подписанными пакетами:</translation>
    </message>
</context>
<context>
    <name>ConfirmFingerprintDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/register_view.py" line="-42"/>
        <source>Accept an observer&apos;s key</source>
        <translation>Принять ключ наблюдателя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask {name} to read you the fingerprint shown in their Export window, and type it here. Accept only if it matches: that proves the packages are theirs.</source>
        <translation>Попросите {name} продиктовать отпечаток ключа из окна экспорта и введите его здесь. Принимайте, только если он совпадает: это доказывает, что пакеты именно от этого наблюдателя.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It matches.</source>
        <translation>Совпадает.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the same fingerprint (yet).</source>
        <translation>Отпечаток (пока) не совпадает.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/conflicts_view.py" line="+129"/>
        <source>Differing copies of stations</source>
        <translation>Расходящиеся копии участков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show stations already decided</source>
        <translation>Показать участки с принятыми решениями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the photo of the protocol shows 412; second observer confirmed by phone</source>
        <translation>например: на фото протокола 412; второй наблюдатель подтвердил по телефону</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save decisions</source>
        <translation>&amp;Сохранить решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions on this station</source>
        <translation>Решения по этому участку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} open fields</source>
        <translation>Открытых полей: {n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No station has copies that still differ.</source>
        <translation>Нет участков с неразрешёнными расхождениями копий.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Station {code}: {n} copies. Click a copy&apos;s value to choose it, or type the right one in the last column.</source>
        <translation>Участок {code}: копий — {n}. Щёлкните значение копии, чтобы выбрать его, или введите верное в последнем столбце.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>blank</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to choose this value</source>
        <translation>Щёлкните, чтобы выбрать это значение</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decision outdated (copies changed)</source>
        <translation>решение устарело (копии изменились)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decided</source>
        <translation>решено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>не решено</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>corrected to</source>
        <translation>исправлено на</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chose</source>
        <translation>выбрано</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No decision yet.</source>
        <translation>Решений пока нет.</translation>
    </message>
</context>
<context>
    <name>CoordinatorMenus</name>
    <message>
        <location filename="../../observer_app/ui/merge/__init__.py" line="+65"/>
        <source>C&amp;oordinator</source>
        <translation>К&amp;оординатор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport for coordinator…</source>
        <translation>Э&amp;кспорт для координатора…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your protocols, their history and photos to one signed file</source>
        <translation>Записать ваши протоколы с историей и фото в один подписанный файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge report packages…</source>
        <translation>&amp;Объединить пакеты отчётов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify and merge the packages observers sent</source>
        <translation>Проверить и объединить пакеты, присланные наблюдателями</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observer &amp;register…</source>
        <translation>&amp;Реестр наблюдателей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept or revoke observers&apos; keys by their fingerprints</source>
        <translation>Принять или отозвать ключи наблюдателей по их отпечаткам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Differing copies…</source>
        <translation>&amp;Расходящиеся копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide, field by field, where observers&apos; copies of a station differ</source>
        <translation>Принять решение по каждому полю, где копии наблюдателей расходятся</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Audit history…</source>
        <translation>&amp;Журнал изменений…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to the database, and a check that none was tampered with</source>
        <translation>Все изменения базы данных и проверка, что ничего не подделано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tally &amp;history…</source>
        <translation>&amp;История протокола…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every revision of the selected station&apos;s tallies, and who made it</source>
        <translation>Все версии данных выбранного участка и кто их внёс</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/export_dialog.py" line="+153"/>
        <source>Export for the coordinator</source>
        <translation>Экспорт для координатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint:</source>
        <translation>Отпечаток ключа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect my new signing key with a passphrase</source>
        <translation>Защитить мой новый ключ подписи парольной фразой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All stations with a saved protocol ({n})</source>
        <translation>&amp;Все участки с сохранённым протоколом ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the stations &amp;ticked below</source>
        <translation>Только &amp;отмеченные ниже участки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read this fingerprint to your coordinator (by phone or in person) so they can accept your packages.</source>
        <translation>Продиктуйте этот отпечаток координатору (по телефону или лично), чтобы он мог принять ваши пакеты.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(created with your first export)</source>
        <translation>(будет создан при первом экспорте)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your signing key is created now and kept in your user folder.</source>
        <translation>Ваш ключ подписи будет создан сейчас и сохранён в вашей папке пользователя.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no saved observer protocol to export yet.</source>
        <translation>Пока нет сохранённых протоколов наблюдателя для экспорта.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the package</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report packages (*.oapkg)</source>
        <translation>Пакеты отчётов (*.oapkg)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writing the package</source>
        <translation>Запись пакета</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written {path}: {tallies} protocols of {stations} stations with their history and {photos} photos, signed with key {fingerprint}. Give this file to your coordinator.</source>
        <translation>Записан {path}: протоколов — {tallies} по участкам ({stations}) с историей и фото ({photos}), подписано ключом {fingerprint}. Передайте этот файл координатору.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/merge_dialog.py" line="+139"/>
        <source>Merge report packages</source>
        <translation>Объединение пакетов отчётов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the packages observers sent you (files or whole folders; you can also drop them here). Each one is checked completely (signature, every file, election) before anything is written, and merged on its own: a bad file changes nothing.</source>
        <translation>Добавьте пакеты, присланные наблюдателями (файлы или целые папки; их можно перетащить сюда). Каждый пакет полностью проверяется (подпись, каждый файл, выборы) до любой записи и объединяется отдельно: испорченный файл ничего не меняет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a f&amp;older…</source>
        <translation>Добавить п&amp;апку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve differing copies…</source>
        <translation>Разрешить расхождения копий…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Report packages</source>
        <translation>Пакеты отчётов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report packages (*{suffix} *.zip);;All files (*)</source>
        <translation>Пакеты отчётов (*{suffix} *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of report packages</source>
        <translation>Папка с пакетами отчётов</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Merging {n} packages</source>
        <translation>Объединение пакетов: {n}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{new} new tallies, {revised} revised, {revisions} revisions, {photos} photos</source>
        <translation>новых протоколов: {new}, обновлённых: {revised}, версий: {revisions}, фото: {photos}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waits until you accept this key in the observer register</source>
        <translation>Ждёт, пока вы примете этот ключ в реестре наблюдателей</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} merged</source>
        <translation>объединено: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} already merged</source>
        <translation>уже были: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} in quarantine</source>
        <translation>в карантине: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} refused</source>
        <translation>отклонено: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: the packages merged so far stay merged.</source>
        <translation>Отменено: уже объединённые пакеты остаются объединёнными.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup taken before merging: {path}</source>
        <translation>Резервная копия перед объединением: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} stations now have copies that differ and need a decision.</source>
        <translation>Участков с расходящимися копиями, требующих решения: {n}.</translation>
    </message>
</context>
<context>
    <name>MergeLabels</name>
    <message>
        <location filename="../../observer_app/ui/merge/labels.py" line="+18"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already merged</source>
        <translation>Уже объединено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In quarantine</source>
        <translation>В карантине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not merged (cancelled)</source>
        <translation>Не объединено (отменено)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read</source>
        <translation>Файл не читается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a report package</source>
        <translation>Это не пакет отчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is incomplete (cut off)</source>
        <translation>Файл неполный (обрезан)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file inside points outside the package</source>
        <translation>Файл внутри указывает за пределы пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file inside appears twice</source>
        <translation>Файл внутри встречается дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted contents</source>
        <translation>Зашифрованное содержимое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would expand beyond the size limit</source>
        <translation>После распаковки превысит допустимый размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part of the package is missing</source>
        <translation>Не хватает части пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds a file the signature does not cover</source>
        <translation>Содержит файл, не покрытый подписью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged contents (malformed JSON)</source>
        <translation>Повреждённое содержимое (неверный JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an Observer App report package</source>
        <translation>Это не пакет отчёта Observer App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by a newer version of the app</source>
        <translation>Создан более новой версией программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents do not match the package format</source>
        <translation>Содержимое не соответствует формату пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not verify</source>
        <translation>Подпись не проходит проверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after signing (hash mismatch)</source>
        <translation>Изменён после подписания (хеш не совпадает)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For another election</source>
        <translation>Для других выборов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names a station not in this election</source>
        <translation>Указан участок, которого нет в этих выборах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inconsistent contents</source>
        <translation>Противоречивое содержимое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contradicts figures already merged</source>
        <translation>Противоречит уже объединённым данным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The observer&apos;s key was revoked</source>
        <translation>Ключ наблюдателя отозван</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for acceptance</source>
        <translation>Ожидает принятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo created</source>
        <translation>Создана демонстрация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo discarded</source>
        <translation>Демонстрация удалена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft deleted</source>
        <translation>Черновик удалён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election created</source>
        <translation>Созданы выборы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer registered</source>
        <translation>Наблюдатель внесён в реестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer&apos;s key accepted</source>
        <translation>Ключ наблюдателя принят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer&apos;s key revoked</source>
        <translation>Ключ наблюдателя отозван</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package merged</source>
        <translation>Пакет объединён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package put in quarantine</source>
        <translation>Пакет помещён в карантин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo added</source>
        <translation>Добавлено фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo attached</source>
        <translation>Фото прикреплено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-entry decision</source>
        <translation>Решение по повторному вводу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision on differing copies</source>
        <translation>Решение по расходящимся копиям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures imported</source>
        <translation>Данные импортированы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol saved</source>
        <translation>Протокол сохранён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official totals imported</source>
        <translation>Импортированы официальные итоги</translation>
    </message>
</context>
<context>
    <name>ObserverRegisterDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/register_view.py" line="+87"/>
        <source>Observer register</source>
        <translation>Реестр наблюдателей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages are merged only from accepted keys. A package from an unknown key waits in quarantine until you check its fingerprint with the observer and accept it.</source>
        <translation>Объединяются только пакеты с принятых ключей. Пакет с неизвестного ключа ждёт в карантине, пока вы не сверите отпечаток с наблюдателем и не примете его.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add by fingerprint…</source>
        <translation>&amp;Добавить по отпечатку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccept…</source>
        <translation>П&amp;ринять…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Merging the packages that waited</source>
        <translation>Объединение ожидавших пакетов</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accepted. {n} packages were waiting.</source>
        <translation>Принят. Ожидало пакетов: {n}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke a key</source>
        <translation>Отзыв ключа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packages signed with {name}&apos;s key will be refused from now on; what was merged stays. Why?</source>
        <translation>Пакеты, подписанные ключом {name}, теперь будут отклоняться; уже объединённое остаётся. Причина?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}&apos;s key is revoked.</source>
        <translation>Ключ {name} отозван.</translation>
    </message>
</context>
<context>
    <name>TallyHistoryDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/history_view.py" line="+120"/>
        <source>History of station {code}</source>
        <translation>История участка {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entries</source>
        <translation>Записи журнала</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Entered by</source>
        <translation>Кто ввёл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second entry</source>
        <translation>повторный ввод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>official</source>
        <translation>официальные</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{source} {who} · revision {n}</source>
        <translation>{source} {who} · версия {n}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Station {code} has no tally yet.</source>
        <translation>По участку {code} данных пока нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station {code}: every saved state of the figures, oldest first.</source>
        <translation>Участок {code}: все сохранённые состояния данных, начиная с самого раннего.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>first entry</source>
        <translation>первый ввод</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>photo {sha}</source>
        <translation>фото {sha}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The paper protocol itself is faulty</source>
        <translation>Сам бумажный протокол содержит ошибку</translation>
    </message>
</context>
</TS>
