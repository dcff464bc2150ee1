#include "dialogs/CleanPreviewDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Gui::Dialogs {

namespace {

    QDateTime receivedAt(const Core::Session::ScanResult& result)
    {
        return result.report.date.isValid() ? result.report.date : result.report.original.date;
    }

    QLabel* plainLabel(const QString& text, QWidget* parent)
    {
        auto* label = new QLabel(text, parent);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        return label;
    }

} // namespace

CleanPreviewDialog::CleanPreviewDialog(const QList<Core::Session::ScanResult>& messages, QWidget* parent)
    : QDialog(parent)
{
    const int count = int(messages.size());
    setWindowTitle(tr("Move %n message(s) to the Trash?", nullptr, count));
    auto* layout = new QVBoxLayout(this);

    auto* headline = plainLabel(tr("%n message(s) will be moved to the Trash.", nullptr, count), this);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    layout->addWidget(headline);

    QDateTime first;
    QDateTime last;
    int sentByYou = 0;
    for (const auto& message : messages) {
        const QDateTime when = receivedAt(message);
        if (when.isValid()) {
            if (!first.isValid() || when < first)
                first = when;
            if (!last.isValid() || when > last)
                last = when;
        }
        if (message.judgement.verdict == Core::Verdict::Verdict::Genuine)
            ++sentByYou;
    }
    const QLocale locale;
    if (first.isValid()) {
        const QString from = locale.toString(first.date(), QLocale::LongFormat);
        const QString to = locale.toString(last.date(), QLocale::LongFormat);
        layout->addWidget(plainLabel(from == to ? tr("They arrived on %1.").arg(from)
                                                : tr("They arrived between %1 and %2.").arg(from, to),
            this));
    }

    layout->addWidget(plainLabel(count > SampleSize ? tr("For example:") : tr("These are:"), this));
    auto* sample = new QTreeWidget(this);
    sample->setRootIsDecorated(false);
    sample->setHeaderLabels({ tr("Received"), tr("Sent to"), tr("Subject") });
    sample->setAccessibleName(tr("Sample of the messages that will move"));
    sample->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int i = 0; i < std::min(count, int(SampleSize)); ++i) {
        const auto& message = messages.at(i);
        const QDateTime when = receivedAt(message);
        const QString subject = message.report.original.subject.isEmpty() ? message.report.subject
                                                                          : message.report.original.subject;
        new QTreeWidgetItem(sample,
            { when.isValid() ? locale.toString(when, QLocale::ShortFormat) : tr("unknown"),
                message.report.recipients.join(QStringLiteral(", ")), subject });
    }
    layout->addWidget(sample);

    layout->addWidget(plainLabel(
        tr("They go to the Trash folder of your mail account, not away for good. To get them back, "
           "click Undo in NeverSent (any time, from History), or move them back from the Trash in "
           "your mail program until the Trash is emptied."),
        this));

    auto* buttons = new QDialogButtonBox(this);
    m_move = buttons->addButton(tr("Move %n to Trash", nullptr, count), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (sentByYou > 0) {
        auto* warning
            = plainLabel(tr("%n of these are about mail you really sent: they tell you it did not arrive. "
                            "Usually you want to keep them and act on them.",
                             nullptr, sentByYou),
                this);
        layout->addWidget(warning);
        m_sentByYou = new QCheckBox(tr("Move them anyway"), this);
        layout->addWidget(m_sentByYou);
        m_move->setEnabled(false);
        connect(m_sentByYou, &QCheckBox::toggled, m_move, &QPushButton::setEnabled);
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    } else {
        m_move->setDefault(true);
    }
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace Gui::Dialogs
