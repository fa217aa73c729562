#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kontor::ui {

/// Why a sign-in failed, as the dialog explains it.
enum class SignInError {
    None,
    InvalidAddress,     ///< not a server address at all
    Unreachable,        ///< no connection (offline, wrong host or port, refused)
    Timeout,            ///< the server did not answer in time
    Certificate,        ///< TLS: the certificate is not trusted or does not fit the name
    WrongCredentials,   ///< email or password wrong
    NotAllowed,         ///< signed in, but not allowed to use the client
    TooManyAttempts,    ///< rate limited
    ServerError,        ///< the server failed (5xx) or answered nonsense
    KeychainUnavailable ///< signed in, but the session could not be kept in the keychain
};

/// Plain-language text for @p error: what happened and what to do, never a raw error.
QString describeSignInError(SignInError error);

/// Reads a typed server address: "kanzlei.example.de" means https://kanzlei.example.de.
/// Returns an invalid URL when the text is no http(s) address.
QUrl serverUrlFromInput(const QString& text);

/// Sign-in (server address, email, password). "Anmelden" hands the input to `signIn`, which
/// answers (perhaps later) through the callback it is given; the dialog stays open, busy, until
/// then, and shows the error in plain German or closes on success.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    using Done = std::function<void(SignInError)>;
    std::function<void(const QUrl& server, const QString& email, const QString& password, Done)>
        signIn;

    explicit SignInDialog(QWidget* parent = nullptr);

    void setServer(const QUrl& server);
    void setEmail(const QString& email);
    QUrl server() const;
    QString email() const;
    /// Shows @p error (as from an earlier attempt) at the top.
    void showError(SignInError error);

private:
    void submit();
    void finished(SignInError error);
    void updateButton();

    QLineEdit* m_server;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
    bool m_busy = false;
    quint64 m_attempt = 0;
};

} // namespace kontor::ui
