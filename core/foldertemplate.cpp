#include "foldertemplate.h"

#include "textlimits.h"
#include "textrules.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace kontor::core {

bool operator==(const FolderNode& a, const FolderNode& b)
{
    return a.name == b.name && a.children == b.children;
}

QList<FolderNode> FolderTemplate::defaultFolders()
{
    return {
        {u"Vom Kunden hochgeladene Dokumente"_s, {}},
        {u"Von der Kanzlei bereitgestellt"_s, {}},
        {u"Steuern"_s, {{u"Einkommensteuer"_s, {}}, {u"Umsatzsteuer"_s, {}}}},
    };
}

namespace {

void checkLevel(const QList<FolderNode>& folders, const QString& path, int depth, qsizetype& count,
                Violations& out)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const FolderNode& node = folders.at(i);
        const QString nodePath = indexPath(path, i);
        const QString namePath = joinPath(nodePath, u"name"_s);
        if (++count > limits::folderTemplateNodes) {
            out.append(Violation(path, code::tooMany,
                                 QT_TRANSLATE_NOOP("Validation", "At most %1 entries are allowed."),
                                 {QString::number(limits::folderTemplateNodes)}));
            return;
        }
        Violations v = checkRequired(node.name, namePath);
        if (v.isEmpty())
            v = checkLength(node.name, namePath, limits::folderName);
        if (v.isEmpty())
            v = checkFolderSafeName(node.name, namePath);
        if (v.isEmpty() && seen.contains(node.name.toLower())) {
            v.append(Violation(
                namePath, code::duplicate,
                QT_TRANSLATE_NOOP("Validation", "A folder named “%1” already exists here."),
                {node.name}));
        }
        seen.insert(node.name.toLower());
        out += v;
        if (node.children.isEmpty())
            continue;
        if (depth + 1 >= limits::folderTemplateDepth) {
            out.append(Violation(
                joinPath(nodePath, u"children"_s), code::tooMany,
                QT_TRANSLATE_NOOP("Validation", "Folders can be nested at most %1 levels deep."),
                {QString::number(limits::folderTemplateDepth)}));
            continue;
        }
        checkLevel(node.children, joinPath(nodePath, u"children"_s), depth + 1, count, out);
    }
}

} // namespace

Violations checkFolderTree(const QList<FolderNode>& folders, const QString& path)
{
    Violations out;
    qsizetype count = 0;
    checkLevel(folders, path, 0, count, out);
    return out;
}

} // namespace kontor::core
