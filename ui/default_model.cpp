#include "default_model.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace dt::ui {

QString defaultModelPath()
{
    const QString bin = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        bin + QStringLiteral("/../share/digit-tutor/models/default.dtm"),
        QStringLiteral(DIGIT_TUTOR_SOURCE_MODEL),
    };
    for (const QString& c : candidates) {
        const QFileInfo info(c);
        if (info.isFile())
            return info.canonicalFilePath();
    }
    return candidates.back();
}

} // namespace dt::ui
