<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AddObserverDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/register_view.py" line="+115"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an observer</source>
        <translation>Add an observer</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/audit_view.py" line="+90"/>
        <source>Audit history</source>
        <translation>Audit history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify the history</source>
        <translation>&amp;Verify the history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every change</source>
        <translation>every change</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Verifying the audit history</source>
        <translation>Verifying the audit history</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chain of {n} entries is intact.</source>
        <translation>The chain of {n} entries is intact.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain is BROKEN at entry #{id}: it was changed or removed.</source>
        <translation>The chain is BROKEN at entry #{id}: it was changed or removed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every merged figure matches what its observer signed ({p} packages, {r} revisions, {f} photos).</source>
        <translation>Every merged figure matches what its observer signed ({p} packages, {r} revisions, {f} photos).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged data no longer matches the signed packages:</source>
        <translation>Merged data no longer matches the signed packages:</translation>
    </message>
</context>
<context>
    <name>ConfirmFingerprintDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/register_view.py" line="-42"/>
        <source>Accept an observer&apos;s key</source>
        <translation>Accept an observer&apos;s key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask {name} to read you the fingerprint shown in their Export window, and type it here. Accept only if it matches: that proves the packages are theirs.</source>
        <translation>Ask {name} to read you the fingerprint shown in their Export window, and type it here. Accept only if it matches: that proves the packages are theirs.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It matches.</source>
        <translation>It matches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the same fingerprint (yet).</source>
        <translation>Not the same fingerprint (yet).</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/conflicts_view.py" line="+129"/>
        <source>Differing copies of stations</source>
        <translation>Differing copies of stations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show stations already decided</source>
        <translation>Show stations already decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the photo of the protocol shows 412; second observer confirmed by phone</source>
        <translation>e.g. the photo of the protocol shows 412; second observer confirmed by phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save decisions</source>
        <translation>&amp;Save decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions on this station</source>
        <translation>Decisions on this station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} open fields</source>
        <translation>{n} open fields</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No station has copies that still differ.</source>
        <translation>No station has copies that still differ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Station {code}: {n} copies. Click a copy&apos;s value to choose it, or type the right one in the last column.</source>
        <translation>Station {code}: {n} copies. Click a copy&apos;s value to choose it, or type the right one in the last column.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to choose this value</source>
        <translation>Click to choose this value</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decision outdated (copies changed)</source>
        <translation>decision outdated (copies changed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decided</source>
        <translation>decided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>corrected to</source>
        <translation>corrected to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chose</source>
        <translation>chose</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No decision yet.</source>
        <translation>No decision yet.</translation>
    </message>
</context>
<context>
    <name>CoordinatorMenus</name>
    <message>
        <location filename="../../observer_app/ui/merge/__init__.py" line="+65"/>
        <source>C&amp;oordinator</source>
        <translation>C&amp;oordinator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport for coordinator…</source>
        <translation>E&amp;xport for coordinator…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your protocols, their history and photos to one signed file</source>
        <translation>Write your protocols, their history and photos to one signed file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge report packages…</source>
        <translation>&amp;Merge report packages…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify and merge the packages observers sent</source>
        <translation>Verify and merge the packages observers sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observer &amp;register…</source>
        <translation>Observer &amp;register…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept or revoke observers&apos; keys by their fingerprints</source>
        <translation>Accept or revoke observers&apos; keys by their fingerprints</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Differing copies…</source>
        <translation>&amp;Differing copies…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide, field by field, where observers&apos; copies of a station differ</source>
        <translation>Decide, field by field, where observers&apos; copies of a station differ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Audit history…</source>
        <translation>&amp;Audit history…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to the database, and a check that none was tampered with</source>
        <translation>Every change to the database, and a check that none was tampered with</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tally &amp;history…</source>
        <translation>Tally &amp;history…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every revision of the selected station&apos;s tallies, and who made it</source>
        <translation>Every revision of the selected station&apos;s tallies, and who made it</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/export_dialog.py" line="+153"/>
        <source>Export for the coordinator</source>
        <translation>Export for the coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect my new signing key with a passphrase</source>
        <translation>Protect my new signing key with a passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All stations with a saved protocol ({n})</source>
        <translation>&amp;All stations with a saved protocol ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the stations &amp;ticked below</source>
        <translation>Only the stations &amp;ticked below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read this fingerprint to your coordinator (by phone or in person) so they can accept your packages.</source>
        <translation>Read this fingerprint to your coordinator (by phone or in person) so they can accept your packages.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(created with your first export)</source>
        <translation>(created with your first export)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your signing key is created now and kept in your user folder.</source>
        <translation>Your signing key is created now and kept in your user folder.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no saved observer protocol to export yet.</source>
        <translation>There is no saved observer protocol to export yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the package</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report packages (*.oapkg)</source>
        <translation>Report packages (*.oapkg)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writing the package</source>
        <translation>Writing the package</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written {path}: {tallies} protocols of {stations} stations with their history and {photos} photos, signed with key {fingerprint}. Give this file to your coordinator.</source>
        <translation>Written {path}: {tallies} protocols of {stations} stations with their history and {photos} photos, signed with key {fingerprint}. Give this file to your coordinator.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/merge_dialog.py" line="+139"/>
        <source>Merge report packages</source>
        <translation>Merge report packages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the packages observers sent you (files or whole folders; you can also drop them here). Each one is checked completely (signature, every file, election) before anything is written, and merged on its own: a bad file changes nothing.</source>
        <translation>Add the packages observers sent you (files or whole folders; you can also drop them here). Each one is checked completely (signature, every file, election) before anything is written, and merged on its own: a bad file changes nothing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a f&amp;older…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve differing copies…</source>
        <translation>Resolve differing copies…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Report packages</source>
        <translation>Report packages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report packages (*{suffix} *.zip);;All files (*)</source>
        <translation>Report packages (*{suffix} *.zip);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of report packages</source>
        <translation>A folder of report packages</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Merging {n} packages</source>
        <translation>Merging {n} packages</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{new} new tallies, {revised} revised, {revisions} revisions, {photos} photos</source>
        <translation>{new} new tallies, {revised} revised, {revisions} revisions, {photos} photos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waits until you accept this key in the observer register</source>
        <translation>Waits until you accept this key in the observer register</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} merged</source>
        <translation>{n} merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} already merged</source>
        <translation>{n} already merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} in quarantine</source>
        <translation>{n} in quarantine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} refused</source>
        <translation>{n} refused</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: the packages merged so far stay merged.</source>
        <translation>Cancelled: the packages merged so far stay merged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup taken before merging: {path}</source>
        <translation>Backup taken before merging: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} stations now have copies that differ and need a decision.</source>
        <translation>{n} stations now have copies that differ and need a decision.</translation>
    </message>
