#pragma once

#include <QString>

class QWidget;

namespace kontor::ui {

/// Asks before something that cannot be taken back: @p text under @p title, a button
/// @p action (destructive role) and Cancel, which is the default. The box is named @p boxName
/// and the button @p buttonName (tests answer them). True when the user chose @p action.
bool confirmDestructive(QWidget* parent, const QString& boxName, const QString& title,
                        const QString& text, const QString& action, const QString& buttonName);

} // namespace kontor::ui
