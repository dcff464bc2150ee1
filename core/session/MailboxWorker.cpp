#include "session/MailboxWorker.h"

namespace Core::Session {

MailboxWorker::MailboxWorker(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<MailboxFolder>();
    qRegisterMetaType<QList<MailboxFolder>>();
    qRegisterMetaType<ActionSummary>();
    qRegisterMetaType<QList<ActionSummary>>();
    qRegisterMetaType<Session::ScanResult>();
    qRegisterMetaType<Session::ScanTotals>();
    qRegisterMetaType<MailboxCleaner::Outcome>();
    qRegisterMetaType<QList<quint32>>();
}

void MailboxWorker::waitForNewMail(const QString&)
{
    Q_ASSERT_X(false, "MailboxWorker::waitForNewMail", "asked of a worker that gives no newMailWaiter()");
}

void MailboxWorker::cancel()
{
    const quint64 asked = ++m_cancelsAsked;
    // The jobs asked for before this call are ahead of this in the worker's queue: they
    // start while the cancel is unsettled and stop at once. Those asked for after it come
    // behind it and run.
    QMetaObject::invokeMethod(
        this, [this, asked] { m_cancelsSettled = asked; }, Qt::QueuedConnection);
    stopRunningJob();
}

} // namespace Core::Session