</context>
<context>
    <name>MergeLabels</name>
    <message>
        <location filename="../../observer_app/ui/merge/labels.py" line="+18"/>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already merged</source>
        <translation>Already merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In quarantine</source>
        <translation>In quarantine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not merged (cancelled)</source>
        <translation>Not merged (cancelled)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a report package</source>
        <translation>Not a report package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is incomplete (cut off)</source>
        <translation>The file is incomplete (cut off)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file inside points outside the package</source>
        <translation>A file inside points outside the package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file inside appears twice</source>
        <translation>A file inside appears twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted contents</source>
        <translation>Encrypted contents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would expand beyond the size limit</source>
        <translation>Would expand beyond the size limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part of the package is missing</source>
        <translation>A part of the package is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds a file the signature does not cover</source>
        <translation>Holds a file the signature does not cover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged contents (malformed JSON)</source>
        <translation>Damaged contents (malformed JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an Observer App report package</source>
        <translation>Not an Observer App report package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by a newer version of the app</source>
        <translation>Made by a newer version of the app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents do not match the package format</source>
        <translation>Contents do not match the package format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not verify</source>
        <translation>The signature does not verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after signing (hash mismatch)</source>
        <translation>Changed after signing (hash mismatch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For another election</source>
        <translation>For another election</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names a station not in this election</source>
        <translation>Names a station not in this election</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inconsistent contents</source>
        <translation>Inconsistent contents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contradicts figures already merged</source>
        <translation>Contradicts figures already merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The observer&apos;s key was revoked</source>
        <translation>The observer&apos;s key was revoked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for acceptance</source>
        <translation>Waiting for acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo created</source>
        <translation>Demo created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo discarded</source>
        <translation>Demo discarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft deleted</source>
        <translation>Draft deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election created</source>
        <translation>Election created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer registered</source>
        <translation>Observer registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer&apos;s key accepted</source>
        <translation>Observer&apos;s key accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer&apos;s key revoked</source>
        <translation>Observer&apos;s key revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package merged</source>
        <translation>Package merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package put in quarantine</source>
        <translation>Package put in quarantine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo added</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo attached</source>
        <translation>Photo attached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-entry decision</source>
        <translation>Double-entry decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision on differing copies</source>
        <translation>Decision on differing copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures imported</source>
        <translation>Figures imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol saved</source>
        <translation>Protocol saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official totals imported</source>
        <translation>Official totals imported</translation>
    </message>
</context>
<context>
    <name>ObserverRegisterDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/register_view.py" line="+87"/>
        <source>Observer register</source>
        <translation>Observer register</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages are merged only from accepted keys. A package from an unknown key waits in quarantine until you check its fingerprint with the observer and accept it.</source>
        <translation>Packages are merged only from accepted keys. A package from an unknown key waits in quarantine until you check its fingerprint with the observer and accept it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add by fingerprint…</source>
        <translation>&amp;Add by fingerprint…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccept…</source>
        <translation>A&amp;ccept…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Merging the packages that waited</source>
        <translation>Merging the packages that waited</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accepted. {n} packages were waiting.</source>
        <translation>Accepted. {n} packages were waiting.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke a key</source>
        <translation>Revoke a key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packages signed with {name}&apos;s key will be refused from now on; what was merged stays. Why?</source>
        <translation>Packages signed with {name}&apos;s key will be refused from now on; what was merged stays. Why?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}&apos;s key is revoked.</source>
        <translation>{name}&apos;s key is revoked.</translation>
    </message>
</context>
<context>
    <name>TallyHistoryDialog</name>
    <message>
        <location filename="../../observer_app/ui/merge/history_view.py" line="+120"/>
        <source>History of station {code}</source>
        <translation>History of station {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observer</source>
        <translation>observer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second entry</source>
        <translation>second entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>official</source>
        <translation>official</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{source} {who} · revision {n}</source>
        <translation>{source} {who} · revision {n}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Station {code} has no tally yet.</source>
        <translation>Station {code} has no tally yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station {code}: every saved state of the figures, oldest first.</source>
        <translation>Station {code}: every saved state of the figures, oldest first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>first entry</source>
        <translation>first entry</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>photo {sha}</source>
        <translation>photo {sha}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The paper protocol itself is faulty</source>
        <translation>The paper protocol itself is faulty</translation>
    </message>
</context>
</TS>
