#pragma once

#include <QDialog>
#include <QUrl>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kontor::ui {

/// Reads a typed server address: "kanzlei.example.de" means https://kanzlei.example.de.
/// Returns an invalid URL when the text is no http(s) address.
QUrl serverUrlFromInput(const QString& text);

/// Sign-in (server address, email, password). "Anmelden" hands the input to `signIn`, which
/// answers (perhaps later) through the callback it is given: an empty message on success, else
/// why it failed in plain language (app::Session words it; never a raw error). The dialog stays
/// open and busy until then, then closes or shows the message.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    using Done = std::function<void(const QString& error)>;
    std::function<void(const QUrl& server, const QString& email, const QString& password, Done)>
        signIn;

    explicit SignInDialog(QWidget* parent = nullptr);

    void setServer(const QUrl& server);
    void setEmail(const QString& email);
    QUrl server() const;
    QString email() const;
    /// Shows @p message (as from an earlier attempt) at the top; empty hides it.
    void showError(const QString& message);

private:
    void submit();
    void finished(const QString& error);
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
