<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/entry/checks_panel.py" line="+126" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>All checks pass.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Checks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DoubleEntryView</name>
    <message>
        <location filename="../../observer_app/ui/entry/double_entry_view.py" line="+229" />
        <source>Why this value? (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Reason (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>Choose or type the right value for: {figure}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>{figure}: {value} is neither entry's value. Say why in the reason field (for example, what the photo shows).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>Not resolved: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Resolved. The observer's tally now holds the resolved figures; each decision is recorded with your name and reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Not comparable yet</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Entries match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Double entry: polling station {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>This station needs both the observer's entry and a blind second entry before they can be compared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>First entry: {first} (revision {r1}) · Second entry: {second} (revision {r2}) · {same} figures match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Both entries have the same figures: nothing to resolve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>First entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Second entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Right value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Take the first entry's value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Take the second entry's value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The value the paper protocol shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Resolved by {who} on {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location line="+4" />
        <source>Apply resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-3" />
        <source>Store the chosen values (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Operator error rates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Back to the station list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntryTexts</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/entry/texts.py" line="+117" />
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
        <location filename="../../observer_app/ui/entry/entry_widget.py" line="+243" />
        <source>Operator: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>(not set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Polling station {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Blind second keying: the first entry is not shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The observer's own entry of this protocol.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The protocol copy itself is wrong (record it exactly as written)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Tick when the official copy breaks the checks as written: the figures are saved as they are on paper, with your note explaining what is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Note (required when the copy is marked wrong):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>What is wrong with the paper copy: which lines, corrections, missing stamps…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Save the protocol (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Save as draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Keep the figures as an unfinished tally, errors and all (Ctrl+Shift+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Go back to the last saved figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Save protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Save protocol as draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Back to the station list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Zoom photo in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Zoom photo out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Fit photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Rotate photo left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Rotate photo right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>Unsaved figures from {time} were restored. Check them against the photo and save, or discard them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+108" />
        <source>Could not keep the draft: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Saved revision {n} ({kind}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Not saved yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Unsaved changes: keeping a draft…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Unsaved changes kept as a draft at {time}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Unsaved changes kept as a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Not saved: describe in the note what is wrong with the protocol copy. The note is kept with the figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Not saved: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Saved: revision {n}.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Attach photos of the protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Storing photos in the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Not attached, only JPEG or PNG photos can be kept:</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorRatesDialog</name>
    <message>
        <location filename="../../observer_app/ui/entry/error_rates_dialog.py" line="+73" />
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>No station has both entries yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Stations with both entries: {compared}. Still differing, not counted until resolved: {pending}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Operator error rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>For each person who keyed protocols: the share of figures that differed from the final value (agreed by both entries or resolved).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Stations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Figures keyed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Differed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Error rate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureForm</name>
    <message>
        <location filename="../../observer_app/ui/entry/form_grid.py" line="+161" />
        <source>Protocol lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Against all</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../observer_app/ui/entry/history_panel.py" line="+54" />
        <source>Revision {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Copy marked as wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Photos attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>No figure changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Who, how</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Not saved yet: each save will be listed here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../observer_app/ui/entry/photo_viewer.py" line="+228" />
        <source>Zoom out (wheel down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in (wheel up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Show the whole photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Rotate left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Rotate right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Attach &amp;photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Add JPEG or PNG photos of the protocol; you can also drop files here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>No photo yet.
Attach a photo of the protocol (JPEG or PNG) or drop the files here, then type the figures while looking at it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>No photo of this protocol.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDraftsDialog</name>
    <message>
        <location filename="../../observer_app/ui/entry/restore.py" line="+116" />
        <source>Discard unsaved figures?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The figures typed for station {code} will be thrown away. This is recorded in the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Unsaved entries found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Observer App was closed before these protocols were saved. Nothing typed is lost: open one to continue exactly where you stopped, or keep them for later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Figures typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Discard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ViolationCard</name>
    <message>
        <location filename="../../observer_app/ui/entry/checks_panel.py" line="-94" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Click to go to the first field of this check</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
