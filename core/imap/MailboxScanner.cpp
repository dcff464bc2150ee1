#include "imap/MailboxScanner.h"

#include "analysis/BounceAnalyzer.h"
#include "analysis/MessageSanitizer.h"
#include "verdict/SentIndex.h"
#include "verdict/VerdictJudge.h"

#include <QCoreApplication>

namespace Core::Imap {

namespace {

    QString tr(const char* text)
    {
        return QCoreApplication::translate("Core::Imap::MailboxScanner", text);
    }

    // A sent message's identity is in its header; the first 64 KB hold it.
    constexpr qsizetype SentHeaderBytes = 64 * 1024;

} // namespace

bool MailboxScanner::run(ImapConnection& connection, const Options& options, const Sink& sink, const Progress& progress,
    Totals* totals, QString* error)
{
    const auto folders = connection.folders(error);
    if (!folders)
        return false;
    QStringList sentFolders = options.sentFolders;
    if (sentFolders.isEmpty()) {
        for (const FolderInfo& folder : *folders) {
            if (folder.role == FolderRole::Sent)
                sentFolders.append(folder.path);
        }
    }
    const QStringList scanFolders = options.folders.isEmpty() ? QStringList { QStringLiteral("INBOX") } : options.folders;

    Verdict::SentIndex sent;
    for (const QString& folder : std::as_const(sentFolders)) {
        int read = 0;
        const bool ok = connection.readFolder(folder, SentHeaderBytes, [&](const MailboxMessage& message) {
            sent.addMessage(message.bytes);
            progress(tr("Reading your sent mail in %1").arg(folder), ++read, 0);
            return true;
        }, error);
        if (!ok)
            return false;
    }
    // Without any sent folder nothing can be judged: verdicts stay "unknown" and say so.
    const Verdict::VerdictJudge judge(sentFolders.isEmpty() ? nullptr : &sent, options.myAddresses);

    for (const QString& folder : scanFolders) {
        int read = 0;
        const bool ok = connection.readFolder(folder, Analysis::MessageSanitizer::MaxMessageBytes,
            [&](const MailboxMessage& message) {
                const Analysis::BounceReport report = Analysis::BounceAnalyzer::analyze(message.bytes);
                const Verdict::Judgement judgement = judge.judge(report);
                ++totals->scanned;
                if (Analysis::isAutomatic(report.kind))
                    ++totals->bounces;
                totals->backscatter += judgement.verdict == Verdict::Verdict::Backscatter;
                totals->genuine += judgement.verdict == Verdict::Verdict::Genuine;
                totals->unknown += judgement.verdict == Verdict::Verdict::Unknown;
                sink(folder, message, report, judgement);
                progress(tr("Checking %1").arg(folder), ++read, 0);
                return true;
            },
            error);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Core::Imap
