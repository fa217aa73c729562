#pragma once

#include "violation.h"

#include <QUuid>

namespace kontor::core {

/// One folder and its subfolders.
struct FolderNode {
    QString name;
    QList<FolderNode> children;
};
// Not defaulted: a defaulted comparison of a recursive type cannot see QList<FolderNode>'s.
bool operator==(const FolderNode& a, const FolderNode& b);

/// A firm's folder template (R-ACC-8): applying it creates its folders for an account.
struct FolderTemplate {
    QUuid id;
    QString name;
    QList<FolderNode> folders;

    bool operator==(const FolderTemplate&) const = default;

    /// The predefined tree used when an account has no template; its top level holds
    /// "Vom Kunden hochgeladene Dokumente" (R-ACC-8).
    static QList<FolderNode> defaultFolders();
};

/// Folder names obey R-NAME-1, siblings differ (case-insensitively, as on Windows), and the
/// tree stays within limits::folderTemplateNodes and limits::folderTemplateDepth.
Violations checkFolderTree(const QList<FolderNode>& folders, const QString& path);

} // namespace kontor::core
