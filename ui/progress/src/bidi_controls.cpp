#include <digit_tutor/progress/bidi_controls.hpp>

#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/progress/student.hpp>

#include <QLocale>

namespace dt::store {

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C;
}

QString withoutBidiControls(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!isBidiControl(c))
            out += c;
    return out;
}

QString shownText(const QString& text)
{
    QString shown = withoutBidiControls(text);
    if (QLocale().textDirection() == Qt::RightToLeft && !shown.isEmpty())
        shown = QChar(0x2068) + shown + QChar(0x2069);
    return shown;
}

QString shownName(const QString& name)
{
    return name == guestName() ? ProgressStore::tr("Guest") : shownText(name);
}

} // namespace dt::store
