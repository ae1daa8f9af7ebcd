<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/entry/checks_panel.py" line="+133" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>No broken checks so far.</source>
        <translation>Пока ни одна проверка не нарушена.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All checks pass.</source>
        <translation>Все проверки пройдены.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
</context>
<context>
    <name>DoubleEntryView</name>
    <message>
        <location filename="../../observer_app/ui/entry/double_entry_view.py" line="+109" />
        <source>Checks of the resolved figures</source>
        <translation>Проверки итоговых цифр</translation>
    </message>
    <message>
        <location line="+124" />
        <source>Reason (optional)</source>
        <translation>Причина (необязательно)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason (required)</source>
        <translation>Причина (обязательно)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Choose or type the right value for: {figure}.</source>
        <translation>Выберите или введите верное значение для: {figure}.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{figure}: {value} is neither entry's value. Say why in the reason field (for example, what the photo shows).</source>
        <translation>{figure}: {value} не совпадает ни с одним из вводов. Укажите причину (например, что видно на фото).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not resolved: {error}</source>
        <translation>Не разобрано: {error}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Resolved. The observer's tally now holds the resolved figures; each decision is recorded with your name and reason.</source>
        <translation>Готово. В данных наблюдателя теперь итоговые цифры; каждое решение записано с вашим именем и причиной.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Not comparable yet</source>
        <translation>Пока нечего сравнивать</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n difference(s) to resolve</source>
        <translation>
            <numerusform>%n расхождение нужно разобрать</numerusform>
            <numerusform>%n расхождения нужно разобрать</numerusform>
            <numerusform>%n расхождений нужно разобрать</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>All differences resolved</source>
        <translation>Все расхождения разобраны</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entries match</source>
        <translation>Вводы совпадают</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double entry: polling station {code}</source>
        <translation>Двойной ввод: участок {code}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This station needs both the observer's entry and a blind second entry before they can be compared.</source>
        <translation>Для сравнения нужны и ввод наблюдателя, и слепой повторный ввод этого участка.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>First entry: {first} (revision {r1}) · Second entry: {second} (revision {r2}) · {same} figures match</source>
        <translation>Первый ввод: {first} (редакция {r1}) · Повторный ввод: {second} (редакция {r2}) · совпадает цифр: {same}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Both entries have the same figures: nothing to resolve.</source>
        <translation>Цифры обоих вводов совпадают: разбирать нечего.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Figure</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First entry</source>
        <translation>Первый ввод</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second entry</source>
        <translation>Повторный ввод</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Right value</source>
        <translation>Верное значение</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Take the first entry's value</source>
        <translation>Взять значение первого ввода</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take the second entry's value</source>
        <translation>Взять значение повторного ввода</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The value the paper protocol shows</source>
        <translation>Значение, указанное в бумажном протоколе</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Resolved by {who} on {when}</source>
        <translation>Решение: {who}, {when}</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+4" />
        <source>Apply resolution</source>
        <translation>Применить решение</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Store the chosen values (Ctrl+Enter)</source>
        <translation>Сохранить выбранные значения (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operator error rates…</source>
        <translation>Доля ошибок операторов…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the station list</source>
        <translation>Назад к списку участков</translation>
    </message>
</context>
<context>
    <name>EntryTexts</name>
    <message>
        <location filename="../../observer_app/ui/entry/texts.py" line="+27" />
        <source>art.</source>
        <translation>ст.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Line {number}: {label}</source>
        <translation>Строка {number}: {label}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>typed in</source>
        <translation>введено вручную</translation>
    </message>
    <message>
        <location line="+1" />
        <source>second entry</source>
        <translation>повторный ввод</translation>
    </message>
    <message>
        <location line="+1" />
        <source>double-entry resolution</source>
        <translation>решение по двойному вводу</translation>
    </message>
    <message>
        <location line="+1" />
        <source>imported from a file</source>
        <translation>импорт из файла</translation>
    </message>
    <message>
        <location line="+1" />
        <source>from an observer's package</source>
        <translation>из пакета наблюдателя</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Observer's entry</source>
        <translation>Ввод наблюдателя</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second entry (blind)</source>
        <translation>Повторный ввод (слепой)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Official figures</source>
        <translation>Официальные данные</translation>
    </message>
    <message>
        <location line="+27" />
        <source>{file}: the file cannot be read.</source>
        <translation>{file}: файл не читается.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: the file is empty.</source>
        <translation>{file}: файл пуст.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: the file is too large for a photo.</source>
        <translation>{file}: файл слишком велик для фотографии.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: not a JPEG or PNG photo.</source>
        <translation>{file}: это не фотография JPEG или PNG.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: the image is damaged or incomplete.</source>
        <translation>{file}: изображение повреждено или неполное.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n field(s) still blank</source>
        <translation>
            <numerusform>%n поле ещё не заполнено</numerusform>
            <numerusform>%n поля ещё не заполнены</numerusform>
            <numerusform>%n полей ещё не заполнено</numerusform>
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
        <translation>(не указан)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Polling station {code}</source>
        <translation>Участок {code}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Blind second keying: the first entry is not shown.</source>
        <translation>Слепой повторный ввод: первый ввод не показывается.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The observer's own entry of this protocol.</source>
        <translation>Собственный ввод этого протокола наблюдателем.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The protocol copy itself is wrong (record it exactly as written)</source>
        <translation>Ошибка в самой копии протокола (записать точно как написано)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tick when the official copy breaks the checks as written: the figures are saved as they are on paper, with your note explaining what is wrong.</source>
        <translation>Отметьте, если официальная копия сама нарушает контрольные соотношения: цифры сохранятся как на бумаге, а в примечании объясните, что не так.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Note (required when the copy is marked wrong):</source>
        <translation>&amp;Примечание (обязательно, если копия отмечена как ошибочная):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What is wrong with the paper copy: which lines, corrections, missing stamps…</source>
        <translation>Что не так с бумажной копией: какие строки, исправления, нет печати…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the protocol (Ctrl+S)</source>
        <translation>Сохранить протокол (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as draft</source>
        <translation>Сохранить как черновик</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep the figures as an unfinished tally, errors and all (Ctrl+Shift+S)</source>
        <translation>Сохранить цифры как незавершённые, вместе с ошибками (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back to the last saved figures</source>
        <translation>Вернуться к последним сохранённым цифрам</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save protocol</source>
        <translation>Сохранить протокол</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save protocol as draft</source>
        <translation>Сохранить протокол как черновик</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the station list</source>
        <translation>Назад к списку участков</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom photo in</source>
        <translation>Увеличить фото</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom photo out</source>
        <translation>Уменьшить фото</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit photo</source>
        <translation>Фото целиком</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rotate photo left</source>
        <translation>Повернуть фото влево</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rotate photo right</source>
        <translation>Повернуть фото вправо</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Unsaved figures from {time} were restored. Check them against the photo and save, or discard them.</source>
        <translation>Восстановлены несохранённые цифры от {time}. Сверьте их с фото и сохраните или отмените.</translation>
    </message>
    <message>
        <location line="+108" />
        <source>Could not keep the draft: {error}</source>
        <translation>Не удалось сохранить черновик: {error}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location line="+0" />
        <source>final</source>
        <translation>окончательная</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved revision {n} ({kind}).</source>
        <translation>Сохранена редакция {n} ({kind}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not saved yet.</source>
        <translation>Ещё не сохранено.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unsaved changes: keeping a draft…</source>
        <translation>Есть несохранённые изменения: записывается черновик…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unsaved changes kept as a draft at {time}.</source>
        <translation>Несохранённые изменения записаны в черновик в {time}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unsaved changes kept as a draft.</source>
        <translation>Несохранённые изменения записаны в черновик.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Not saved: describe in the note what is wrong with the protocol copy. The note is kept with the figures.</source>
        <translation>Не сохранено: опишите в примечании, что не так с копией протокола. Примечание хранится вместе с цифрами.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Saved: revision {n}.</source>
        <translation>Сохранено: редакция {n}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n warning(s) remain; check them against the photo.</source>
        <translation>
            <numerusform>Осталось %n предупреждение; сверьте с фото.</numerusform>
            <numerusform>Осталось %n предупреждения; сверьте их с фото.</numerusform>
            <numerusform>Осталось %n предупреждений; сверьте их с фото.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved as a draft: revision {n}. It is not final until saved without errors.</source>
        <translation>Сохранено как черновик: редакция {n}. Окончательным протокол станет после сохранения без ошибок.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Not saved: %n error(s) in the figures. Correct them; or save as a draft (Ctrl+Shift+S); or, if the paper copy itself is wrong, tick the box below and describe it in the note.</source>
        <translation>
            <numerusform>Не сохранено: в цифрах %n ошибка. Исправьте её; или сохраните как черновик (Ctrl+Shift+S); или, если ошибка в самой бумажной копии, отметьте поле ниже и опишите её в примечании.</numerusform>
            <numerusform>Не сохранено: в цифрах %n ошибки. Исправьте их; или сохраните как черновик (Ctrl+Shift+S); или, если ошибка в самой бумажной копии, отметьте поле ниже и опишите её в примечании.</numerusform>
            <numerusform>Не сохранено: в цифрах %n ошибок. Исправьте их; или сохраните как черновик (Ctrl+Shift+S); или, если ошибка в самой бумажной копии, отметьте поле ниже и опишите её в примечании.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Not saved: %n field(s) still blank. Type 0 where the protocol says none; or save as a draft (Ctrl+Shift+S).</source>
        <translation>
            <numerusform>Не сохранено: %n поле не заполнено. Где в протоколе ноль, введите 0; или сохраните как черновик (Ctrl+Shift+S).</numerusform>
            <numerusform>Не сохранено: %n поля не заполнены. Где в протоколе ноль, введите 0; или сохраните как черновик (Ctrl+Shift+S).</numerusform>
            <numerusform>Не сохранено: %n полей не заполнено. Где в протоколе ноль, введите 0; или сохраните как черновик (Ctrl+Shift+S).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35" />
        <source>Changes discarded: the saved figures are shown.</source>
        <translation>Изменения отменены: показаны сохранённые цифры.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Attach photos of the protocol</source>
        <translation>Прикрепить фотографии протокола</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Фотографии (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Storing photos in the database</source>
        <translation>Фотографии сохраняются в базе данных</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Not attached, only JPEG or PNG photos can be kept:</source>
        <translation>Не прикреплено — принимаются только фотографии JPEG или PNG:</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n photo(s) attached; they are saved with the protocol.</source>
        <translation>
            <numerusform>Прикреплена %n фотография; она сохраняется вместе с протоколом.</numerusform>
            <numerusform>Прикреплено %n фотографии; они сохраняются вместе с протоколом.</numerusform>
            <numerusform>Прикреплено %n фотографий; они сохраняются вместе с протоколом.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only whole numbers can be typed here: digits 0–9, no signs or decimals.</source>
        <translation>Здесь можно вводить только целые числа: цифры 0–9, без знаков и дробей.</translation>
    </message>
</context>
<context>
    <name>ErrorRatesDialog</name>
    <message>
        <location filename="../../observer_app/ui/entry/error_rates_dialog.py" line="+73" />
        <source>Computing…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No station has both entries yet.</source>
        <translation>Пока нет участков с обоими вводами.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stations with both entries: {compared}. Still differing, not counted until resolved: {pending}.</source>
        <translation>Участков с обоими вводами: {compared}. С неразобранными расхождениями (не учитываются до решения): {pending}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Operator error rates</source>
        <translation>Доля ошибок операторов</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For each person who keyed protocols: the share of figures that differed from the final value (agreed by both entries or resolved).</source>
        <translation>Для каждого, кто вводил протоколы: доля цифр, отличавшихся от итогового значения (совпавшего в обоих вводах или установленного при разборе).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures keyed</source>
        <translation>Введено цифр</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Differed</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error rate</source>
        <translation>Доля ошибок</translation>
    </message>
</context>
<context>
    <name>FigureForm</name>
    <message>
        <location filename="../../observer_app/ui/entry/form_grid.py" line="+161" />
        <source>Protocol lines</source>
        <translation>Строки протокола</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../observer_app/ui/entry/history_panel.py" line="+54" />
        <source>Revision {n}</source>
        <translation>Редакция {n}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Copy marked as wrong</source>
        <translation>Копия отмечена как ошибочная</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Photos attached</source>
        <translation>Прикреплено фото</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No figure changed</source>
        <translation>Цифры не изменились</translation>
    </message>
    <message>
        <location line="+11" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who, how</source>
        <translation>Кто, как</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not saved yet: each save will be listed here.</source>
        <translation>Ещё не сохранено: здесь появится каждое сохранение.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../observer_app/ui/entry/photo_viewer.py" line="+228" />
        <source>Zoom out (wheel down)</source>
        <translation>Уменьшить (колесо вниз)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in (wheel up)</source>
        <translation>Увеличить (колесо вверх)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit</source>
        <translation>Целиком</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the whole photo</source>
        <translation>Показать фото целиком</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rotate left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rotate right</source>
        <translation>Повернуть вправо</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Attach &amp;photos…</source>
        <translation>Прикрепить &amp;фото…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add JPEG or PNG photos of the protocol; you can also drop files here</source>
        <translation>Добавить фото протокола в JPEG или PNG; файлы можно и перетащить сюда</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No photo yet.
Attach a photo of the protocol (JPEG or PNG) or drop the files here, then type the figures while looking at it.</source>
        <translation>Фото пока нет.
Прикрепите фото протокола (JPEG или PNG) или перетащите файлы сюда и вводите цифры, глядя на него.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No photo of this protocol.</source>
        <translation>Фото этого протокола нет.</translation>
    </message>
</context>
<context>
    <name>RestoreDraftsDialog</name>
    <message>
        <location filename="../../observer_app/ui/entry/restore.py" line="+116" />
        <source>Discard unsaved figures?</source>
        <translation>Удалить несохранённые цифры?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The figures typed for station {code} will be thrown away. This is recorded in the audit log.</source>
        <translation>Цифры, введённые для участка {code}, будут удалены. Это будет записано в журнал аудита.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unsaved entries found</source>
        <translation>Найдены несохранённые вводы</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Observer App was closed before these protocols were saved. Nothing typed is lost: open one to continue exactly where you stopped, or keep them for later.</source>
        <translation>Программа закрылась до сохранения этих протоколов. Ничего из введённого не потеряно: откройте протокол, чтобы продолжить с того же места, или оставьте на потом.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entry</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures typed</source>
        <translation>Введено цифр</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Discard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
</context>
<context>
    <name>ViolationCard</name>
    <message>
        <location filename="../../observer_app/ui/entry/checks_panel.py" line="-101" />
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Click to go to the first field of this check</source>
        <translation>Нажмите, чтобы перейти к первому полю этой проверки</translation>
    </message>
</context>
</TS>
