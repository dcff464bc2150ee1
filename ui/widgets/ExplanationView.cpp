#include "widgets/ExplanationView.h"

#include "explain/Explanation.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextList>

namespace Gui::Widgets {

ExplanationView::ExplanationView(QWidget* parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Explanation of the selected message"));
    clear();
}

void ExplanationView::clear()
{
    setPlainText(tr("Select a message to see what it is and what to do about it."));
}

void ExplanationView::showExplanation(const Core::Explain::Explanation& explanation)
{
    QTextEdit::clear();
    QTextCursor cursor(document());
    QTextCharFormat normal;
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(font().pointSizeF() * 1.25);
    QTextCharFormat subheading;
    subheading.setFontWeight(QFont::Bold);
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(8);

    cursor.setBlockFormat(paragraph);
    cursor.insertText(explanation.headline, heading);
    for (const QString& text : explanation.paragraphs) {
        cursor.insertBlock(paragraph);
        cursor.insertText(text, normal);
    }
    const auto insertList = [&](const QString& title, const QStringList& items) {
        if (items.isEmpty())
            return;
        cursor.insertBlock(paragraph);
        cursor.insertText(title, subheading);
        cursor.insertBlock(paragraph);
        QTextListFormat bullets;
        bullets.setStyle(QTextListFormat::ListDisc);
        cursor.createList(bullets);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                cursor.insertBlock();
            cursor.insertText(items.at(i), normal);
        }
    };
    insertList(tr("What this message shows"), explanation.evidence);
    insertList(tr("What to do"), explanation.advice);
    moveCursor(QTextCursor::Start);
}

} // namespace Gui::Widgets
