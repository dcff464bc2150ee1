#include "widgets/HelpPageLink.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui::Widgets {

HelpPageLink::HelpPageLink(QWidget* parent)
    : QWidget(parent)
    , m_address(new QLabel(this))
    , m_open(new QPushButton(tr("&Open this page in your web browser"), this))
{
    m_address->setTextFormat(Qt::PlainText);
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_address->setAccessibleName(tr("Address of your mail provider's help page"));
    m_open->setAccessibleName(tr("Open your mail provider's help page in your web browser"));
    // Return belongs to the wizard's Next, never to this button.
    m_open->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_address);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_page); });
}

bool HelpPageLink::isSecure(const QUrl& page)
{
    return page.isValid() && page.scheme() == u"https";
}

bool HelpPageLink::showPage(const QUrl& page)
{
    if (!isSecure(page)) {
        hide();
        return false;
    }
    m_page = page;
    m_address->setText(page.toString());
    show();
    return true;
}

} // namespace Gui::Widgets
