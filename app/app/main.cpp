// digit-tutor: the practice app. Finds and loads the model, then shows the window.

#include <default_model.hpp>
#include <main_window.hpp>

#include <digit_tutor/model_file.hpp>

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QMessageBox>

#include <exception>
#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("digit-tutor"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Digit Tutor"));
    QApplication::setApplicationVersion(QStringLiteral(DIGIT_TUTOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Practise writing the digits 0-9."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption modelOption(QStringList{QStringLiteral("m"), QStringLiteral("model")},
                                         QApplication::translate("main", "Digit model file (.dtm) to use."),
                                         QApplication::translate("main", "FILE"));
    parser.addOption(modelOption);
    parser.process(app);

    const QString path = parser.isSet(modelOption) ? parser.value(modelOption) : dt::ui::defaultModelPath();
    std::shared_ptr<const dt::DigitModel> model;
    try {
        model = std::make_shared<const dt::DigitModel>(dt::loadModel(path.toStdString()));
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot load model"),
                              QApplication::translate("main", "The model %1 could not be loaded.\n\n%2")
                                  .arg(path, QString::fromUtf8(e.what())));
        return 1;
    }

    MainWindow window(std::move(model));
    window.show();
    return app.exec();
}
