#pragma once

#include <QPushButton>

namespace Gui::Widgets {

// The one action a screen is for ("Connect to my mail account", "Move 10 forged bounces
// to Trash..."): drawn in the theme's accent colour (its highlight) and in bold, so it
// stands out from the other buttons in light and dark themes alike. It follows the
// application's palette when the theme changes.
class PrimaryButton : public QPushButton {
    Q_OBJECT

public:
    explicit PrimaryButton(const QString& text, QWidget* parent = nullptr);

protected:
    bool event(QEvent* event) override;

private:
    void followTheme();
};

} // namespace Gui::Widgets
