#include <digit_tutor/teacher/model_description.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace {

class DescriptionText {
    Q_DECLARE_TR_FUNCTIONS(ModelDescription)
};

QString meta(const dt::DigitModel& model, const char* key)
{
    return QString::fromStdString(model.metadata.get(key)).trimmed();
}

// The first number `pattern` captures in `text`, or -1.
qlonglong captured(const QString& text, const QString& pattern, int group = 1)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
    return m.hasMatch() ? m.captured(group).toLongLong() : -1;
}

QString joinedWithAnd(const QStringList& parts)
{
    if (parts.size() < 2)
        return parts.value(0);
    return DescriptionText::tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
}

// What "training_data" says (core/training/training_run.cpp), in whole sentences.
QString learntFrom(const QString& data)
{
    if (data.isEmpty())
        return DescriptionText::tr("What it learnt from is not recorded in the file.");
    QStringList parts;
    const qlonglong mnist = captured(data, QStringLiteral("MNIST training set[^,]*, (\\d+) digits"));
    if (mnist >= 0)
        parts << DescriptionText::tr("%Ln handwritten digit(s) of MNIST", nullptr, int(mnist));
    const qlonglong images = captured(data, QStringLiteral("plus (\\d+) images"));
    if (images >= 0)
        parts << DescriptionText::tr("%Ln picture(s) of a class's own digits", nullptr, int(images));
    const qlonglong drawn = captured(data, QStringLiteral("plus (\\d+) drawn digits"));
    if (drawn >= 0)
        parts << DescriptionText::tr("%Ln digit(s) drawn with a pen", nullptr, int(drawn));
    if (parts.isEmpty()) // words this code does not know: as they are
        return DescriptionText::tr("Learnt from: %1.").arg(data);
    QString text = DescriptionText::tr("Learnt from %1.").arg(joinedWithAnd(parts));
    const qlonglong versions = captured(data, QStringLiteral("with (\\d+) distorted copies of each"));
    if (drawn > 0 && versions > 0)
        text += QLatin1Char(' ') +
                DescriptionText::tr("Each drawn digit was also learnt in %n distorted version(s), as a child's hand "
                                    "might have drawn it.",
                                    nullptr, int(versions));
    const qlonglong doodles = captured(data, QStringLiteral("not a digit: (\\d+) doodles"));
    if (doodles > 0)
        text += QLatin1Char(' ') +
                DescriptionText::tr("It learnt what is not a digit from %Ln doodle(s).", nullptr, int(doodles));
    return text;
}

// "test_accuracy" (0-1) and "test_data" ("MNIST test set, 10000 digits"), then where the
// figures for drawn digits are: the file does not hold them.
QString reading(const dt::DigitModel& model)
{
    const QLocale locale;
    const QString drawn = DescriptionText::tr(
        "How well it reads digits drawn on the screen is measured apart: the bundled model's figures are in "
        "models/README.md, and digit-tutor-cli evaluate measures any model.");
    bool ok = false;
    const double accuracy = meta(model, "test_accuracy").toDouble(&ok);
    if (!ok || accuracy < 0.0 || accuracy > 1.0)
        return DescriptionText::tr("How well it reads is not recorded in the file.") + QLatin1Char(' ') + drawn;
    const QString percent = locale.toString(accuracy * 100.0, 'f', 2) + locale.percent();
    const qlonglong tested = captured(meta(model, "test_data"), QStringLiteral("(\\d+) digits"));
    const QString figure =
        tested > 0 ? DescriptionText::tr("It reads %1 of the MNIST test set right: %Ln handwritten digit(s) it never "
                                         "saw while learning.",
                                         nullptr, int(tested))
                         .arg(percent)
                   : DescriptionText::tr("It reads %1 of the MNIST test set right.").arg(percent);
    return figure + QLatin1Char(' ') + drawn;
}

QString made(const dt::DigitModel& model)
{
    const QString created = meta(model, "created");
    const QDateTime when = QDateTime::fromString(created, Qt::ISODate);
    if (!when.isValid())
        return created.isEmpty() ? DescriptionText::tr("When it was made is not recorded in the file.")
                                 : DescriptionText::tr("Made %1.").arg(created);
    return DescriptionText::tr("Made on %1.").arg(QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat));
}

