#pragma once

#include <QStyledItemDelegate>

namespace Gui::Results {

// Draws a column of e-mail addresses cut in the middle when too narrow
// ("ahmed.rah...supplies.example"), so the start of the name and the domain both show.
class AddressDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Gui::Results
