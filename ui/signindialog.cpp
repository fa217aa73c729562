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

void SignInDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    const QUrl url = server();
    if (!url.isValid()) {
        showError(tr("This is not a server address. Enter it as your firm gave it to you, for "
                     "example “kanzlei.example.de”."));
        m_server->setFocus();
        return;
    }
    if (!signIn)
        return;
    m_busy = true;
    updateButton();
    showError({});
    const quint64 attempt = ++m_attempt;
    QPointer<SignInDialog> self(this);
    signIn(url, email(), m_password->text(), [self, attempt](const QString& error) {
        // The dialog may be gone, or a newer attempt may have started meanwhile.
        if (self && self->m_attempt == attempt)
            self->finished(error);
    });
}

void SignInDialog::finished(const QString& error)
{
    m_busy = false;
    updateButton();
    if (error.isEmpty()) {
        m_password->clear();
        accept();
        return;
    }
    showError(error);
    m_password->selectAll();
    m_password->setFocus();
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
