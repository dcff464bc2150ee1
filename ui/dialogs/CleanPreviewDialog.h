#pragma once

#include "session/MailboxScanner.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace Gui::Dialogs {

// Shows what a clean would move before anything moves: how many, from when to when, a
// sample, where they go and how to get them back. Messages about mail the user did send
// need a second, explicit yes.
class CleanPreviewDialog : public QDialog {
    Q_OBJECT

public:
    CleanPreviewDialog(const QList<Core::Session::ScanResult>& messages, QWidget* parent = nullptr);

    static constexpr int SampleSize = 5;

    QPushButton* moveButton() const { return m_move; }
    // Present only when some of the messages are about mail the user sent.
    QCheckBox* sentByYouConfirmation() const { return m_sentByYou; }

private:
    QPushButton* m_move = nullptr;
    QCheckBox* m_sentByYou = nullptr;
};

} // namespace Gui::Dialogs
