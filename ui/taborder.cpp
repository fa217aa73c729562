#include "taborder.h"

#include <QApplication>
#include <QButtonGroup>
#include <QRadioButton>
#include <QScrollArea>
#include <QWidget>

namespace kontor::ui {

namespace {

// Only one radio button of an exclusive group is a Tab stop; the arrow keys move within it.
bool isRadioStop(const QRadioButton* radio)
{
    if (radio->isChecked())
        return true;
    QList<QAbstractButton*> mates;
    if (radio->group()) {
        if (!radio->group()->exclusive())
            return true;
        mates = radio->group()->buttons();
    } else if (radio->autoExclusive() && radio->parentWidget()) {
        for (auto* b :
             radio->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly)) {
            if (b->autoExclusive())
                mates.append(b);
        }
    } else {
        return true;
    }
    for (const QAbstractButton* b : std::as_const(mates)) {
        if (b->isChecked())
            return false;
    }
    return !mates.isEmpty() && mates.constFirst() == radio;
}

void collect(QWidget* widget, QWidget* window, QList<QWidget*>& out)
{
    for (QObject* object : widget->children()) {
        auto* w = qobject_cast<QWidget*>(object);
        if (!w || w->isWindow() || !w->isVisibleTo(window) || !w->isEnabled())
            continue;
        const auto* radio = qobject_cast<QRadioButton*>(w);
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() &&
            (!radio || isRadioStop(radio))) {
            out.append(w);
        }
        collect(w, window, out);
    }
}

} // namespace

QList<QWidget*> tabStops(QWidget* root)
{
    QList<QWidget*> out;
    collect(root, root->window(), out);
    return out;
}

bool focusNextStop(const QList<QWidget*>& stops, bool next)
{
    QWidget* focus = QApplication::focusWidget();
    qsizetype index = -1;
    // The focus may sit inside a stop (the line edit of a spin box); count it as the stop.
    for (QWidget* w = focus; w && index < 0; w = w->parentWidget())
        index = stops.indexOf(w);
    if (index < 0 || stops.isEmpty())
        return false;
    const qsizetype n = stops.size();
    QWidget* target = stops.at((index + (next ? 1 : n - 1)) % n);
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    // QScrollArea scrolls to the focus only in its own focusNextPrevChild(), bypassed here.
    for (QWidget* w = target->parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w))
            area->ensureWidgetVisible(target);
    }
    return true;
}

} // namespace kontor::ui
