#include <digit_tutor/teacher/model_page.hpp>

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <map>

ModelPage::ModelPage(QWidget* parent)
    : QWidget(parent)
    , m_description(new QLabel(this))
    , m_load(new QPushButton(tr("Load Model File..."), this))
    , m_default(new QPushButton(tr("Use the Bundled Default"), this))
{
    auto* layout = new QVBoxLayout(this);
    m_description->setTextFormat(Qt::RichText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAccessibleName(tr("The model in use"));
    layout->addWidget(m_description);
    auto* help = new QLabel(tr("A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with "
                               "your own class's digits added. A file that is not a valid model is refused and the "
                               "current model stays."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_default);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load Model"), QString(),
                                                          tr("Digit models (*.dtm);;All files (*)"));
        if (!path.isEmpty())
            emit modelFileChosen(path);
    });
    connect(m_default, &QPushButton::clicked, this, &ModelPage::defaultModelChosen);
}

void ModelPage::showModel(const dt::DigitModel& model, const QString& path)
{
    std::map<std::string, std::string> meta;
    for (const auto& [key, value] : model.metadata.entries)
        meta[key] = value;
    auto field = [&](const char* key) { return QString::fromStdString(meta[key]).toHtmlEscaped(); };
    int components = 0;
    for (const auto& c : model.classes)
        components += c.mixture.nComponents();
    const QString accuracy = meta.count("test_accuracy")
                                 ? QLocale().toString(100.0 * QString::fromStdString(meta["test_accuracy"]).toDouble(), 'f', 2) +
                                       QStringLiteral("%")
                                 : tr("not recorded");
    const QString rows =
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(tr("File"), path.isEmpty() ? tr("the bundled default model") : QFileInfo(path).absoluteFilePath().toHtmlEscaped()) +
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(tr("Created"), field("created")) +
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(tr("Trained on"), field("training_data")) +
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(tr("Configuration"), field("configuration")) +
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(tr("Accuracy on the MNIST test set"), accuracy) +
        QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(tr("Ways of writing (components)")).arg(components);
    m_description->setText(QStringLiteral("<table cellspacing=6>%1</table>").arg(rows));
    m_default->setEnabled(!path.isEmpty());
}

QString ModelPage::descriptionText() const { return m_description->text(); }
