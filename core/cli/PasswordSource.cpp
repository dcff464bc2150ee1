#include "cli/PasswordSource.h"

#include <QCoreApplication>
#include <QFile>

namespace Core::Cli {

namespace {

    QString tr(const char* text)
    {
        return QCoreApplication::translate("Core::Cli::PasswordSource", text);
    }

    QString withoutLineEnd(QString password)
    {
        while (password.endsWith(u'\n') || password.endsWith(u'\r'))
            password.chop(1);
        return password;
    }

} // namespace

QString PasswordSource::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the password file %1: %2").arg(path, file.errorString());
        return {};
    }
    const QString password = withoutLineEnd(QString::fromUtf8(file.read(64 * 1024)));
    if (password.isEmpty())
        *error = tr("The password file %1 is empty.").arg(path);
    return password;
}

QString PasswordSource::fromEnvironment(const QString& variable, QString* error)
{
    const QString password = withoutLineEnd(qEnvironmentVariable(variable.toLocal8Bit().constData()));
    if (password.isEmpty())
        *error = tr("The environment variable %1 holds no password.").arg(variable);
    return password;
}

} // namespace Core::Cli
