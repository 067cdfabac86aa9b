#include <digit_tutor/teacher/language_box.hpp>

#include <digit_tutor/common/languages.hpp>

#include <QCollator>

#include <algorithm>
#include <utility>
#include <vector>

LanguageBox::LanguageBox(const QString& noneText, QWidget* parent)
    : QComboBox(parent)
{
    addItem(noneText, QString());
    std::vector<std::pair<QString, QString>> named; // name, code
    for (const QString& code : dt::ui::builtInLanguages())
        named.emplace_back(dt::ui::languageName(code), code);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(named.begin(), named.end(), [&](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto& [name, code] : named)
        addItem(name, code);
}

QString LanguageBox::language() const { return currentData().toString(); }

void LanguageBox::setLanguage(const QString& language)
{
    int index = findData(language);
    if (index < 0) {
        addItem(language, language);
        index = count() - 1;
    }
    setCurrentIndex(index);
}
