#pragma once

#include <QCoreApplication>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Gui::Widgets {

// The address of a mail provider's help page, readable and selectable, with a button that
// opens it in the web browser. Only a secure (https) page is ever shown or opened,
// whatever the provider table or a server's configuration says.
class HelpPageLink : public QWidget {
    Q_OBJECT

public:
    explicit HelpPageLink(QWidget* parent = nullptr);

    // Shows the page when it is a secure one; whether it did.
    bool showPage(const QUrl& page);
    static bool isSecure(const QUrl& page);

private:
    QLabel* m_address;
    QPushButton* m_open;
    QUrl m_page;
};

} // namespace Gui::Widgets
