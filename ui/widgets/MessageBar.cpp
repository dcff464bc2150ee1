#include "widgets/MessageBar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Gui::Widgets {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close this message"));
    close->setAccessibleName(tr("Close message"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto run = std::exchange(m_run, {});
        hide();
        if (run)
            run();
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::showMessage(
    Tone tone, const QString& text, const QString& actionText, std::function<void()> action)
{
    m_tone = tone;
    m_run = std::move(action);
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(m_run != nullptr);
    m_action->setAccessibleName(actionText);
    setAccessibleDescription(text);
    applyTone();
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::applyTone()
{
    // Tinted from the palette's own colours, so dark and light themes both stay readable.
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint = QApplication::palette(this).color(QPalette::Highlight);
    switch (m_tone) {
    case Tone::Information:
        break;
    case Tone::Success:
        tint = QColor(0x2e, 0x9d, 0x4f);
        break;
    case Tone::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xe0, 0x9b, 0x1b);
        break;
    case Tone::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xd6, 0x3a, 0x3a);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    QPalette tinted = palette();
    const QColor base = QApplication::palette(this).color(QPalette::Window);
    QColor background;
    background.setRgbF(base.redF() * 0.8f + tint.redF() * 0.2f, base.greenF() * 0.8f + tint.greenF() * 0.2f,
        base.blueF() * 0.8f + tint.blueF() * 0.2f);
    tinted.setColor(QPalette::Window, background);
    setPalette(tinted);
}

} // namespace Gui::Widgets
