<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <source>The time limit of %n day(s) runs from this day: mediation must end by {deadline}.</source>
        <translation>
            <numerusform>The time limit of %n day runs from this day: mediation must end by {deadline}.</numerusform>
            <numerusform>The time limit of %n days runs from this day: mediation must end by {deadline}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message numerus="yes">
        <source>Cannot save yet: {problem} (and %n more)</source>
        <translation>
            <numerusform>Cannot save yet: {problem} (and %n more)</numerusform>
            <numerusform>Cannot save yet: {problem} (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message numerus="yes">
        <source>Cases with the deadline within %n day(s) or past: {count}</source>
        <translation>
            <numerusform>Cases with the deadline within %n day or past: {count}</numerusform>
            <numerusform>Cases with the deadline within %n days or past: {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed terms due within %n day(s) or late: {count}</source>
        <translation>
            <numerusform>Agreed terms due within %n day or late: {count}</numerusform>
            <numerusform>Agreed terms due within %n days or late: {count}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalImport</name>
    <message numerus="yes">
        <source>%n case(s) imported into the register.</source>
        <translation>
            <numerusform>%n case imported into the register.</numerusform>
            <numerusform>%n cases imported into the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems that stop the import: %n. Correct them in the file and check it again. Nothing was imported.</source>
        <translation>
            <numerusform>Problems that stop the import: %n. Correct them in the file and check it again. Nothing was imported.</numerusform>
            <numerusform>Problems that stop the import: %n. Correct them in the file and check it again. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is correct: %n case(s) ready to import.</source>
        <translation>
            <numerusform>The file is correct: %n case ready to import.</numerusform>
            <numerusform>The file is correct: %n cases ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this file already in the register.</source>
        <translation>
            <numerusform>%n case of this file already in the register.</numerusform>
            <numerusform>%n cases of this file already in the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s) named in the file will join the register.</source>
        <translation>
            <numerusform>%n mediator named in the file will join the register.</numerusform>
            <numerusform>%n mediators named in the file will join the register.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediationPanel</name>
    <message numerus="yes">
        <source>Extend the time limit of case {number} by %n day(s), until {deadline}?
This is extension {n} of the {allowed} the rules allow; it cannot be undone.</source>
        <translation>
            <numerusform>Extend the time limit of case {number} by %n day, until {deadline}?
This is extension {n} of the {allowed} the rules allow; it cannot be undone.</numerusform>
            <numerusform>Extend the time limit of case {number} by %n days, until {deadline}?
This is extension {n} of the {allowed} the rules allow; it cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date}: overdue by %n day(s)</source>
        <translation>
            <numerusform>{date}: overdue by %n day</numerusform>
            <numerusform>{date}: overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date}: %n day(s) left</source>
        <translation>
            <numerusform>{date}: %n day left</numerusform>
            <numerusform>{date}: %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediatorRegister</name>
    <message numerus="yes">
        <source>%n mediator(s) shown</source>
        <translation>
            <numerusform>%n mediator shown</numerusform>
            <numerusform>%n mediators shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message numerus="yes">
        <source>Mediation ends within %n day(s) of the agreement to mediate.</source>
        <translation>
            <numerusform>Mediation ends within %n day of the agreement to mediate.</numerusform>
            <numerusform>Mediation ends within %n days of the agreement to mediate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An extension adds %n day(s).</source>
        <translation>
            <numerusform>An extension adds %n day.</numerusform>
            <numerusform>An extension adds %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n extension(s).</source>
        <translation>
            <numerusform>At most %n extension.</numerusform>
            <numerusform>At most %n extensions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n office</numerusform>
            <numerusform>%n offices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and at the other side since they last exchanged bundles. Nothing was overwritten: choose, field by field, what to keep.</source>
        <translation>
            <numerusform>%n record was changed both here and at the other side since they last exchanged bundles. Nothing was overwritten: choose, field by field, what to keep.</numerusform>
            <numerusform>%n records were changed both here and at the other side since they last exchanged bundles. Nothing was overwritten: choose, field by field, what to keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflict resolved: %n field(s) taken from the other side. The decision goes to the other side with the next bundle.</source>
        <translation>
            <numerusform>Conflict resolved: %n field taken from the other side. The decision goes to the other side with the next bundle.</numerusform>
            <numerusform>Conflict resolved: %n fields taken from the other side. The decision goes to the other side with the next bundle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party(-ies)</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s)</source>
        <translation>
            <numerusform>%n mediator</numerusform>
            <numerusform>%n mediators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s) assigned to cases</source>
        <translation>
            <numerusform>%n mediator assigned to cases</numerusform>
            <numerusform>%n mediators assigned to cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mediation session(s)</source>
        <translation>
            <numerusform>%n mediation session</numerusform>
            <numerusform>%n mediation sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed term(s)</source>
        <translation>
            <numerusform>%n agreed term</numerusform>
            <numerusform>%n agreed terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed document(s)</source>
        <translation>
            <numerusform>%n printed document</numerusform>
            <numerusform>%n printed documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office record(s)</source>
        <translation>
            <numerusform>%n office record</numerusform>
            <numerusform>%n office records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n bundle(s), number {numbers}</source>
        <translation>
            <numerusform>Missing: %n bundle, number {numbers}</numerusform>
            <numerusform>Missing: %n bundles, number {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Came again with other content: %n bundle(s), number {numbers}</source>
        <translation>
            <numerusform>Came again with other content: %n bundle, number {numbers}</numerusform>
            <numerusform>Came again with other content: %n bundles, number {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more refused</source>
        <translation>
            <numerusform>… and %n more refused</numerusform>
            <numerusform>… and %n more refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Deadline</name>
    <message numerus="yes">
        <source>Deadline {date}: overdue by %n day(s)</source>
        <translation>
            <numerusform>Deadline {date}: overdue by %n day</numerusform>
            <numerusform>Deadline {date}: overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline {date}: due in %n day(s)</source>
        <translation>
            <numerusform>Deadline {date}: due in %n day</numerusform>
            <numerusform>Deadline {date}: due in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
