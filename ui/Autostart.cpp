#include "Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Gui {

QString Autostart::entryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/org.neversent.NeverSent.desktop"));
}

bool Autostart::isEnabled()
{
    return QFile::exists(entryPath());
}

Core::Common::Done Autostart::setEnabled(bool enabled)
{
    const QString path = entryPath();
    const auto failed = [&path](const QString& why) {
        return Core::Common::Error::localStorage(
            tr("NeverSent could not change how it starts at login (%1): %2")
                .arg(QDir::toNativeSeparators(path), why));
    };
    if (!enabled) {
        QFile entry(path);
        if (entry.exists() && !entry.remove())
            return failed(entry.errorString());
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failed(tr("the folder cannot be made"));
    // The program as it runs now, quoted as the Desktop Entry specification asks.
    QString program = QCoreApplication::applicationFilePath();
    program.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=NeverSent\n"
                                         "Comment=%1\n"
                                         "Exec=\"%2\" --background\n"
                                         "Icon=org.neversent.NeverSent\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(tr("Keeps watch for forged bounce messages"), program);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace Gui
