#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace Gui::Widgets {

// A message inside the window instead of a modal box: errors, warnings and the undo
// offer after a clean appear here and stay until the next one or until closed.
class MessageBar : public QFrame {
    Q_OBJECT

public:
    enum class Tone {
        Information,
        Success,
        Warning,
        Error,
    };

    explicit MessageBar(QWidget* parent = nullptr);

    // text is plain text; with actionText and action, a button that runs the action once.
    void showMessage(Tone tone, const QString& text, const QString& actionText = QString(),
        std::function<void()> action = {});
    QString text() const;
    Tone tone() const { return m_tone; }
    QPushButton* actionButton() const { return m_action; }

private:
    void applyTone();

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    std::function<void()> m_run;
    Tone m_tone = Tone::Information;
};

} // namespace Gui::Widgets
