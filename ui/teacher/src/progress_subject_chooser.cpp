#include <digit_tutor/teacher/progress_subject_chooser.hpp>
#include <digit_tutor/progress/bidi_controls.hpp>

namespace {

constexpr int kKindRole = Qt::UserRole;      // kStudent or kClass
constexpr int kIdRole = Qt::UserRole + 1;    // a student's id
constexpr int kGroupRole = Qt::UserRole + 2; // a student's class, or the class
constexpr int kNameRole = Qt::UserRole + 3;  // the name as stored
constexpr int kStudent = 0;
constexpr int kClass = 1;

} // namespace

ProgressSubjectChooser::ProgressSubjectChooser(QWidget* parent)
    : QComboBox(parent)
{
    setAccessibleName(tr("Whose progress to show: a student or a class"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
}

void ProgressSubjectChooser::clearSubjects()
{
    const QSignalBlocker quiet(this);
    clear();
}

void ProgressSubjectChooser::setSubjects(const std::vector<QString>& groups,
                                         const std::vector<dt::store::Student>& students)
{
    const std::optional<ProgressSubject> was = chosen();
    const QSignalBlocker quiet(this);
    clear();
    for (const QString& group : groups) {
        addItem(tr("Class %1").arg(dt::store::withoutBidiControls(group)));
        const int i = count() - 1;
        setItemData(i, kClass, kKindRole);
        setItemData(i, group, kGroupRole);
        setItemData(i, group, kNameRole);
    }
    if (!groups.empty() && !students.empty())
        insertSeparator(count());
    for (const dt::store::Student& s : students) {
        addItem(dt::store::shownName(s.name));
        const int i = count() - 1;
        setItemData(i, kStudent, kKindRole);
        setItemData(i, s.id, kIdRole);
        setItemData(i, s.group, kGroupRole);
        setItemData(i, s.name, kNameRole);
        if (!s.group.isEmpty())
            setItemData(i,
                        tr("%1, class %2")
                            .arg(dt::store::withoutBidiControls(s.name), dt::store::withoutBidiControls(s.group)),
                        Qt::ToolTipRole);
    }
    int keep = 0;
    for (int i = 0; was && i < count(); ++i) {
        const bool isClass = itemData(i, kKindRole).toInt() == kClass;
        if (isClass == was->isClass && (isClass ? itemData(i, kGroupRole).toString() == was->group
                                                : itemData(i, kIdRole).toLongLong() == was->studentId)) {
            keep = i;
            break;
        }
    }
    setCurrentIndex(count() > 0 ? keep : -1);
}

std::optional<ProgressSubject> ProgressSubjectChooser::chosen() const
{
    const int i = currentIndex();
    if (i < 0 || !itemData(i, kKindRole).isValid())
        return std::nullopt;
    ProgressSubject s;
    s.isClass = itemData(i, kKindRole).toInt() == kClass;
    s.studentId = s.isClass ? 0 : itemData(i, kIdRole).toLongLong();
    s.group = itemData(i, kGroupRole).toString();
    s.name = itemData(i, kNameRole).toString();
    return s;
}

bool ProgressSubjectChooser::chooseStudent(qint64 studentId)
{
    for (int i = 0; i < count(); ++i)
        if (itemData(i, kKindRole).isValid() && itemData(i, kKindRole).toInt() == kStudent &&
            itemData(i, kIdRole).toLongLong() == studentId) {
            setCurrentIndex(i);
            return true;
        }
    return false;
}
