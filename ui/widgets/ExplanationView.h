#pragma once

#include <QTextEdit>

namespace Core::Explain {
struct Explanation;
}

namespace Gui::Widgets {

// The explanation of the selected message. Everything in it may come from a stranger's
// message, so it is laid out with plain-text insertions only: nothing is ever read as
// HTML, no link is live and nothing is loaded.
class ExplanationView : public QTextEdit {
    Q_OBJECT

public:
    explicit ExplanationView(QWidget* parent = nullptr);

    void showExplanation(const Core::Explain::Explanation& explanation);
    void clear();
};

} // namespace Gui::Widgets
