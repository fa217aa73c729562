#pragma once

#include <functional>

class QWidget;

namespace kontor::ui {

/// Runs @p handler when Return or Enter is pressed in @p widget; when it returns true the key
/// is used up, so it does not also press the dialog's default button. Lists use it to open or
/// pick the current row, as a double click does.
void onEnterKey(QWidget* widget, std::function<bool()> handler);

} // namespace kontor::ui
