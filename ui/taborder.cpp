#include "taborder.h"

#include <QWidget>

namespace kontor::ui {

namespace {
void collect(QWidget* widget, QList<QWidget*>& out)
{
    for (QObject* child : widget->children()) {
        auto* w = qobject_cast<QWidget*>(child);
        if (!w || w->isWindow())
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            out.append(w);
        collect(w, out);
    }
}
} // namespace

void orderTabsByCreation(QWidget* root)
{
    QList<QWidget*> widgets;
    collect(root, widgets);
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

} // namespace kontor::ui
