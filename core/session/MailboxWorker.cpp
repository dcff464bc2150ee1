#include "session/MailboxWorker.h"

namespace Core::Session {

MailboxWorker::MailboxWorker(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<MailboxFolder>();
    qRegisterMetaType<QList<MailboxFolder>>();
    qRegisterMetaType<ActionSummary>();
    qRegisterMetaType<QList<ActionSummary>>();
    qRegisterMetaType<Imap::MailboxScanner::Result>();
    qRegisterMetaType<Imap::MailboxScanner::Totals>();
    qRegisterMetaType<Imap::MailboxCleaner::Outcome>();
    qRegisterMetaType<QList<quint32>>();
}

} // namespace Core::Session
