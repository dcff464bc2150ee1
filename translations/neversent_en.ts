<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Core::Cli::ReadableSummary</name>
    <message numerus="yes">
        <source>NeverSent read %n message(s).

</source>
        <translation>
            <numerusform>NeverSent read %n message.

</numerusform>
            <numerusform>NeverSent read %n messages.

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s) about mail you never sent: your address was forged, nothing to fix, safe to delete.
</source>
        <translation>
            <numerusform>%n bounce about mail you never sent: your address was forged, nothing to fix, safe to delete.
</numerusform>
            <numerusform>%n bounces about mail you never sent: your address was forged, nothing to fix, safe to delete.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n real delivery problem(s) with mail you did send: worth a look.
</source>
        <translation>
            <numerusform>%n real delivery problem with mail you did send: worth a look.
</numerusform>
            <numerusform>%n real delivery problems with mail you did send: worth a look.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic message(s) that cannot be judged for sure.
</source>
        <translation>
            <numerusform>%n automatic message that cannot be judged for sure.
</numerusform>
            <numerusform>%n automatic messages that cannot be judged for sure.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ordinary message(s) left alone.
</source>
        <translation>
            <numerusform>%n ordinary message left alone.
</numerusform>
            <numerusform>%n ordinary messages left alone.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be read.
</source>
        <translation>
            <numerusform>%n message could not be read.
</numerusform>
            <numerusform>%n messages could not be read.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core::Explain::Explanation</name>
    <message numerus="yes">
        <source>You said that %n of the bounces about mail you sent are about messages you did not write.</source>
        <translation>
            <numerusform>You said that %n of the bounces about mail you sent is about messages you did not write.</numerusform>
            <numerusform>You said that %n of the bounces about mail you sent are about messages you did not write.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core::Explain::ScanSummary</name>
    <message numerus="yes">
        <source>In the last %Ln day(s)</source>
        <translation>
            <numerusform>In the last %Ln day</numerusform>
            <numerusform>In the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NeverSent looked at %Ln message(s) and found no bounces: none of them is an automatic reply about mail from your address. There is nothing to clean up.</source>
        <translation>
            <numerusform>NeverSent looked at %Ln message and found no bounces: none of them is an automatic reply about mail from your address. There is nothing to clean up.</numerusform>
            <numerusform>NeverSent looked at %Ln messages and found no bounces: none of them is an automatic reply about mail from your address. There is nothing to clean up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln forged</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln forged</numerusform>
            <numerusform>%Ln forged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln about mail you sent</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln about mail you sent</numerusform>
            <numerusform>%Ln about mail you sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln where NeverSent cannot tell</source>
        <comment>bounces</comment>
        <translation>
            <numerusform>%Ln where NeverSent cannot tell</numerusform>
            <numerusform>%Ln where NeverSent cannot tell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You received %Ln bounce(s): %1.</source>
        <translation>
            <numerusform>You received %Ln bounce: %1.</numerusform>
            <numerusform>You received %Ln bounces: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 you received %Ln bounce(s): %2.</source>
        <comment>%1 is a time such as &apos;In the last 7 days&apos;</comment>
        <translation>
            <numerusform>%1 you received %Ln bounce: %2.</numerusform>
            <numerusform>%1 you received %Ln bounces: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core::Session::MailboxWatch</name>
    <message numerus="yes">
        <source>The connection was lost (%1). Trying again in %n second(s).</source>
        <translation>
            <numerusform>The connection was lost (%1). Trying again in %n second.</numerusform>
            <numerusform>The connection was lost (%1). Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching: %n message(s) already there; new ones are judged as they come.</source>
        <translation>
            <numerusform>Watching: %n message already there; new ones are judged as they come.</numerusform>
            <numerusform>Watching: %n messages already there; new ones are judged as they come.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::CleanPreviewDialog</name>
    <message numerus="yes">
        <source>Move %n message(s) to the Trash?</source>
        <translation>
            <numerusform>Move %n message to the Trash?</numerusform>
            <numerusform>Move %n messages to the Trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be moved to the Trash.</source>
        <translation>
            <numerusform>%n message will be moved to the Trash.</numerusform>
            <numerusform>%n messages will be moved to the Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n to Trash</source>
        <translation>
            <numerusform>Move %n to Trash</numerusform>
            <numerusform>Move %n to Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are about mail you really sent: they tell you it did not arrive. Usually you want to keep them and act on them.</source>
        <translation>
            <numerusform>%n of these is about mail you really sent: they tell you it did not arrive. Usually you want to keep them and act on them.</numerusform>
            <numerusform>%n of these are about mail you really sent: they tell you it did not arrive. Usually you want to keep them and act on them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::Dialogs::HistoryDialog</name>
    <message numerus="yes">
        <source>Put %n message(s) back from %1 to %2</source>
        <translation>
            <numerusform>Put %n message back from %1 to %2</numerusform>
            <numerusform>Put %n messages back from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n message(s) from %1 to %2</source>
        <translation>
            <numerusform>Moved %n message from %1 to %2</numerusform>
            <numerusform>Moved %n messages from %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n forged bounce(s) to Trash...</source>
        <translation>
            <numerusform>Move %n forged bounce to Trash...</numerusform>
            <numerusform>Move %n forged bounces to Trash...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n message(s) were moved before that.</source>
        <translation>
            <numerusform>%1
%n message was moved before that.</numerusform>
            <numerusform>%1
%n messages were moved before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n message moved to the Trash.</numerusform>
            <numerusform>%n messages moved to the Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the scan and stayed where they were.</source>
        <translation>
            <numerusform>%n changed since the scan and stayed where it was.</numerusform>
            <numerusform>%n changed since the scan and stayed where they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other messages are back where they were, but %n could not be put back: they are no longer in the Trash (it was emptied, or another mail program moved them).</source>
        <translation>
            <numerusform>The other messages are back where they were, but %n message could not be put back: it is no longer in the Trash (it was emptied, or another mail program moved it).</numerusform>
            <numerusform>The other messages are back where they were, but %n messages could not be put back: they are no longer in the Trash (it was emptied, or another mail program moved them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more forged bounce(s) since %1.</source>
        <translation>
            <numerusform>%n more forged bounce since %1.</numerusform>
            <numerusform>%n more forged bounces since %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::Results::ResultsModel</name>
    <message numerus="yes">
        <source>Forged: you did not send these (%Ln)</source>
        <translation>
            <numerusform>Forged: you did not send these (%Ln)</numerusform>
            <numerusform>Forged: you did not send these (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent by you: delivery problems (%Ln)</source>
        <translation>
            <numerusform>Sent by you: delivery problems (%Ln)</numerusform>
            <numerusform>Sent by you: delivery problems (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can&apos;t tell (%Ln)</source>
        <translation>
            <numerusform>Can&apos;t tell (%Ln)</numerusform>
            <numerusform>Can&apos;t tell (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent by you: automatic replies (%Ln)</source>
        <translation>
            <numerusform>Sent by you: automatic replies (%Ln)</numerusform>
            <numerusform>Sent by you: automatic replies (%Ln)</numerusform>
        </translation>
    </message>
</context>
</TS>
