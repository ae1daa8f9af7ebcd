<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>BugDialog</name>
    <message>
        <location filename="../../observer_app/ui/errors.py" line="+84"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Observer App met an error it did not expect. This is a bug in the app, not a mistake of yours. Your saved data is safe: the unfinished step was rolled back.</source>
        <translation>Observer App met an error it did not expect. This is a bug in the app, not a mistake of yours. Your saved data is safe: the unfinished step was rolled back.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details (copy them into a bug report):</source>
        <translation>Details (copy them into a bug report):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="-57"/>
        <source>The file or value was refused</source>
        <translation>The file or value was refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be used</source>
        <translation>The database cannot be used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../observer_app/ui/import_dialog.py" line="+140"/>
        <source>As the definition or the mapping says</source>
        <translation>As the definition or the mapping says</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another form file…</source>
        <translation>Another form file…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: the table has the canonical columns</source>
        <translation>None: the table has the canonical columns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another mapping file…</source>
        <translation>Another mapping file…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a protocol form</source>
        <translation>Choose a protocol form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a mapping</source>
        <translation>Choose a mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files</source>
        <translation>JSON files</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the election file</source>
        <translation>Choose the election file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elections and results</source>
        <translation>Elections and results</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a file to see what it holds.</source>
        <translation>Choose a file to see what it holds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An election definition (JSON).</source>
        <translation>An election definition (JSON).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A results table: the election is built from its stations. Choose its protocol form unless the mapping names one.</source>
        <translation>A results table: the election is built from its stations. Choose its protocol form unless the mapping names one.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import an election</source>
        <translation>Import an election</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol &amp;form:</source>
        <translation>Protocol &amp;form:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mapping:</source>
        <translation>&amp;Mapping:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election &amp;code:</source>
        <translation>Election &amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election &amp;name:</source>
        <translation>Election &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .json definition or a .csv, .zip or .xlsx table</source>
        <translation>A .json definition or a .csv, .zip or .xlsx table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As in the file</source>
        <translation>As in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also store the table&apos;s figures as &amp;official results</source>
        <translation>Also store the table&apos;s figures as &amp;official results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="+307"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Election</source>
        <translation>&amp;Election</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New election…</source>
        <translation>&amp;New election…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new database file for an election: the demo or an import</source>
        <translation>Start a new database file for an election: the demo or an import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a database file</source>
        <translation>Open a database file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;server database…</source>
        <translation>Open &amp;server database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the team&apos;s PostgreSQL database by its URL</source>
        <translation>Connect to the team&apos;s PostgreSQL database by its URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import election…</source>
        <translation>&amp;Import election…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an election from a definition file or a results table</source>
        <translation>Create an election from a definition file or a results table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy station code</source>
        <translation>&amp;Copy station code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected station&apos;s code</source>
        <translation>Copy the selected station&apos;s code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language and operator name</source>
        <translation>Language and operator name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contests panel</source>
        <translation>&amp;Contests panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the list of contests</source>
        <translation>Show or hide the list of contests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the stations and their statuses again</source>
        <translation>Read the stations and their statuses again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find station</source>
        <translation>&amp;Find station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find a station by code, name or address</source>
        <translation>Find a station by code, name or address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open station</source>
        <translation>&amp;Open station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or correct the protocol figures</source>
        <translation>Enter or correct the protocol figures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Double entry</source>
        <translation>&amp;Double entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key the protocol again without seeing the first entry (blind double entry)</source>
        <translation>Key the protocol again without seeing the first entry (blind double entry)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next station without a tally</source>
        <translation>&amp;Next station without a tally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next station in the list that has no observer entry</source>
        <translation>Open the next station in the list that has no observer entry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the protocol form and return to the list</source>
        <translation>Close the protocol form and return to the list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare double entry</source>
        <translation>&amp;Compare double entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the first and the blind second entry side by side and resolve differences</source>
        <translation>Show the first and the blind second entry side by side and resolve differences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operator &amp;error rates…</source>
        <translation>Operator &amp;error rates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many keyed figures differed from the resolved value, per operator</source>
        <translation>How many keyed figures differed from the resolved value, per operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Observer App</source>
        <translation>&amp;About Observer App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All stations</source>
        <translation>&amp;All stations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SYNTHETIC DEMO</source>
        <translation>SYNTHETIC DEMO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Synthetic demo: the candidates, stations and figures are invented. Never publish or cite them.</source>
        <translation>Synthetic demo: the candidates, stations and figures are invented. Never publish or cite them.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading the stations…</source>
        <translation>Loading the stations…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <source>Checking the stations…</source>
        <translation>Checking the stations…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Observer App databases</source>
        <translation>Observer App databases</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open server database</source>
        <translation>Open server database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database URL, for example postgresql+psycopg://user@host/observer
