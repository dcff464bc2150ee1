#include "dialogs/HelpDialog.h"

#include <QDialogButtonBox>
#include <QTextEdit>
#include <QVBoxLayout>

namespace Gui::Dialogs {

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("What are these messages?"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QTextEdit(this);
    text->setReadOnly(true);
    text->setAccessibleName(tr("What are these messages?"));
    text->setPlainText(paragraphs().join(QStringLiteral("\n\n")));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(600, 480);
}

QStringList HelpDialog::paragraphs()
{
    return {
        tr("Messages such as \"Undeliverable\", \"Mail delivery failed\" or \"Returned mail\" are sent by "
           "mail "
           "servers when they could not deliver a message. They go to the address in the message's From "
           "line."),
        tr("Senders of spam often put real people's addresses in that From line, yours among them. When "
           "their spam "
           "cannot be delivered, the replies come to you, although you never sent anything. This does not "
           "mean that "
           "your computer has a virus or that your account was broken into: the spam was sent from somewhere "
           "else, "
           "and nothing needs fixing on your side. These replies are called forged bounces, or backscatter."),
        tr("NeverSent compares each of these replies with the mail in your Sent folder. When the original "
           "message is "
           "not among the mail you sent, the reply is forged, and it is safe to move it to the Trash. When "
           "you did send "
           "the original, the reply is about a real problem: for example a mistyped address or a full "
           "mailbox. "
           "NeverSent tells you what went wrong and what you can do."),
        tr("When NeverSent cannot tell, it says why, and what you can check yourself."),
        tr("NeverSent only moves messages to the Trash, never deletes them. Undo puts them back, also later "
           "from "
           "History."),
        tr("If several replies are about messages that are in your Sent folder but that you did not write, "
           "someone "
           "else may be using your account: change your password and tell your IT contact."),
    };
}

} // namespace Gui::Dialogs
