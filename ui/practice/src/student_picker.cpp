#include <digit_tutor/practice/student_picker.hpp>
#include <digit_tutor/progress/bidi_controls.hpp>

#include <digit_tutor/common/big_button.hpp>
#include <digit_tutor/common/child_style.hpp>

#include <QColor>
#include <QCryptographicHash>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace {

constexpr int kColumns = 3;
constexpr int kBadgeSize = 48;

// Okabe-Ito colours, told apart by children with the common colour-vision differences.
constexpr std::array<QRgb, 7> kPalette = {0xe69f00, 0x56b4e9, 0x009e73, 0xd4b800, 0x0072b2, 0xd55e00, 0xcc79a7};

} // namespace

QIcon StudentPicker::badgeFor(const QString& name)
{
    QPixmap pixmap(kBadgeSize, kBadgeSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(StudentPicker::colourFor(name));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(pixmap.rect());
    QFont font = painter.font();
    font.setPixelSize(kBadgeSize * 6 / 10);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    // The first letter of the name as the child sees it (Guest's in the app's language).
    painter.drawText(pixmap.rect(), Qt::AlignCenter,
                     dt::store::withoutBidiControls(dt::store::shownName(name)).left(1).toUpper());
    return QIcon(pixmap);
}

QString StudentPicker::buttonText(const QString& name)
{
    return dt::store::shownName(name).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QColor StudentPicker::colourFor(const QString& name)
{
    // The name as shown, so that the badge beside the shown name has its colour everywhere.
    const QByteArray digest =
        QCryptographicHash::hash(dt::store::withoutBidiControls(name).toUtf8(), QCryptographicHash::Sha1);
    return QColor::fromRgb(kPalette[static_cast<unsigned char>(digest[0]) % kPalette.size()]);
}

StudentPicker::StudentPicker(std::vector<dt::store::Student> students, QWidget* parent)
    : QDialog(parent)
    , m_students(std::move(students))
{
    setWindowTitle(tr("Who is writing?"));
    auto* layout = new QVBoxLayout(this);
    auto* question = new QLabel(tr("Who is writing?"), this);
    QFont big = question->font();
    big.setPixelSize(32);
    big.setBold(true);
    question->setFont(big);
    question->setAlignment(Qt::AlignCenter);
    layout->addWidget(question);

    auto* grid = new QGridLayout;
    for (std::size_t i = 0; i < m_students.size(); ++i) {
        const dt::store::Student& s = m_students[i];
        const QString name = dt::store::shownName(s.name);
        QPushButton* button =
            dt::ui::bigButton(buttonText(s.name), tr("I am %1").arg(name), tr("Write as %1").arg(name), QKeySequence(), this, 24);
        button->setIcon(badgeFor(s.name));
        button->setIconSize(QSize(kBadgeSize, kBadgeSize));
        button->setMinimumWidth(200);
        connect(button, &QPushButton::clicked, this, [this, i] {
            m_chosen = m_students[i];
            accept();
        });
        grid->addWidget(button, int(i) / kColumns, int(i) % kColumns);
        m_buttons.push_back(button);
    }
    layout->addLayout(grid);
    // The child's side looks the same everywhere: soft background, big rounded buttons.
    dt::ui::applyChildStyle(this);
}
