#include "server/servercommand.h"

#include <QCoreApplication>

#include <sodium.h>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kontor-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
    if (sodium_init() < 0)
        return 1;
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} %{type}: %{message}"_s);
    return kontor::server::runServerCommand(QCoreApplication::arguments());
}
