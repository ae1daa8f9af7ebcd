<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/entry/checks_panel.py" line="+133" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>No broken checks so far.</source>
        <translation>No broken checks so far.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All checks pass.</source>
        <translation>All checks pass.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
</context>
<context>
    <name>DoubleEntryView</name>
    <message>
        <location filename="../../observer_app/ui/entry/double_entry_view.py" line="+109" />
        <source>Checks of the resolved figures</source>
        <translation>Checks of the resolved figures</translation>
    </message>
    <message>
        <location line="+124" />
        <source>Reason (optional)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Choose or type the right value for: {figure}.</source>
        <translation>Choose or type the right value for: {figure}.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{figure}: {value} is neither entry's value. Say why in the reason field (for example, what the photo shows).</source>
        <translation>{figure}: {value} is neither entry's value. Say why in the reason field (for example, what the photo shows).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not resolved: {error}</source>
        <translation>Not resolved: {error}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Resolved. The observer's tally now holds the resolved figures; each decision is recorded with your name and reason.</source>
        <translation>Resolved. The observer's tally now holds the resolved figures; each decision is recorded with your name and reason.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Not comparable yet</source>
        <translation>Not comparable yet</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n difference(s) to resolve</source>
        <translation>
            <numerusform>%n difference to resolve</numerusform>
            <numerusform>%n differences to resolve</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>All differences resolved</source>
        <translation>All differences resolved</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entries match</source>
        <translation>Entries match</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Double entry: polling station {code}</source>
        <translation>Double entry: polling station {code}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This station needs both the observer's entry and a blind second entry before they can be compared.</source>
        <translation>This station needs both the observer's entry and a blind second entry before they can be compared.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>First entry: {first} (revision {r1}) · Second entry: {second} (revision {r2}) · {same} figures match</source>
        <translation>First entry: {first} (revision {r1}) · Second entry: {second} (revision {r2}) · {same} figures match</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Both entries have the same figures: nothing to resolve.</source>
        <translation>Both entries have the same figures: nothing to resolve.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First entry</source>
        <translation>First entry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second entry</source>
        <translation>Second entry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Right value</source>
        <translation>Right value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Take the first entry's value</source>
        <translation>Take the first entry's value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take the second entry's value</source>
        <translation>Take the second entry's value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The value the paper protocol shows</source>
        <translation>The value the paper protocol shows</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Resolved by {who} on {when}</source>
        <translation>Resolved by {who} on {when}</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+4" />
        <source>Apply resolution</source>
        <translation>Apply resolution</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Store the chosen values (Ctrl+Enter)</source>
        <translation>Store the chosen values (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Operator error rates…</source>
        <translation>Operator error rates…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the station list</source>
        <translation>Back to the station list</translation>
    </message>
</context>
<context>
    <name>EntryTexts</name>
    <message>
        <location filename="../../observer_app/ui/entry/texts.py" line="+27" />
        <source>art.</source>
        <translation>art.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Line {number}: {label}</source>
        <translation>Line {number}: {label}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>typed in</source>
        <translation>typed in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>second entry</source>
        <translation>second entry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>double-entry resolution</source>
        <translation>double-entry resolution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>imported from a file</source>
        <translation>imported from a file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>from an observer's package</source>
        <translation>from an observer's package</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Observer's entry</source>
        <translation>Observer's entry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second entry (blind)</source>
        <translation>Second entry (blind)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Official figures</source>
        <translation>Official figures</translation>
    </message>
    <message>
        <location line="+27" />
        <source>{file}: the file cannot be read.</source>
        <translation>{file}: the file cannot be read.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: the file is empty.</source>
        <translation>{file}: the file is empty.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: the file is too large for a photo.</source>
        <translation>{file}: the file is too large for a photo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file}: not a JPEG or PNG photo.</source>
        <translation>{file}: not a JPEG or PNG photo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: the image is damaged or incomplete.</source>
        <translation>{file}: the image is damaged or incomplete.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n field(s) still blank</source>
        <translation>
            <numerusform>%n field still blank</numerusform>
            <numerusform>%n fields still blank</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryWidget</name>
    <message>
        <location filename="../../observer_app/ui/entry/entry_widget.py" line="+253" />
        <source>Operator: {name}</source>
        <translation>Operator: {name}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Polling station {code}</source>
        <translation>Polling station {code}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Blind second keying: the first entry is not shown.</source>
        <translation>Blind second keying: the first entry is not shown.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The observer's own entry of this protocol.</source>
        <translation>The observer's own entry of this protocol.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The protocol copy itself is wrong (record it exactly as written)</source>
        <translation>The protocol copy itself is wrong (record it exactly as written)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tick when the official copy breaks the checks as written: the figures are saved as they are on paper, with your note explaining what is wrong.</source>
        <translation>Tick when the official copy breaks the checks as written: the figures are saved as they are on paper, with your note explaining what is wrong.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Note (required when the copy is marked wrong):</source>
        <translation>&amp;Note (required when the copy is marked wrong):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What is wrong with the paper copy: which lines, corrections, missing stamps…</source>
        <translation>What is wrong with the paper copy: which lines, corrections, missing stamps…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the protocol (Ctrl+S)</source>
        <translation>Save the protocol (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as draft</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep the figures as an unfinished tally, errors and all (Ctrl+Shift+S)</source>
        <translation>Keep the figures as an unfinished tally, errors and all (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back to the last saved figures</source>
        <translation>Go back to the last saved figures</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save protocol</source>
        <translation>Save protocol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save protocol as draft</source>
        <translation>Save protocol as draft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the station list</source>
        <translation>Back to the station list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom photo in</source>
        <translation>Zoom photo in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom photo out</source>
        <translation>Zoom photo out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit photo</source>
        <translation>Fit photo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rotate photo left</source>
        <translation>Rotate photo left</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rotate photo right</source>
        <translation>Rotate photo right</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Unsaved figures from {time} were restored. Check them against the photo and save, or discard them.</source>
        <translation>Unsaved figures from {time} were restored. Check them against the photo and save, or discard them.</translation>
    </message>
    <message>
        <location line="+108" />
        <source>Could not keep the draft: {error}</source>
        <translation>Could not keep the draft: {error}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+0" />
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved revision {n} ({kind}).</source>
        <translation>Saved revision {n} ({kind}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unsaved changes: keeping a draft…</source>
        <translation>Unsaved changes: keeping a draft…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unsaved changes kept as a draft at {time}.</source>
        <translation>Unsaved changes kept as a draft at {time}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unsaved changes kept as a draft.</source>
        <translation>Unsaved changes kept as a draft.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Not saved: describe in the note what is wrong with the protocol copy. The note is kept with the figures.</source>
        <translation>Not saved: describe in the note what is wrong with the protocol copy. The note is kept with the figures.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Saved: revision {n}.</source>
        <translation>Saved: revision {n}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n warning(s) remain; check them against the photo.</source>
        <translation>
            <numerusform>%n warning remains; check it against the photo.</numerusform>
            <numerusform>%n warnings remain; check them against the photo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Saved as a draft: revision {n}. It is not final until saved without errors.</source>
        <translation>Saved as a draft: revision {n}. It is not final until saved without errors.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Not saved: %n error(s) in the figures. Correct them; or save as a draft (Ctrl+Shift+S); or, if the paper copy itself is wrong, tick the box below and describe it in the note.</source>
        <translation>
            <numerusform>Not saved: %n error in the figures. Correct it; or save as a draft (Ctrl+Shift+S); or, if the paper copy itself is wrong, tick the box below and describe it in the note.</numerusform>
            <numerusform>Not saved: %n errors in the figures. Correct them; or save as a draft (Ctrl+Shift+S); or, if the paper copy itself is wrong, tick the box below and describe it in the note.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Not saved: %n field(s) still blank. Type 0 where the protocol says none; or save as a draft (Ctrl+Shift+S).</source>
        <translation>
            <numerusform>Not saved: %n field still blank. Type 0 where the protocol says none; or save as a draft (Ctrl+Shift+S).</numerusform>
            <numerusform>Not saved: %n fields still blank. Type 0 where the protocol says none; or save as a draft (Ctrl+Shift+S).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35" />
        <source>Changes discarded: the saved figures are shown.</source>
        <translation>Changes discarded: the saved figures are shown.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Attach photos of the protocol</source>
        <translation>Attach photos of the protocol</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Storing photos in the database</source>
        <translation>Storing photos in the database</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Not attached, only JPEG or PNG photos can be kept:</source>
        <translation>Not attached, only JPEG or PNG photos can be kept:</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n photo(s) attached; they are saved with the protocol.</source>
        <translation>
            <numerusform>%n photo attached; it is saved with the protocol.</numerusform>
            <numerusform>%n photos attached; they are saved with the protocol.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only whole numbers can be typed here: digits 0–9, no signs or decimals.</source>
        <translation>Only whole numbers can be typed here: digits 0–9, no signs or decimals.</translation>
    </message>
</context>
<context>
    <name>ErrorRatesDialog</name>
    <message>
        <location filename="../../observer_app/ui/entry/error_rates_dialog.py" line="+73" />
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No station has both entries yet.</source>
        <translation>No station has both entries yet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stations with both entries: {compared}. Still differing, not counted until resolved: {pending}.</source>
        <translation>Stations with both entries: {compared}. Still differing, not counted until resolved: {pending}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Operator error rates</source>
        <translation>Operator error rates</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For each person who keyed protocols: the share of figures that differed from the final value (agreed by both entries or resolved).</source>
        <translation>For each person who keyed protocols: the share of figures that differed from the final value (agreed by both entries or resolved).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures keyed</source>
        <translation>Figures keyed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Differed</source>
        <translation>Differed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error rate</source>
        <translation>Error rate</translation>
    </message>
</context>
<context>
    <name>FigureForm</name>
    <message>
        <location filename="../../observer_app/ui/entry/form_grid.py" line="+161" />
        <source>Protocol lines</source>
        <translation>Protocol lines</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Against all</source>
        <translation>Against all</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../observer_app/ui/entry/history_panel.py" line="+54" />
        <source>Revision {n}</source>
        <translation>Revision {n}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Copy marked as wrong</source>
        <translation>Copy marked as wrong</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Photos attached</source>
        <translation>Photos attached</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No figure changed</source>
        <translation>No figure changed</translation>
    </message>
    <message>
        <location line="+11" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who, how</source>
        <translation>Who, how</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not saved yet: each save will be listed here.</source>
        <translation>Not saved yet: each save will be listed here.</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../observer_app/ui/entry/photo_viewer.py" line="+228" />
        <source>Zoom out (wheel down)</source>
        <translation>Zoom out (wheel down)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in (wheel up)</source>
        <translation>Zoom in (wheel up)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the whole photo</source>
        <translation>Show the whole photo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rotate left</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rotate right</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Attach &amp;photos…</source>
        <translation>Attach &amp;photos…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add JPEG or PNG photos of the protocol; you can also drop files here</source>
        <translation>Add JPEG or PNG photos of the protocol; you can also drop files here</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No photo yet.
Attach a photo of the protocol (JPEG or PNG) or drop the files here, then type the figures while looking at it.</source>
        <translation>No photo yet.
Attach a photo of the protocol (JPEG or PNG) or drop the files here, then type the figures while looking at it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No photo of this protocol.</source>
        <translation>No photo of this protocol.</translation>
    </message>
</context>
<context>
    <name>RestoreDraftsDialog</name>
    <message>
        <location filename="../../observer_app/ui/entry/restore.py" line="+116" />
        <source>Discard unsaved figures?</source>
        <translation>Discard unsaved figures?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The figures typed for station {code} will be thrown away. This is recorded in the audit log.</source>
        <translation>The figures typed for station {code} will be thrown away. This is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unsaved entries found</source>
        <translation>Unsaved entries found</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Observer App was closed before these protocols were saved. Nothing typed is lost: open one to continue exactly where you stopped, or keep them for later.</source>
        <translation>Observer App was closed before these protocols were saved. Nothing typed is lost: open one to continue exactly where you stopped, or keep them for later.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures typed</source>
        <translation>Figures typed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>ViolationCard</name>
    <message>
        <location filename="../../observer_app/ui/entry/checks_panel.py" line="-101" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Click to go to the first field of this check</source>
        <translation>Click to go to the first field of this check</translation>
    </message>
</context>
</TS>
