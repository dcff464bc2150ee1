#pragma once

#include "analysis/BounceReport.h"
#include "session/MailboxScanner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Core::Explain {

// One message told for someone who has never heard of a bounce: what it is, why it came,
// what this very message shows, and what to do. Everything taken from the message stays
// plain text as it was: the window shows these strings as plain text, never as HTML.
struct Explanation {
    Q_DECLARE_TR_FUNCTIONS(Core::Explain::Explanation)

public:
    QString headline;
    QStringList paragraphs; // the story
    QStringList evidence; // what this message itself shows
    QStringList advice; // what to do, most important first

    QString toPlainText() const;

    static Explanation forResult(const Session::ScanResult& result);
    // The user says these bounces, judged to be about mail they sent, are about messages
    // they never wrote: their account, not just their address, may be in other hands.
    static Explanation accountWarning(const QList<Session::ScanResult>& notWritten);
    // A few words for a list column: what happened to the message and why.
    static QString whatHappened(const Analysis::BounceReport& report);
};

} // namespace Core::Explain
