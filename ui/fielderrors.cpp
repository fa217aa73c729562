#include "fielderrors.h"

#include <QEvent>
#include <QLabel>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace kontor::ui {

FieldErrors toFieldErrors(const core::Violations& violations)
{
    FieldErrors out;
    out.reserve(violations.size());
    for (const core::Violation& v : violations)
        out.append({v.path(), v.code(), v.message()});
    return out;
}

bool pathIsUnder(const QString& path, const QString& prefix)
{
    if (prefix.isEmpty())
        return true;
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path.at(prefix.size());
    return next == u'.' || next == u'[';
}

FieldErrors errorsUnder(const FieldErrors& errors, const QString& prefix)
{
    FieldErrors out;
    for (const FieldError& e : errors) {
        if (!pathIsUnder(e.path, prefix))
            continue;
        QString rest = e.path.mid(prefix.size());
        if (rest.startsWith(u'.'))
            rest.remove(0, 1);
        out.append({rest, e.code, e.message});
    }
    return out;
}

QLabel* makeErrorLabel(QWidget* field, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(field->objectName() + u"Error"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->setVisible(false);
    return label;
}

ErrorDisplay::ErrorDisplay(QObject* parent)
    : QObject(parent)
{
}

void ErrorDisplay::add(const QString& path, QWidget* field, QLabel* label)
{
    m_entries.append({path, field, label, false});
    field->installEventFilter(this);
}

void ErrorDisplay::remove(QWidget* field)
{
    m_entries.removeIf([field](const Entry& e) { return e.field == field; });
}

QString ErrorDisplay::pathOf(const QWidget* widget) const
{
    for (const Entry& e : m_entries) {
        if (e.field && (e.field == widget || e.field->isAncestorOf(widget)))
            return e.path;
    }
    return {};
}

QWidget* ErrorDisplay::fieldAt(const QString& path) const
{
    for (const Entry& e : m_entries) {
        if (e.field && e.path == path)
            return e.field;
    }
    return nullptr;
}

void ErrorDisplay::setPath(QWidget* field, const QString& path)
{
    for (Entry& e : m_entries) {
        if (e.field == field)
            e.path = path;
    }
}

void ErrorDisplay::clear()
{
    m_entries.clear();
    m_last.clear();
}

FieldErrors ErrorDisplay::show(const FieldErrors& errors)
{
    m_last = errors;
    render();
    FieldErrors unplaced;
    for (const FieldError& e : errors) {
        const bool placed = std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry& x) {
            return x.label && pathIsUnder(e.path, x.path);
        });
        if (!placed)
            unplaced.append(e);
    }
    return unplaced;
}

bool ErrorDisplay::hasPendingRequired() const
{
    return m_pendingRequired;
}

void ErrorDisplay::markAllTouched()
{
    for (Entry& e : m_entries)
        e.touched = true;
    render();
}

bool ErrorDisplay::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut)
        markTouched(watched);
    return QObject::eventFilter(watched, event);
}

void ErrorDisplay::markTouched(QObject* field)
{
    bool changed = false;
    for (Entry& e : m_entries) {
        if (e.field == field && !e.touched) {
            e.touched = true;
            changed = true;
        }
    }
    if (changed) {
        render();
        Q_EMIT touchedChanged();
    }
}

void ErrorDisplay::render()
{
    m_pendingRequired = false;
    // Each error goes to the entry with the longest registered path that covers it.
    QList<QStringList> messages(m_entries.size());
    for (const FieldError& e : m_last) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const Entry& x = m_entries.at(i);
            if (x.label && pathIsUnder(e.path, x.path) &&
                (best < 0 || x.path.size() > m_entries.at(best).path.size())) {
                best = i;
            }
        }
        if (best < 0)
            continue;
        if (e.code == core::code::required && !m_entries.at(best).touched) {
            m_pendingRequired = true;
            continue;
        }
        if (!messages[best].contains(e.message))
            messages[best].append(e.message);
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry& x = m_entries.at(i);
        if (!x.label)
            continue;
        const QString text = messages.at(i).join(u'\n');
        x.label->setText(text);
        x.label->setVisible(!text.isEmpty());
        if (x.field)
            x.field->setAccessibleDescription(text);
    }
}

} // namespace kontor::ui
