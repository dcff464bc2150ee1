#include "widgets/PrimaryButton.h"

#include <QEvent>

namespace Gui::Widgets {

PrimaryButton::PrimaryButton(const QString& text, QWidget* parent)
    : QPushButton(text, parent)
{
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    followTheme();
}

bool PrimaryButton::event(QEvent* event)
{
    const bool handled = QPushButton::event(event);
    // A new theme reaches this button as a change of the palette it inherits.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        followTheme();
    return handled;
}

void PrimaryButton::followTheme()
{
    // Only the button's own two colours: the disabled look and the focus frame stay the
    // theme's, so a disabled primary button reads as disabled.
    QPalette own = palette();
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        own.setColor(group, QPalette::Button, own.color(group, QPalette::Highlight));
        own.setColor(group, QPalette::ButtonText, own.color(group, QPalette::HighlightedText));
    }
    // Setting it is itself a change of palette: only when it differs, or it never ends.
    if (own != palette())
        setPalette(own);
}

} // namespace Gui::Widgets
