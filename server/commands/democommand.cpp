#include "commandsupport.h"

namespace kontor::server::commands {

int runDemo(const QStringList&)
{
    return 1;
}

} // namespace kontor::server::commands
