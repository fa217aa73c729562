#pragma once

#include "clientservices.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace kontor::ui {

/// "Konflikte" (issue 6): fields that were changed here and on the server since this computer
/// read them. The server kept its value; per field the user sees "Wert auf dem Server" and "Ihr
/// Wert" and chooses "Server-Wert behalten" or "Meinen Wert verwenden" (sent again).
class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    ConflictsDialog(const ClientServices& services, QWidget* parent = nullptr);

    /// The field's name as the forms show it ("name" → "Kontoname").
    static QString fieldLabel(const QString& kind, const QString& field);

private:
    void reload();
    void resolve(app::ConflictChoice choice);
    QString valueText(const QString& field, const QJsonValue& value) const;
    QString recordName(const app::FieldConflictItem& item) const;

    const ClientServices& m_services;
    ReferenceData m_reference;
    QList<app::FieldConflictItem> m_items;
    QTreeWidget* m_list;
    QPushButton* m_keepServer;
    QPushButton* m_useMine;
};

} // namespace kontor::ui
