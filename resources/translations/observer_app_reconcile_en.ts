<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/import_wizard.py" line="+225"/>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— skip —</source>
        <translation>— skip —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station code (part)</source>
        <translation>Station code (part)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ballot no. {n}</source>
        <translation>ballot no. {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidate: {name}</source>
        <translation>Candidate: {name}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{lines} lines and {cands} candidates assigned.</source>
        <translation>{lines} lines and {cands} candidates assigned.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the contest column.</source>
        <translation>Choose the contest column.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the station code column(s).</source>
        <translation>Choose the station code column(s).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping (*.json)</source>
        <translation>Mapping (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mapping saved: {path}</source>
        <translation>Mapping saved: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What does each column hold?</source>
        <translation>What does each column hold?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guessed from the headers; correct any column in the first row. Several station columns are joined with &apos;/&apos; (region/number).</source>
        <translation>Guessed from the headers; correct any column in the first row. Several station columns are joined with &apos;/&apos; (region/number).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Save mapping…</translation>
    </message>
</context>
<context>
    <name>ContestsModel</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/models.py" line="+222"/>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voter coverage</source>
        <translation>Voter coverage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discrepant stations</source>
        <translation>Discrepant stations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official winner</source>
        <translation>Official winner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner-up</source>
        <translation>Runner-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin if corrected</source>
        <translation>Margin if corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome impact</source>
        <translation>Outcome impact</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no official figures</source>
        <translation>no official figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could change the winner</source>
        <translation>could change the winner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net shift between winner and runner-up: {shift}</source>
        <translation>Net shift between winner and runner-up: {shift}</translation>
    </message>
</context>
<context>
    <name>ContestsView</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/views.py" line="+198"/>
        <source>No reconciliation yet.</source>
        <translation>No reconciliation yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{contests} contests, {observed} of {stations} stations observed. Contests where the discrepancies alone could change the winner: {flagged}.</source>
        <translation>{contests} contests, {observed} of {stations} stations observed. Contests where the discrepancies alone could change the winner: {flagged}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>DiscrepanciesView</name>
    <message>
        <location line="-104"/>
        <location line="+48"/>
        <source>All contests</source>
        <translation>All contests</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{shown} of {total} findings</source>
        <translation>{shown} of {total} findings</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontest:</source>
        <translation>C&amp;ontest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Difference at least:</source>
        <translation>&amp;Difference at least:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find station, line or observer…</source>
        <translation>Find station, line or observer…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/import_wizard.py" line="-181"/>
        <source>Choose a table</source>
        <translation>Choose a table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tables (*.csv *.tsv *.txt *.zip *.xlsx)</source>
        <translation>Tables (*.csv *.tsv *.txt *.zip *.xlsx)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Which file?</source>
        <translation>Which file?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (any encoding, comma, semicolon or tab), CSV in a .zip, or XLSX.</source>
        <translation>CSV (any encoding, comma, semicolon or tab), CSV in a .zip, or XLSX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Official results by station</source>
        <translation>Official results by station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer copies</source>
        <translation>Observer copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official contest totals</source>
        <translation>Official contest totals</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What it holds:</source>
        <translation>&amp;What it holds:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;bserver:</source>
        <translation>O&amp;bserver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source (URL or note):</source>
        <translation>&amp;Source (URL or note):</translation>
    </message>
</context>
<context>
    <name>FindingKinds</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/models.py" line="-244"/>
        <source>Station discrepancy</source>
        <translation>Station discrepancy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observers disagree</source>
        <translation>Observers disagree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arithmetic</source>
        <translation>Arithmetic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest totals</source>
        <translation>Contest totals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome impact</source>
        <translation>Outcome impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official revision</source>
        <translation>Official revision</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location line="+53"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who / what</source>
        <translation>Who / what</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/import_wizard.py" line="+260"/>
        <source>Importing {file}</source>
        <translation>Importing {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: nothing was stored.</source>
        <translation>Cancelled: nothing was stored.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
</context>
<context>
    <name>ReconcileWindow</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/window.py" line="+82"/>
        <source>Reconciling with the official results</source>
        <translation>Reconciling with the official results</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Workbook saved: {path}</source>
        <translation>Workbook saved: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting to Excel</source>
        <translation>Exporting to Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reconciliation with the official results</source>
        <translation>Reconciliation with the official results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discrepancies</source>
        <translation>&amp;Discrepancies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contests</source>
        <translation>&amp;Contests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reconcile again</source>
        <translation>&amp;Reconcile again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;official results…</source>
        <translation>Import &amp;official results…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contest &amp;totals…</source>
        <translation>Import contest &amp;totals…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconciling…</source>
        <translation>Reconciling…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{election}. Observer copies: {observer}; official tallies: {official}; station discrepancies: {disc}; contests where the winner could change: {impact}</source>
        <translation>{election}. Observer copies: {observer}; official tallies: {official}; station discrepancies: {disc}; contests where the winner could change: {impact}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SYNTHETIC DEMO</source>
        <translation>SYNTHETIC DEMO</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/import_wizard.py" line="-107"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: nothing was stored. Fix these and import again:</source>
        <translation>Refused: nothing was stored. Fix these and import again:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored. The whole file was checked first.</source>
        <translation>Stored. The whole file was checked first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contest totals stored for: {contests}</source>
        <translation>Contest totals stored for: {contests}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{rows} rows read: {created} new, {revised} revised, {unchanged} unchanged.</source>
        <translation>{rows} rows read: {created} new, {revised} revised, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Official snapshot #{id}.</source>
        <translation>Official snapshot #{id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stations whose official figures changed: {stations}</source>
        <translation>Stations whose official figures changed: {stations}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ResultsMenu</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/menu.py" line="+63"/>
        <source>No election open</source>
        <translation>No election open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a database with an election first (File &gt; Open or New election).</source>
        <translation>Open a database with an election first (File &gt; Open or New election).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Results</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reconcile with official results…</source>
        <translation>&amp;Reconcile with official results…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the observers&apos; copies against the official figures</source>
        <translation>Hold the observers&apos; copies against the official figures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;official results…</source>
        <translation>Import &amp;official results…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contest &amp;totals…</source>
        <translation>Import contest &amp;totals…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import o&amp;bserver copies…</source>
        <translation>Import o&amp;bserver copies…</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../observer_app/ui/reconcile/station_dialog.py" line="+81"/>
        <source>Official figures from {file}</source>
        <translation>Official figures from {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>observer</source>
        <translation>observer</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Observer copy {uid}, revision {rev}</source>
        <translation>Observer copy {uid}, revision {rev}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The coordinator&apos;s decision</source>
        <translation>The coordinator&apos;s decision</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No photo attached to the observer copies.</source>
        <translation>No photo attached to the observer copies.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This photo cannot be shown.</source>
        <translation>This photo cannot be shown.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Station {code}</source>
        <translation>Station {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{code}&lt;/b&gt; {name} — contest {contest} {contest_name}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; {name} — contest {contest} {contest_name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo:</source>
        <translation>Photo:</translation>
    </message>
</context>
</TS>
