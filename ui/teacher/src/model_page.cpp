#include <digit_tutor/teacher/model_page.hpp>

#include <digit_tutor/teacher/model_description.hpp>

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStringList>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Plain text (a file name is never markup), wrapped, selectable to copy into an e-mail.
QLabel* wordsLabel(const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

ModelPage::ModelPage(QWidget* parent)
    : QWidget(parent)
    , m_title(wordsLabel(tr("Which model is in use"), this))
    , m_learnt(wordsLabel(tr("What the model learnt from"), this))
    , m_reading(wordsLabel(tr("How well the model reads"), this))
    , m_made(wordsLabel(tr("When the model was made"), this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QLabel(this))
    , m_load(new QPushButton(tr("Load Model File..."), this))
    , m_default(new QPushButton(tr("Use the Bundled Default"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);

    auto* summary = new QFormLayout;
    summary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    summary->setRowWrapPolicy(QFormLayout::DontWrapRows);
    summary->addRow(heading(tr("What it learnt from"), this), m_learnt);
    summary->addRow(heading(tr("How well it reads"), this), m_reading);
    summary->addRow(heading(tr("When it was made"), this), m_made);

    // The technical settings, for whoever asks: closed at first.
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setAccessibleName(tr("Show the model's technical settings"));
    // A table in one label, selectable to copy; a row a setting, none so long that it must
    // wrap (a wrapped table's height is not always what the label gets).
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setContentsMargins(20, 0, 0, 0);
    m_details->setAccessibleName(tr("The model's technical settings"));
    m_details->setVisible(false);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(open);
    });

    auto* help = new QLabel(tr("A model file (.dtm) is made by digit-tutor-cli train, for example on MNIST with "
                               "your own class's digits added. A file that is not a valid model is refused and the "
                               "current model stays."),
                            this);
    help->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_default);
    buttons->addStretch();

    // In a scroll area: with Details open, the page is taller than a small screen.
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addLayout(summary);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addSpacing(8);
    layout->addWidget(help);
    layout->addLayout(buttons);
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
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
    const ModelDescription d = describeModel(model, path);
    m_title->setText(d.title);
    m_learnt->setText(d.learntFrom);
    m_reading->setText(d.reading);
    m_made->setText(d.made);
    QString rows;
    m_detailLines.clear();
    for (const auto& [name, value] : d.details) {
        rows += QStringLiteral("<tr><td>%1:</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
        m_detailLines << name + QStringLiteral(": ") + value;
    }
    m_details->setText(QStringLiteral("<table cellspacing=\"2\" cellpadding=\"1\">%1</table>").arg(rows));
    m_default->setEnabled(!path.isEmpty());
}

QString ModelPage::descriptionText() const
{
    return (QStringList{m_title->text(), m_learnt->text(), m_reading->text(), m_made->text()} + m_detailLines)
        .join(QLatin1Char('\n'));
}
