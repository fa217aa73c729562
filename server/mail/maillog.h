#pragma once

#include <QLoggingCategory>

namespace kontor::mail {
/// Logging of the mail layer: kontor.server.mail.
Q_DECLARE_LOGGING_CATEGORY(lcMail)
} // namespace kontor::mail
