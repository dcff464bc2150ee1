#pragma once

#include <QByteArray>
#include <QJsonObject>

class QIODevice;

namespace Core::Cli {

// The CLI's output unit: one compact JSON object per line (docs/cli.md).
class JsonLine {
public:
    static void write(QIODevice& out, const QJsonObject& object);
    // The closing {"summary": {...}} line of a command that touched a server.
    static void writeSummary(QIODevice& out, const QJsonObject& summary);
};

} // namespace Core::Cli
