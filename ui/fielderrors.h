#pragma once

#include "core/violation.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace kontor::ui {

/// A rule violation as a form shows it: its path relative to the widget showing it.
struct FieldError {
    QString path;
    QString code;
    QString message;
};
using FieldErrors = QList<FieldError>;

/// Renders core violations in the current language.
FieldErrors toFieldErrors(const core::Violations& violations);

/// True when @p path is @p prefix or lies below it ("phones[1].number" under "phones").
bool pathIsUnder(const QString& path, const QString& prefix);

/// The errors under @p prefix, with the prefix (and the following dot) removed.
FieldErrors errorsUnder(const FieldErrors& errors, const QString& prefix);

/// A red, word-wrapped label for one field's error, hidden while there is none.
QLabel* makeErrorLabel(QWidget* field, QWidget* parent);

/// Shows each error at the label of its field: the registered path equal to the error's path or
/// the nearest one above it. A field's `required` error waits until the field was touched
/// (edited or left), so an empty form does not start out red; every other error shows as soon
/// as it exists, so a forbidden character is explained while it is typed (R-NAME-1).
class ErrorDisplay : public QObject {
    Q_OBJECT
public:
    explicit ErrorDisplay(QObject* parent = nullptr);

    void add(const QString& path, QWidget* field, QLabel* label);
    void remove(QWidget* field);
    /// Gives @p field's entry a new path (rows renumbered after a removal), keeping "touched".
    void setPath(QWidget* field, const QString& path);
    void clear();

    /// The path of the field that is or contains @p widget; empty when none does.
    QString pathOf(const QWidget* widget) const;
    /// The field registered with exactly @p path, if any.
    QWidget* fieldAt(const QString& path) const;

    /// Shows @p errors and returns those no registered path covers.
    FieldErrors show(const FieldErrors& errors);
    /// Whether the last errors include a `required` one not shown yet.
    bool hasPendingRequired() const;
    void markAllTouched();

Q_SIGNALS:
    void touchedChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Entry {
        QString path;
        QPointer<QWidget> field;
        QPointer<QLabel> label;
        bool touched = false;
    };
    void markTouched(QObject* field);
    void render();

    QList<Entry> m_entries;
    FieldErrors m_last;
    bool m_pendingRequired = false;
};

} // namespace kontor::ui
