#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Gui {

// Starting NeverSent at login, in the background, for "Keep watching when the window is
// closed": an XDG autostart entry (~/.config/autostart/org.neversent.NeverSent.desktop)
// that runs this program with --background, written when switched on and removed when
// switched off.
class Autostart {
    Q_DECLARE_TR_FUNCTIONS(Gui::Autostart)

public:
    static QString entryPath();
    static bool isEnabled();
    // An error says in plain words why the entry could not be written or removed.
    static Core::Common::Done setEnabled(bool enabled);
};

} // namespace Gui
