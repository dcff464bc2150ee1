#include "cli/ClassifyCommand.h"

#include "analysis/BounceAnalyzer.h"
#include "cli/ReadableSummary.h"
#include "cli/ReportJson.h"
#include "cli/RuntimeError.h"
#include "cli/UsageError.h"
#include "common/ArrivingBatches.h"
#include "mail/MessageSource.h"
#include "verdict/VerdictJudge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QThreadPool>

#include <optional>

namespace Core::Cli {

namespace {

    // Messages handed to the pool at a time: enough to keep every core busy between two
    // handovers, few enough that a folder of large messages is not all held at once.
    constexpr qsizetype AnalysedTogether = 32;
    // Slices in the pool while the oldest one's results are waited for: with only one,
    // the cores idled whenever a slice's last message took long (classify of the corpus
    // was 10% slower). Held messages beyond HeldBytes fall back to one.
    constexpr qsizetype SlicesAhead = 4;
    constexpr qint64 HeldBytes = 64 * 1024 * 1024;

} // namespace

int ClassifyCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads message files, folders and mbox files and says which are bounces, "
           "for whom and why, and whether you really sent the original."));
    parser.addHelpOption();
    const QCommandLineOption sentOption(
        QStringLiteral("sent"), tr("Your sent mail: a file, folder or mbox (repeatable)."), tr("PATH"));
    const QCommandLineOption meOption(
        QStringLiteral("me"), tr("One of your own addresses (repeatable)."), tr("ADDRESS"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        tr("Output format: jsonl (one JSON object per message, the default) or text (a readable summary)."),
        tr("FORMAT"), QStringLiteral("jsonl"));
    parser.addOptions({ sentOption, meOption, formatOption });
    parser.addPositionalArgument(
        QStringLiteral("PATH"), tr("Message files, folders or mbox files to read."), tr("PATH..."));
    if (!parser.parse(QStringList { QStringLiteral("neversent-cli classify") } + arguments))
        return UsageError::report(err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out.write(parser.helpText().toUtf8());
        return 0;
    }
    const QString format = parser.value(formatOption);
    if (format != u"jsonl" && format != u"text")
        return UsageError::report(err, tr("Unknown format \"%1\": use jsonl or text.").arg(format));
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return UsageError::report(
            err, tr("Name at least one message file, folder or mbox file to classify."));
    const QStringList sentPaths = parser.values(sentOption);
    const QStringList missing = Mail::MessageSource::missingPaths(paths + sentPaths);
    if (!missing.isEmpty()) {
        return RuntimeError::report(err,
            tr("Cannot read \"%1\": there is no such file or folder, or it is not readable. Check the path.")
                .arg(missing.first()));
    }

    std::optional<Verdict::SentIndex> sent;
    if (!sentPaths.isEmpty()) {
        sent.emplace();
        Mail::MessageSource sentSource(sentPaths);
        Mail::MessageSource::Message message;
        while (sentSource.next(&message))
            sent->addMessage(message.bytes);
    }
    const Verdict::VerdictJudge judge(sent ? &*sent : nullptr, parser.values(meOption));

    ReadableSummary summary;
    struct Classified {
        QString source;
        Analysis::BounceReport report;
        qint64 bytes = 0;
    };
    qint64 heldBytes = 0;
    const auto write = [&](Classified&& classified) {
        heldBytes -= classified.bytes;
        const Verdict::Judgement judgement = judge.judge(classified.report);
        if (format == u"text") {
            summary.add(classified.source, classified.report, judgement);
            return;
        }
        JsonObjectWriter object = ReportJson::toJson(classified.report, judgement);
        object.insert(QLatin1StringView("source"), classified.source);
        out.write(object.toJsonLine());
    };
    // Every core analyses while this thread reads the next messages; the output keeps the
    // messages' order.
    QThreadPool pool;
    Common::ArrivingBatches<Mail::MessageSource::Message, Classified> analysed(
        pool,
        [](const Mail::MessageSource::Message& message) {
            Classified classified { message.source, {}, message.bytes.size() };
            if (!message.error.isEmpty()) {
                classified.report.kind = Analysis::MessageKind::Unreadable;
                classified.report.error = message.error;
            } else {
                classified.report = Analysis::BounceAnalyzer::analyze(message.bytes);
            }
            return classified;
        },
        AnalysedTogether);
    Mail::MessageSource source(paths);
    Mail::MessageSource::Message message;
    while (source.next(&message)) {
        heldBytes += message.bytes.size();
        analysed.add(std::move(message));
        analysed.takeOlder(write, heldBytes > HeldBytes ? 1 : SlicesAhead);
    }
    analysed.takeAll(write);
    if (format == u"text")
        out.write(summary.text(sent.has_value()).toUtf8());
    return 0;
}

} // namespace Core::Cli
