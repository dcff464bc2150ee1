#include "session/WorkerHost.h"

namespace Core::Session {

WorkerHost::WorkerHost(MailboxWorker* worker)
    : m_worker(worker)
{
    m_thread.setObjectName(QStringLiteral("mailbox worker"));
    m_worker->setParent(nullptr);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

WorkerHost::~WorkerHost()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

} // namespace Core::Session
