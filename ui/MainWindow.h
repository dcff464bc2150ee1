#pragma once

#include <QMainWindow>

namespace Ui {

// The desktop window. For now it says what NeverSent will do; the mailbox views come
// with the IMAP engine.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace Ui
