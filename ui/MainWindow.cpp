#include "MainWindow.h"

#include <QLabel>

namespace Ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("NeverSent"));
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setMargin(24);
    intro->setText(tr("Spammers sometimes put your address on mail they send. When that mail cannot be "
                      "delivered, the \"Undeliverable\" replies come back to you.\n\n"
                      "NeverSent will look through your inbox, compare every such reply with the mail you "
                      "really sent, tell you in plain words which ones are forged and which are real "
                      "delivery problems, and move the forged ones to the Trash, with an undo.\n\n"
                      "Connecting to your mail account comes in the next version. Until then, the "
                      "neversent-cli classify command reads saved mail."));
    setCentralWidget(intro);
    resize(640, 360);
}

} // namespace Ui
