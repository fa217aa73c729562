#include "signindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

QString describeSignInError(SignInError error)
{
    switch (error) {
    case SignInError::None:
        return {};
    case SignInError::InvalidAddress:
        return SignInDialog::tr("This is not a server address. Enter it as your firm gave it to "
                                "you, for example “kanzlei.example.de”.");
    case SignInError::Unreachable:
        return SignInDialog::tr("The server cannot be reached. Check the address and your "
                                "internet connection, then try again.");
    case SignInError::Timeout:
        return SignInDialog::tr("The server did not answer in time. Please try again in a "
                                "moment.");
    case SignInError::Certificate:
        return SignInDialog::tr("The server's security certificate is not trusted, so the "
                                "connection was not made. Check the address, or ask whoever "
                                "runs your Kontor server.");
    case SignInError::WrongCredentials:
        return SignInDialog::tr("Email or password is wrong.");
    case SignInError::NotAllowed:
        return SignInDialog::tr("This account may not use the desktop client. Please ask your "
                                "firm's administrator.");
    case SignInError::TooManyAttempts:
        return SignInDialog::tr("Too many attempts. Please wait a few minutes before trying "
                                "again.");
    case SignInError::ServerError:
        return SignInDialog::tr("The server has a problem right now. Please try again later.");
    case SignInError::KeychainUnavailable:
        return SignInDialog::tr("Signed in, but the system keychain is not available, so you "
                                "will have to sign in again next time.");
    }
    return {};
}

QUrl serverUrlFromInput(const QString& text)
{
    QString input = text.trimmed();
    if (input.isEmpty())
        return {};
    if (!input.contains(u"://"_s))
        input.prepend(u"https://"_s);
    QUrl url(input, QUrl::StrictMode);
    const bool web = url.scheme() == u"https" || url.scheme() == u"http";
    if (!url.isValid() || !web || url.host().isEmpty() || url.host().contains(u' '))
        return {};
    if (url.path() == u"/")
        url.setPath(QString());
    return url.adjusted(QUrl::StripTrailingSlash);
}

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in to Kontor"));
    setAccessibleName(windowTitle());
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setPlaceholderText(tr("kanzlei.example.de"));
    m_server->setAccessibleName(tr("Server address"));
    m_email->setObjectName(u"signInEmailEdit"_s);
    m_email->setAccessibleName(tr("Email"));
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_error->setObjectName(u"signInError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto* form = new QFormLayout;
    auto* serverLabel = new QLabel(tr("&Server address"), this);
    serverLabel->setBuddy(m_server);
    auto* emailLabel = new QLabel(tr("&Email"), this);
    emailLabel->setBuddy(m_email);
    auto* passwordLabel = new QLabel(tr("&Password"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(serverLabel, m_server);
    form->addRow(emailLabel, m_email);
    form->addRow(passwordLabel, m_password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign &in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    for (QLineEdit* edit : {m_server, m_email, m_password})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    updateButton();
}

void SignInDialog::setServer(const QUrl& server)
{
    m_server->setText(server.toString());
}

void SignInDialog::setEmail(const QString& email)
{
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

QUrl SignInDialog::server() const
{
    return serverUrlFromInput(m_server->text());
}

QString SignInDialog::email() const
{
    return m_email->text().trimmed();
}

void SignInDialog::showError(SignInError error)
{
    const QString text = describeSignInError(error);
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    const QUrl url = server();
    if (!url.isValid()) {
        showError(SignInError::InvalidAddress);
        m_server->setFocus();
        return;
    }
    if (!signIn)
        return;
    m_busy = true;
    updateButton();
    showError(SignInError::None);
    const quint64 attempt = ++m_attempt;
    QPointer<SignInDialog> self(this);
    signIn(url, email(), m_password->text(), [self, attempt](SignInError error) {
        // The dialog may be gone, or a newer attempt may have started meanwhile.
        if (self && self->m_attempt == attempt)
            self->finished(error);
    });
}

void SignInDialog::finished(SignInError error)
{
    m_busy = false;
    updateButton();
    if (error == SignInError::None || error == SignInError::KeychainUnavailable) {
        m_password->clear();
        if (error == SignInError::KeychainUnavailable)
            showError(error);
        accept();
        return;
    }
    showError(error);
    if (error == SignInError::WrongCredentials) {
        m_password->selectAll();
        m_password->setFocus();
    } else if (error == SignInError::InvalidAddress || error == SignInError::Unreachable ||
               error == SignInError::Certificate) {
        m_server->setFocus();
    }
}

void SignInDialog::updateButton()
{
    const bool filled = !m_server->text().trimmed().isEmpty() && !email().isEmpty() &&
                        !m_password->text().isEmpty();
    m_signIn->setEnabled(filled && !m_busy);
    m_signIn->setText(m_busy ? tr("Signing in …") : tr("Sign &in"));
    for (QLineEdit* edit : {m_server, m_email, m_password})
        edit->setReadOnly(m_busy);
}

} // namespace kontor::ui
