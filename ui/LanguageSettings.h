#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Gui {

// Which language NeverSent speaks: the system's unless the user chose another in the
// Settings menu. The choice is kept in the settings and takes effect at the next start
// (every window is built in its language from the start).
class LanguageSettings {
public:
    // The languages with a catalogue in the program ("de", "en", ...), sorted.
    static QStringList available();
    // The user's choice; empty for the system's language.
    static QString chosen();
    static void choose(const QString& language);
    static QLocale locale();
    // Loads NeverSent's and Qt's own catalogues for locale() into the application and
    // makes it the default locale for dates and numbers.
    static void install();
};

} // namespace Gui
