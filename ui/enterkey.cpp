#include "enterkey.h"

#include <QKeyEvent>
#include <QWidget>

namespace kontor::ui {

namespace {
class EnterFilter : public QObject {
public:
    EnterFilter(std::function<bool()> handler, QObject* parent)
        : QObject(parent)
        , m_handler(std::move(handler))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_handler())
                return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_handler;
};
} // namespace

void onEnterKey(QWidget* widget, std::function<bool()> handler)
{
    widget->installEventFilter(new EnterFilter(std::move(handler), widget));
}

} // namespace kontor::ui
