#include <digit_tutor/shell/startup_choices.hpp>

#include <digit_tutor/shell/app_settings.hpp>
#include <digit_tutor/shell/default_model.hpp>

#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/progress/database_location.hpp>

#include <QCoreApplication>

#include <exception>
#include <optional>

namespace dt::ui {

std::shared_ptr<const DigitModel> tryLoadModel(const QString& path, QString* problem)
{
    try {
        return std::make_shared<const DigitModel>(loadModel(path.toStdString()));
    } catch (const std::exception& e) {
        *problem = QString::fromUtf8(e.what());
        return nullptr;
    }
}

ModelChoice chooseModel(const QString& commandLineModel)
{
    QStringList candidates;
    const QString chosen = settings::modelPath();
    if (!commandLineModel.isEmpty())
        candidates << commandLineModel;
    else if (!chosen.isEmpty())
        candidates << chosen;
    candidates << defaultModelPath();
    ModelChoice choice;
    for (const QString& path : candidates) {
        QString problem;
        choice.model = tryLoadModel(path, &problem);
        if (choice.model) {
            choice.path = path;
            break;
        }
        choice.failures << QCoreApplication::translate("main", "The model %1 could not be loaded.\n\n%2").arg(path, problem);
    }
    return choice;
}

StoreChoice openProgressStore(const QString& location, const QString& password)
{
    StoreChoice choice;
    auto parsed = location.isEmpty() ? std::optional(store::defaultDatabaseLocation())
                                     : store::parseDatabaseLocation(location, &choice.problem);
    if (!parsed)
        return choice;
    if (!password.isEmpty())
        parsed->password = password;
    choice.store = store::ProgressStore::open(*parsed, &choice.problem);
    if (choice.store)
        choice.displayName = parsed->displayName();
    return choice;
}

} // namespace dt::ui
