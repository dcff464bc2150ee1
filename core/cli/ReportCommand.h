#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace Core::Cli {

// `neversent-cli report`: scans as `scan` does, then writes the report for IT (text or
// JSON): the spam run, where it came from, and the domain's SPF and DMARC records.
class ReportCommand {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::ReportCommand)

public:
    static int run(const QStringList& arguments, QIODevice& out, QIODevice& err);
};

} // namespace Core::Cli
