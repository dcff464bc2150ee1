#include "dialogs/HistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gui::Dialogs {

namespace {

    constexpr int ActionIdRole = Qt::UserRole;
    constexpr int UndoableRole = Qt::UserRole + 1;

} // namespace

HistoryDialog::HistoryDialog(QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_undo(new QPushButton(tr("&Undo this clean-up"), this))
{
    setWindowTitle(tr("History"));
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("Everything NeverSent moved, newest first. A clean-up can be undone as long as the "
                        "messages are still in the Trash."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("When"), tr("What"), tr("State") });
    m_list->setAccessibleName(tr("History of clean-ups and undos"));
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::updateUndoButton);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem* item = m_list->currentItem(); item && item->data(0, UndoableRole).toBool())
            emit undoRequested(item->data(0, ActionIdRole).toLongLong());
    });
    updateUndoButton();
    resize(640, 360);
}

QString HistoryDialog::describe(const Core::Session::ActionSummary& action)
{
    if (action.kind == QLatin1String("undo"))
        return tr("Put %n message(s) back from %1 to %2", nullptr, action.moved)
            .arg(action.sourceFolder, action.targetFolder);
    return tr("Moved %n message(s) from %1 to %2", nullptr, action.moved)
        .arg(action.sourceFolder, action.targetFolder);
}

void HistoryDialog::setActions(const QList<Core::Session::ActionSummary>& actions)
{
    m_list->clear();
    const QLocale locale;
    for (const auto& action : actions) {
        QString state;
        if (action.state == QLatin1String("running") || action.state == QLatin1String("interrupted"))
            state = tr("Interrupted: will be finished next time");
        else if (action.undone)
            state = tr("Undone");
        else
            state = tr("Done");
        auto* item = new QTreeWidgetItem(m_list,
            { locale.toString(action.startedAt.toLocalTime(), QLocale::ShortFormat), describe(action),
                state });
        item->setData(0, ActionIdRole, action.id);
        item->setData(
            0, UndoableRole, action.kind == QLatin1String("clean") && !action.undone && action.moved > 0);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateUndoButton();
}

void HistoryDialog::updateUndoButton()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    m_undo->setEnabled(item && item->data(0, UndoableRole).toBool());
}

} // namespace Gui::Dialogs
