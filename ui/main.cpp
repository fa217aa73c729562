// kontor: the desktop client. main() only wires the pieces of app/ and ui/.

#include "app/settings.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// --version and --help must work without a display (packaging checks run them headless).
bool wantsConsoleOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"--version", "-v", "--help", "-h"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(u"Kontor"_s);
    QCoreApplication::setApplicationName(u"kontor"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
    std::unique_ptr<QCoreApplication> app;
    if (wantsConsoleOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);

    kontor::app::Settings settings;
    kontor::ui::installUiLanguage(*app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Kontor: client management for tax firms"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(*app);

    QLabel window(QCoreApplication::translate("main", "Kontor"));
    window.setWindowTitle(u"Kontor"_s);
    window.show();
    return app->exec();
}
