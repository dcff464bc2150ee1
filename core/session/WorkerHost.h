#pragma once

#include "session/MailboxWorker.h"

#include <QThread>

namespace Core::Session {

// Gives a mailbox worker a thread of its own for as long as the host lives. On the way
// out the running job is cancelled and the thread waited for, so a window can close in
// the middle of a scan without leaving a thread behind.
class WorkerHost {
public:
    explicit WorkerHost(MailboxWorker* worker); // takes ownership
    ~WorkerHost();

    WorkerHost(const WorkerHost&) = delete;
    WorkerHost& operator=(const WorkerHost&) = delete;

    MailboxWorker* worker() const { return m_worker; }

private:
    QThread m_thread;
    MailboxWorker* m_worker;
};

} // namespace Core::Session