// A setting of "configuration" (TrainingConfig::describe) by its name; the name itself
// after it, as digit-tutor-cli train spells it.
QString settingName(const QString& key)
{
    static const QList<QPair<const char*, const char*>> kNames{
        {"components", QT_TRANSLATE_NOOP("ModelDescription", "Ways of writing each digit, learnt from images")},
        {"drawn_components", QT_TRANSLATE_NOOP("ModelDescription", "Ways of writing each digit, learnt from drawings")},
        {"drawn_weight", QT_TRANSLATE_NOOP("ModelDescription", "Weight of the ways learnt from drawings")},
        {"reg_covar", QT_TRANSLATE_NOOP("ModelDescription", "Covariance regularisation")},
        {"deskew", QT_TRANSLATE_NOOP("ModelDescription", "Slanted digits straightened")},
        {"hog", QT_TRANSLATE_NOOP("ModelDescription", "HOG: orientations / cell pixels / block cells")},
        {"tol", QT_TRANSLATE_NOOP("ModelDescription", "Fitting tolerance")},
        {"max_iter", QT_TRANSLATE_NOOP("ModelDescription", "Fitting rounds at most")},
        {"seed", QT_TRANSLATE_NOOP("ModelDescription", "Random seed")},
        {"outlier_percentile", QT_TRANSLATE_NOOP("ModelDescription", "Not a digit below this percentile of the training scores")},
        {"augment_copies", QT_TRANSLATE_NOOP("ModelDescription", "Distorted copies of each MNIST digit")},
        {"em_precision", QT_TRANSLATE_NOOP("ModelDescription", "Arithmetic while fitting")},
        {"feature_order", QT_TRANSLATE_NOOP("ModelDescription", "Order the features are scored in")},
    };
    for (const auto& [name, words] : kNames)
        if (key == QLatin1String(name))
            return DescriptionText::tr("%1 (%2)").arg(DescriptionText::tr(words), key);
    return key;
}

// Per digit, how many ways of writing it (mixture components) the model knows.
QString waysPerDigit(const dt::DigitModel& model)
{
    QStringList perDigit;
    int all = 0;
    for (int d = 0; d < dt::kDigitClasses; ++d) {
        const int n = model.classes[std::size_t(d)].mixture.nComponents();
        all += n;
        perDigit << DescriptionText::tr("%1: %2").arg(d).arg(n);
    }
    return DescriptionText::tr("%1 (%2 in all)").arg(perDigit.join(QStringLiteral(", "))).arg(all);
}

} // namespace

ModelDescription describeModel(const dt::DigitModel& model, const QString& path)
{
    ModelDescription d;
    d.title = path.isEmpty() ? DescriptionText::tr("The bundled default model")
                             : DescriptionText::tr("The model file %1").arg(QFileInfo(path).fileName());
    const QString data = meta(model, "training_data");
    d.learntFrom = learntFrom(data);
    d.reading = reading(model);
    d.made = made(model);

    auto add = [&d](const QString& name, const QString& value) {
        if (!value.isEmpty())
            d.details.append({name, value});
    };
    add(DescriptionText::tr("File"), path.isEmpty() ? DescriptionText::tr("models/default.dtm, built into the app")
                                                    : QFileInfo(path).absoluteFilePath());
    if (model.loadedFormatVersion > 0)
        add(DescriptionText::tr("File format"), QString::number(model.loadedFormatVersion));
    add(DescriptionText::tr("Ways of writing each digit (components)"), waysPerDigit(model));
    for (const QString& token : meta(model, "configuration").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = token.indexOf(QLatin1Char('='));
        if (eq > 0)
            add(settingName(token.left(eq)), token.mid(eq + 1));
    }
    const qlonglong counted = captured(data, QStringLiteral("counted (\\d+) times"));
    if (counted >= 0)
        add(DescriptionText::tr("Times each drawn digit counts"), QString::number(counted));
    const qlonglong versions = captured(data, QStringLiteral("with (\\d+) distorted copies of each"));
    if (versions >= 0)
        add(DescriptionText::tr("Distorted versions of each drawn digit"), QString::number(versions));
    // "pen path: ...; retraced: ...; doodles: ...; seed 0" (DrawingViewsConfig::describe): a row each.
    for (const QString& part : meta(model, "drawing_views").split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QStringLiteral(": "));
        if (colon > 0)
            add(DescriptionText::tr("Drawings, %1").arg(part.left(colon)), part.mid(colon + 2));
        else
            add(DescriptionText::tr("Drawings"), part);
    }
    add(DescriptionText::tr("Tested on"), meta(model, "test_data"));
    bool ok = false;
    const double seconds = meta(model, "fit_seconds").toDouble(&ok);
    if (ok)
        add(DescriptionText::tr("Time to learn"), DescriptionText::tr("%1 s").arg(QLocale().toString(seconds, 'f', 0)));
    add(DescriptionText::tr("Made by"), meta(model, "program"));
    return d;
}
