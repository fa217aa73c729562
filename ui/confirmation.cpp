#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace kontor::ui {

bool confirmDestructive(QWidget* parent, const QString& boxName, const QString& title,
                        const QString& text, const QString& action, const QString& buttonName)
{
    QMessageBox ask(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    ask.setObjectName(boxName);
    QPushButton* yes = ask.addButton(action, QMessageBox::DestructiveRole);
    yes->setObjectName(buttonName);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == yes;
}

} // namespace kontor::ui
