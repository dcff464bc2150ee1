#pragma once

#include <QDialog>

namespace Gui::Dialogs {

// "What are these messages?": the whole story in a few paragraphs, for someone who has
// never heard of a bounce.
class HelpDialog : public QDialog {
    Q_OBJECT

public:
    explicit HelpDialog(QWidget* parent = nullptr);

    static QStringList paragraphs();
};

} // namespace Gui::Dialogs
