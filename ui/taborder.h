#pragma once

class QWidget;

namespace kontor::ui {

/// Puts the focusable widgets under @p root into the Tab order in which they were created
/// (depth first), which is their order on screen. Forms that add rows at run time call it
/// after each change, because Qt appends new widgets at the end of the window's focus chain.
void orderTabsByCreation(QWidget* root);

} // namespace kontor::ui