(keep the password in ~/.pgpass rather than in the URL)</source>
        <translation>Database URL, for example postgresql+psycopg://user@host/observer
(keep the password in ~/.pgpass rather than in the URL)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New election database</source>
        <translation>New election database</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No recent databases</source>
        <translation>No recent databases</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing {file}</source>
        <translation>Importing {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Imported {name}: %Ln station(s)</source>
        <translation>
            <numerusform>Imported {name}: %Ln station</numerusform>
            <numerusform>Imported {name}: %Ln stations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Creating the synthetic demo election</source>
        <translation>Creating the synthetic demo election</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Loading the election; the station opens next…</source>
        <translation>Loading the election; the station opens next…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The protocol entry form is not part of this build.</source>
        <translation>The protocol entry form is not part of this build.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocol</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operator name</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name as it should appear with every figure you enter (you can change it in Settings):</source>
        <translation>Your name as it should appear with every figure you enter (you can change it in Settings):</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Still checking the stations…</source>
        <translation>Still checking the stations…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every station shown has a tally.</source>
        <translation>Every station shown has a tally.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>About Observer App</source>
        <translation>About Observer App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Protocol entry, checks and reconciliation for citizen election observers.&lt;/p&gt;&lt;p&gt;Every figure keeps who entered it, when and from which photo or file; nothing is overwritten.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Settings: {settings}&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Protocol entry, checks and reconciliation for citizen election observers.&lt;/p&gt;&lt;p&gt;Every figure keeps who entered it, when and from which photo or file; nothing is overwritten.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;br&gt;Settings: {settings}&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigatorWidget</name>
    <message>
        <location filename="../../observer_app/ui/navigator.py" line="+392"/>
        <source>All statuses ({count})</source>
        <translation>All statuses ({count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+68"/>
        <source>All contests</source>
        <translation>All contests</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%Ln station(s)</source>
        <translation>
            <numerusform>%Ln station</numerusform>
            <numerusform>%Ln stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>{done} of %Ln station(s) have an observer entry</source>
        <translation>
            <numerusform>{done} of %Ln station has an observer entry</numerusform>
            <numerusform>{done} of %Ln stations have an observer entry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>{shown} of %Ln station(s)</source>
        <translation>
            <numerusform>{shown} of %Ln station</numerusform>
            <numerusform>{shown} of %Ln stations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station code, name or address (Ctrl+F)</source>
        <translation>Station code, name or address (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to filter the stations; Up and Down move through the results, Enter opens the selected station, Esc clears the search.</source>
        <translation>Type to filter the stations; Up and Down move through the results, Enter opens the selected station, Esc clears the search.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the stations with this status</source>
        <translation>Show only the stations with this status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations with an observer entry / all stations</source>
        <translation>Stations with an observer entry / all stations</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../observer_app/ui/settings.py" line="+151"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Operator name:</source>
        <translation>&amp;Operator name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as it should appear in the records</source>
        <translation>Your name as it should appear in the records</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The operator name is stored with every protocol you enter or correct, so a coordinator can trace each figure back to who typed it.</source>
        <translation>The operator name is stored with every protocol you enter or correct, so a coordinator can trace each figure back to who typed it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings file: {path}</source>
        <translation>Settings file: {path}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../observer_app/ui/shortcuts.py" line="+59"/>
        <source>Type letters or digits</source>
        <translation>Type letters or digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find: the list narrows as you type</source>
        <translation>Find: the list narrows as you type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Up, Down, Page Up, Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move through the stations, even while finding</source>
        <translation>Move through the stations, even while finding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc in the find box</source>
        <translation>Esc in the find box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click</source>
        <translation>Double-click</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the station</source>
        <translation>Open the station</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything the app does is in a menu, and everything in a menu has a key. Keys of the protocol form are listed while a station is open.</source>
        <translation>Everything the app does is in a menu, and everything in a menu has a key. Keys of the protocol form are listed while a station is open.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In the station list</source>
        <translation>In the station list</translation>
    </message>
</context>
<context>
    <name>StationStatus</name>
    <message>
        <location filename="../../observer_app/ui/navigator_model.py" line="+80"/>
        <source>No tally</source>
        <translation>No tally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-entered, matching</source>
        <translation>Double-entered, matching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-entered, differing</source>
        <translation>Double-entered, differing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has errors</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official figures only</source>
        <translation>Official figures only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing entered for this station</source>
        <translation>Nothing entered for this station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry started but not saved as final</source>
        <translation>Entry started but not saved as final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved; no blind second entry yet</source>
        <translation>Saved; no blind second entry yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The blind second entry agrees with the first (or every difference is resolved)</source>
        <translation>The blind second entry agrees with the first (or every difference is resolved)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The blind second entry differs from the first: resolve the differences</source>
        <translation>The blind second entry differs from the first: resolve the differences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved figures break a control relation of the protocol</source>
        <translation>Saved figures break a control relation of the protocol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Official figures are imported; no observer entry yet</source>
        <translation>Official figures are imported; no observer entry yet</translation>
    </message>
</context>
<context>
    <name>StationTable</name>
    <message>
        <location line="-36"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voters</source>
        <translation>Voters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered voters</source>
        <translation>Registered voters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official figures imported</source>
        <translation>Official figures imported</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/status_line.py" line="+90"/>
        <source>{status}: %Ln station(s). Click to show only these.</source>
        <translation>
            <numerusform>{status}: %Ln station. Click to show only this one.</numerusform>
            <numerusform>{status}: %Ln stations. Click to show only these.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operator: {name}</source>
        <translation>Operator: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator: not set</source>
        <translation>Operator: not set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name saved with your entries (click to change)</source>
        <translation>The name saved with your entries (click to change)</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../../observer_app/ui/workers.py" line="+139"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling… the unfinished step is being rolled back.</source>
        <translation>Cancelling… the unfinished step is being rolled back.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{done} of {total}</source>
        <translation>{done} of {total}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../observer_app/ui/welcome.py" line="+164"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location line="-67"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to {app}</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database holds no election yet. Start with the demo to see how the app works, or bring in the election you observe.</source>
        <translation>This database holds no election yet. Start with the demo to see how the app works, or bring in the election you observe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the synthetic demo</source>
        <translation>&amp;Open the synthetic demo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shape of Kazakhstan&apos;s akim elections of 5 November 2023: 45 contests and 1,491 stations with invented candidates and figures, a few planted errors to find. Never publish its figures.</source>
        <translation>The shape of Kazakhstan&apos;s akim elections of 5 November 2023: 45 contests and 1,491 stations with invented candidates and figures, a few planted errors to find. Never publish its figures.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import an election…</source>
        <translation>&amp;Import an election…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From an election definition (JSON) or a results table (CSV, XLSX, ZIP) with one row per polling station.</source>
        <translation>From an election definition (JSON) or a results table (CSV, XLSX, ZIP) with one row per polling station.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open another &amp;database…</source>
        <translation>Open another &amp;database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database file a colleague gave you, or the team&apos;s server database.</source>
        <translation>A database file a colleague gave you, or the team&apos;s server database.</translation>
    </message>
</context>
</TS>
