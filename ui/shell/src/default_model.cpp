#include <digit_tutor/shell/default_model.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace dt::ui {

namespace {

QString bundledFile(const QString& name)
{
    const QString bin = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        bin + QStringLiteral("/../share/digit-tutor/models/") + name,
        QStringLiteral(DIGIT_TUTOR_SOURCE_MODELS "/") + name,
    };
    for (const QString& c : candidates) {
        const QFileInfo info(c);
        if (info.isFile())
            return info.canonicalFilePath();
    }
    return candidates.back();
}

} // namespace

QString defaultModelPath() { return bundledFile(QStringLiteral("default.dtm")); }
QString defaultWaysPath() { return bundledFile(QStringLiteral("default.ways")); }

} // namespace dt::ui
