#pragma once

#include <QList>

class QWidget;

namespace kontor::ui {

// Tab order by creation. Qt appends widgets created at run time (a second contact, another
// phone row) at the end of the window's focus chain, behind the dialog's buttons, and
// QWidget::setTabOrder mishandles compound widgets (a date edit's inner line edit) into loops.
// Kontor's forms create their widgets in screen order, so windows with rows added at run time
// override focusNextPrevChild() and walk this list instead.

/// The widgets under @p root that Tab stops at, in creation order (depth first): shown,
/// enabled, accepting Tab focus; of a group of radio buttons only the checked one.
QList<QWidget*> tabStops(QWidget* root);

/// Moves the keyboard focus to the stop after (or before) the focused one, wrapping around.
/// Returns false when the focus is on none of @p stops.
bool focusNextStop(const QList<QWidget*>& stops, bool next);

} // namespace kontor::ui
