#include "account/PasswordKeychain.h"

#include "common/LogCategories.h"

#include <qt6keychain/keychain.h>

namespace Core::Account {

namespace {

    // Jobs delete themselves once finished() is handled; nothing is written to disk when
    // the password safe is missing (QtKeychain's insecure fallback stays off).
    template <typename JobType> JobType* makeJob(PasswordKeychain* owner, const QString& key)
    {
        auto* job = new JobType(QString::fromLatin1(PasswordKeychain::Service), owner);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        return job;
    }

    // QtKeychain on Linux talks to the Secret Service over the session bus (libsecret)
    // and names a missing bus or service only in its error text.
    bool noPasswordSafe(const QKeychain::Job& job)
    {
        if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented)
            return true;
        if (job.error() != QKeychain::OtherError)
            return false;
        const QString text = job.errorString();
        for (const char* sign : { "org.freedesktop.DBus", "D-Bus", "DBus", "dbus", "secrets",
                 "ServiceUnknown", "Could not connect", "Cannot autolaunch" }) {
            if (text.contains(QLatin1StringView(sign)))
                return true;
        }
        return false;
    }

} // namespace

PasswordKeychain::PasswordKeychain(QObject* parent)
    : QObject(parent)
{
}

QString PasswordKeychain::keyFor(const Imap::ServerAddress& server, const QString& user)
{
    return user + u'@' + server.toString();
}

void PasswordKeychain::reportProblem(const QKeychain::Job& job)
{
    qCInfo(lcAccount) << "password safe:" << job.error() << job.errorString();
    if (noPasswordSafe(job)) {
        emit unavailable(job.key(),
            tr("Your desktop has no password safe running, so NeverSent will ask for the password each time "
               "it starts."));
    } else if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser) {
        emit unavailable(job.key(),
            tr("Your desktop's password safe did not let NeverSent in, so NeverSent will ask for the "
               "password each time it "
               "starts."));
    } else {
        emit failed(
            job.key(), tr("Your desktop's password safe reported a problem: %1").arg(job.errorString()));
    }
}

void PasswordKeychain::read(const Imap::ServerAddress& server, const QString& user)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(this, keyFor(server, user));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            emit passwordRead(job->key(), job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            emit passwordNotFound(job->key());
        else
            reportProblem(*job);
    });
    job->start();
}

void PasswordKeychain::write(const Imap::ServerAddress& server, const QString& user, const QString& password)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(this, keyFor(server, user));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            emit passwordWritten(job->key());
        else
            reportProblem(*job);
    });
    job->start();
}

void PasswordKeychain::remove(const Imap::ServerAddress& server, const QString& user)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(this, keyFor(server, user));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            emit passwordRemoved(job->key());
        else
            reportProblem(*job);
    });
    job->start();
}

} // namespace Core::Account
