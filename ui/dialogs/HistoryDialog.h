#pragma once

#include "session/MailboxWorker.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace Gui::Dialogs {

// Every clean and undo from the audit log, newest first; any clean not yet put back can
// be undone from here, however old.
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    explicit HistoryDialog(QWidget* parent = nullptr);

    void setActions(const QList<Core::Session::ActionSummary>& actions);
    QTreeWidget* list() const { return m_list; }
    QPushButton* undoButton() const { return m_undo; }

    static QString describe(const Core::Session::ActionSummary& action);

signals:
    void undoRequested(qint64 cleanId);

private:
    void updateUndoButton();

    QTreeWidget* m_list;
    QPushButton* m_undo;
};

} // namespace Gui::Dialogs
