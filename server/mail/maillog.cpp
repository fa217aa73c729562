#include "maillog.h"

namespace kontor::mail {
Q_LOGGING_CATEGORY(lcMail, "kontor.server.mail")
} // namespace kontor::mail
