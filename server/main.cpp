#include "server/servercommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kontor-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
    return kontor::server::runServerCommand(QCoreApplication::arguments());
}
