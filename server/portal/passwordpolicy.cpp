#include "passwordpolicy.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kontor::server::portal {

namespace {

const QSet<QString>& commonPasswords()
{
    // Read once; a const QSet is safe to read from every handler thread.
    static const QSet<QString> set = [] {
        QSet<QString> out;
        QFile file(u":/kontor/portal/common-passwords.txt"_s);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : file.readAll().split('\n')) {
                const QString entry = QString::fromUtf8(line.trimmed());
                if (!entry.isEmpty() && !entry.startsWith(u'#'))
                    out.insert(entry);
            }
        }
        return out;
    }();
    return set;
}

} // namespace

bool isCommonPassword(const QString& password)
{
    return commonPasswords().contains(password.trimmed().toLower());
}

PasswordProblem checkPassword(const QString& password, const QString& confirmation)
{
    const qsizetype length = password.toUcs4().size();
    if (length < minPasswordLength)
        return PasswordProblem::TooShort;
    if (length > maxPasswordLength)
        return PasswordProblem::TooLong;
    if (isCommonPassword(password))
        return PasswordProblem::Common;
    if (password != confirmation)
        return PasswordProblem::Mismatch;
    return PasswordProblem::None;
}

QByteArray passwordBytes(const QString& password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

} // namespace kontor::server::portal
