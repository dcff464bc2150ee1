#include "cli/JsonLine.h"

#include <QIODevice>
#include <QJsonDocument>

namespace Core::Cli {

void JsonLine::write(QIODevice& out, const QJsonObject& object)
{
    out.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void JsonLine::writeSummary(QIODevice& out, const QJsonObject& summary)
{
    write(out, QJsonObject { { QStringLiteral("summary"), summary } });
}

} // namespace Core::Cli
