#include "cli/PasswordSource.h"

#include <QCoreApplication>
#include <QFile>

namespace Core::Cli {

namespace {

    QString withoutLineEnd(QString password)
    {
        while (password.endsWith(u'\n') || password.endsWith(u'\r'))
            password.chop(1);
        return password;
    }

} // namespace

QString PasswordSource::fromFile(const QString& path, Secret secret, QString* error)
{
    const bool token = secret == Secret::AccessToken;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = (token ? tr("Cannot read the access token file %1: %2")
                        : tr("Cannot read the password file %1: %2"))
                     .arg(path, file.errorString());
        return {};
    }
    // Provider tokens run to a few kilobytes; nothing sensible is larger.
    const QString value = withoutLineEnd(QString::fromUtf8(file.read(64 * 1024)));
    if (value.isEmpty())
        *error = (token ? tr("The access token file %1 is empty.") : tr("The password file %1 is empty."))
                     .arg(path);
    return value;
}

QString PasswordSource::fromEnvironment(const QString& variable, Secret secret, QString* error)
{
    const QString value = withoutLineEnd(qEnvironmentVariable(variable.toLocal8Bit().constData()));
    if (value.isEmpty())
        *error = (secret == Secret::AccessToken ? tr("The environment variable %1 holds no access token.")
                                                : tr("The environment variable %1 holds no password."))
                     .arg(variable);
    return value;
}

} // namespace Core::Cli
