<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutText</name>
    <message>
        <source>%1: highlighted original files and export previews, colour themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE Syntax-Highlighting: not in this build (original files and export previews are plain text, built-in colours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;A workbench for analysts who read many news sources about one story and build a dated, sourced chronology from them.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Optional features:&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;&lt;p&gt;City names from GeoNames (geonames.org), licensed CC BY 4.0; country and subdivision names from the iso-codes project.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeAttribution</name>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockLayout</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityCard</name>
    <message>
        <source>Unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate: Enter accepts, Delete rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mention in this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentions in this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFileDialogs</name>
    <message>
        <source>Annalist projects (*.annalist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; Annalist never overwrites a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The password was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be asked for the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Password of %2 for %3 on %4:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeCard</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed: Enter accepts, Delete rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: Delete rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIMEX3 value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is undated: relative words have nothing to be read against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor: the source&apos;s date, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::AcceptSourceDatingCommand</name>
    <message>
        <source>Set the source&apos;s date to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::AddEvidenceCommand</name>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::AddMentionCommand</name>
    <message>
        <source>Mark mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::AnnotationController</name>
    <message>
        <source>Mark as &amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Title or Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Oth&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Entity &amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to Another Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All Candidates of This &amp;Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All Occurrences in This &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All Occurrences in All S&amp;ources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words to mark first, then press P, O, L, T or E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (also: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new entity named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Entity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be several entities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor on a mention first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other entity to link the mention to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; refers to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor on a mention, or select an entity, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences marked as candidates: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates accepted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ChronologyFilterBar</name>
    <message>
        <source>Conflicts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter chronology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events with this entity as participant or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events with a passage from this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in this lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events that may have happened at or after this time (any form the time field takes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events that may have happened at or before this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time the range can start at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time the range can end at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ChronologyModel</name>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order uncertain: its time overlaps a neighbour&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDTF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time is known for this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s)</source>
        <translation>
            <numerusform>%n independent source</numerusform>
            <numerusform>%n independent sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ChronologyPanel</name>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare conflicting passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ChronologyWorkspace</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Event from Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an event of the selected passage: title, participants, place and time are taken from its sentence, and the passage becomes its first evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Selection as &amp;Supporting Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Selection as &amp;Contradicting Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Selection as &amp;Mentioning Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Sources from &amp;Titles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Roles Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Roles Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles tables (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load who held which title when from a CSV file with the columns entity, entity type, title, organisation, from, to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Chronology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chronology as a PDF report, a table, a calendar, a timeline or annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import C&amp;hronology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in events kept as CSV (the columns of the CSV export) or TimelineJS3 JSON, with their quotes found in the project&apos;s sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronologies (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some passages were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the chronology: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a source and select a passage to make an event of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make an event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles imported: %1 added, %2 already known, %3 new entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) imported (passages: %2, new entities: %3).</source>
        <translation>
            <numerusform>%1: %n event imported (passages: %2, new entities: %3).</numerusform>
            <numerusform>%1: %n events imported (passages: %2, new entities: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) or row(s) could not be placed; see the details.</source>
        <translation>
            <numerusform>%n passage or row could not be placed; see the details.</numerusform>
            <numerusform>%n passages or rows could not be placed; see the details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ConflictsPanel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sources say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a conflict to read both passages side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: no two passages about one event disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) affected</source>
        <translation>
            <numerusform>%n event affected</numerusform>
            <numerusform>%n events affected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>annalist::CreateEntityWithMentionCommand</name>
    <message>
        <source>New %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::CreateEventCommand</name>
    <message>
        <source>New event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::EntityDock</name>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles and offices held for a time. Dates: 2025-01-21, 2024-06 or 2024; empty when open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names of %1, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::EntityListModel</name>
    <message>
        <source>%1 (also: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::EntityRoleModel</name>
    <message>
        <source>A date as 2025-01-21, 2024-06 or 2024; empty when open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::EventEditor</name>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024-09-30, Sep 2024, early 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a time as you know it: a day, a month, a year, &quot;c. 2024&quot;, &quot;2024-09?&quot;, &quot;early 2025&quot;, &quot;between 2024-06-02 and 2024-09-30&quot;, &quot;before 2025-01-20&quot; or an EDTF value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you make of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – Probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – Possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – Improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 – Cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme this event belongs to; the timeline can show one lane per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a passage to read it in its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected passage as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote the selected passage as supporting this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote the selected passage as contradicting this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote the selected passage as mentioning this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event selected. Select a passage in a source and press Ctrl+E to make an event of it, or pick one in the chronology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to edit its events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s) support this event.</source>
        <translation>
            <numerusform>%n independent source supports this event.</numerusform>
            <numerusform>%n independent sources support this event.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;unknown time&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · EDTF %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in a source first, then add it as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in this event (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in this event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 · changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from “%1”, against %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · changed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ExportDialog</name>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS3 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (calendars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (word processors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brat standoff annotations (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a byte order mark, for spreadsheet programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to write: a typeset report, a table, a calendar, a timeline or annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the events these filters let through are exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, for the title page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RESTRICTED — not for onward release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handling line for the title page and the foot of every page; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chronology could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The sources these events quote have no confirmed names yet, so their .ann files would be empty. Confirm names in the reader first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation file(s)</source>
        <translation>
            <numerusform>%1 of %n annotation file</numerusform>
            <numerusform>%1 of %n annotation files</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export brat Annotations to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1 (%2).</source>
        <translation>
            <numerusform>Exported %n event to %1 (%2).</numerusform>
            <numerusform>Exported %n events to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without both a start and an end could not be written.</source>
        <translation>
            <numerusform>%n event without both a start and an end could not be written.</numerusform>
            <numerusform>%n events without both a start and an end could not be written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facing Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who last changed each event and passage, and when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::FindBar</name>
    <message>
        <source>Aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ImportChronologyCommand</name>
    <message>
        <source>Import chronology %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ImportProgress</name>
    <message>
        <source>Analyse New Sources on &amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as New Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import; the sources imported so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News sources (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project before importing sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the current import to finish, or cancel it, before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the project and not added again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the sources imported before that are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sources to analyse in the library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An analysis is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the current analysis to finish, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed %1 mentions and %2 time expressions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis was cancelled; the sources analysed before that keep their proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell which sources still need analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ImportRolesCommand</name>
    <message>
        <source>Import roles table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::LibraryPanel</name>
    <message>
        <source>Filter sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Current Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Reliability Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date from Titles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infer when the selected sources were written from the titles they give people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set reliability grade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::MainWindow</name>
    <message>
        <source>Open a project with File ▸ Open Project, or create one with File ▸ New Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search All Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter S&amp;ources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nalyse Selected Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;New Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Annalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Annalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open. Use File ▸ New Project or File ▸ Open Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Annalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1 · Entities: %2 · Mentions: %3 · Select text and press P, O, L, T or E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Team Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the mentions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the entity types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Annalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count what the project holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the server of %1 lost; reconnecting. Nothing can be changed until it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server of %1 again; what others changed meanwhile is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Local Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish to Team Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Local Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to Team Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is on the team server now. Open the team project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is on a team server already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %L1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the project to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs an empty database: ask the server&apos;s administrator for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check %1 for damage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was checked for damage: none found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It is read-only from now on, so that nothing more is written to it; copy out what you need and restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 for damage in the background…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::MarkAllOccurrencesCommand</name>
    <message>
        <source>Mark all occurrences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::MentionListModel</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::MentionsDock</name>
    <message>
        <source>Select an entity to see where it is mentioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::MergeEntitiesCommand</name>
    <message>
        <source>Merge entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::OriginalView</name>
    <message>
        <source>The original file is not text (%1, %2); the Text tab shows the text taken from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::PaneActions</name>
    <message>
        <source>&amp;Close Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::PasswordKeyring</name>
    <message>
        <source>This build of Annalist cannot use the desktop keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop keyring refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ProjectCommand</name>
    <message>
        <source>The change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed it at %2, after your edit; undoing your edit would overwrite theirs, so it stays as they left it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed it at %2, after you undid your edit; doing it again would overwrite theirs, so it stays as they left it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed it at %2, after your window showed it: %3. Nothing of theirs was overwritten; look, then decide again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ProjectCopyProgress</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy is already running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::ReaderPane</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source in the library to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages of this source are marked in this colour in the other panes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::RemoveEventCommand</name>
    <message>
        <source>Remove event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::RemoveEvidenceCommand</name>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::RemoveMentionCommand</name>
    <message>
        <source>Remove mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mention “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::RenameEntityCommand</name>
    <message>
        <source>Rename to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now named “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SearchDock</name>
    <message>
        <source>Search all sources (words, &quot;phrases&quot;, OR, NOT, prefix*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source contains &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passages in %2 sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SearchResultModel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SetChronologyAnnotationCommand</name>
    <message>
        <source>Annotate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the highlight of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now has no comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now has the comment “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now not highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now highlighted in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SetEntityAliasesCommand</name>
    <message>
        <source>Change aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change aliases of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SetEntityRolesCommand</name>
    <message>
        <source>Change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now has no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roles of “%1” are now: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SetEntityTypeCommand</name>
    <message>
        <source>Change entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now has the type %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SetEvidenceNoteCommand</name>
    <message>
        <source>Remove note on evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passage now has no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passage&apos;s note is now “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SetEvidenceStanceCommand</name>
    <message>
        <source>Mark evidence as supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark evidence as contradicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark evidence as a mention only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passage is now marked as supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passage is now marked as contradicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passage is now marked as a mention only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SetMentionEntityCommand</name>
    <message>
        <source>Link mention to another entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now linked to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SetMentionStatusCommand</name>
    <message numerus="yes">
        <source>Accept %n mention(s)</source>
        <translation>
            <numerusform>Accept %n mention</numerusform>
            <numerusform>Accept %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n mention(s)</source>
        <translation>
            <numerusform>Reject %n mention</numerusform>
            <numerusform>Reject %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n mention(s)</source>
        <translation>
            <numerusform>Reopen %n mention</numerusform>
            <numerusform>Reopen %n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SetSourceGradeCommand</name>
    <message>
        <source>Remove source grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now graded %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SetTimexStatusCommand</name>
    <message>
        <source>Accept the time “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the time “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the time “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (follows the desktop&apos;s light or dark palette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in (follows the desktop&apos;s light or dark palette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of the reader&apos;s page, text and entity types, and of highlighted original files; themes from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More colour themes and highlighted original files come with KDE Syntax-Highlighting, which this build of Annalist does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour &amp;theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s page and text in this theme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SourceDatingDialog</name>
    <message>
        <source>&amp;Accept window as publication time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Sources from Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the entities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ titles cannot all be right at one time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no titles that date it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The titles a source gives people tell when it was written, given who held which title when (the roles of the entities). %1 of %2 sources dated; %3 with titles that cannot all be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;It gives no one a title whose time is known. Add roles to entities (Entities dock) or import a roles table (Chronology ▸ Import Roles Table).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;So it was written %1 (EDTF %2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SourceListModel</name>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stated as &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::SourceTabs</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the source, to read and annotate (Ctrl+U switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it was imported, with the markup and metadata the text leaves out (Ctrl+U switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Original File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::TeamProjectDialog</name>
    <message>
        <source>&amp;Keep the password in the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Team Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team project is a database on a PostgreSQL server that the team shares. Ask the team&apos;s owner for the database name and your user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name, address or socket folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require encryption and a verified server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to Team Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing copies this project into a database on a PostgreSQL server, where the team shares it. The database must exist and be empty: ask the server&apos;s administrator to make one for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::TimeValueText</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1 (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1 (inclusive, uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::TimelinePanel</name>
    <message>
        <source>&amp;Lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every event (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show when each source reported the event, to spot late or anticipatory reporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::TimelineView</name>
    <message>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ reported by a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Select a passage and press Ctrl+E to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these events has a known time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without a known time not shown</source>
        <translation>
            <numerusform>%n event without a known time not shown</numerusform>
            <numerusform>%n events without a known time not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>annalist::TypeLegend</name>
    <message>
        <source>%1 mentions are shown in this colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentions are hidden (View ▸ Show Entity Types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted underline = candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed mentions: Enter accepts, Delete rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::TypeVisibilityMenu</name>
    <message>
        <source>Show Entity &amp;Types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>annalist::UpdateEventCommand</name>
    <message>
        <source>Rename event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the time of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the place of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the participants of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the description of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the assessment of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the credibility of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the lane of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the tags of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the event at %2, after you read it; it is now “%3” (%4). Nothing of theirs was overwritten: look at their version, then edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
