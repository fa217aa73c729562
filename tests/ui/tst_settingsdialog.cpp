// The client's settings: the language, German by default on a German system (empty = as the
// system), kept through app::Settings.

#include "guitest.h"

#include "ui/settingsdialog.h"

#include "app/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;

class TestSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void choosesLanguage_data();
    void choosesLanguage();
    void cancelKeepsLanguage();
};

void TestSettingsDialog::choosesLanguage_data()
{
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("stored");
    QTest::newRow("German") << u"Deutsch"_s << u"de"_s;
    QTest::newRow("English") << u"English"_s << u"en"_s;
    QTest::newRow("as the system") << u"As the system"_s << QString();
}

void TestSettingsDialog::choosesLanguage()
{
    QFETCH(QString, shown);
    QFETCH(QString, stored);
    app::Settings settings;
    settings.setLanguage(u"xx"_s);
    ui::SettingsDialog dialog(settings);
    auto* combo = child<QComboBox>(&dialog, u"languageCombo"_s);
    combo->setCurrentIndex(combo->findText(shown));
    QVERIFY(combo->currentIndex() >= 0);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(app::Settings().language(), stored);
}

void TestSettingsDialog::cancelKeepsLanguage()
{
    app::Settings settings;
    settings.setLanguage(u"de"_s);
    ui::SettingsDialog dialog(settings);
    auto* combo = child<QComboBox>(&dialog, u"languageCombo"_s);
    QCOMPARE(combo->currentText(), u"Deutsch"_s);
    combo->setCurrentIndex(combo->findText(u"English"_s));
    dialog.reject();
    QCOMPARE(app::Settings().language(), u"de"_s);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
