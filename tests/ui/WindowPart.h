#pragma once

#include <QObject>
#include <QString>

// A part of a window a person would look at, found by the object name the window gives
// it ("cleanForged", "results"); a part that is not there ends the test run with its name.
template <typename Part> Part* windowPart(const QObject& window, const char* name)
{
    Part* part = window.findChild<Part*>(QString::fromLatin1(name));
    if (!part)
        qFatal("The window has no %s named \"%s\"", Part::staticMetaObject.className(), name);
    return part;
}
