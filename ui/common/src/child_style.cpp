#include <digit_tutor/common/child_style.hpp>

#include <QPalette>
#include <QWidget>

namespace dt::ui {

namespace childColours {
QColor background() { return {0xff, 0xf8, 0xec}; }
QColor surface() { return {0xff, 0xff, 0xff}; }
QColor text() { return {0x2b, 0x2d, 0x42}; }
QColor mutedText() { return {0xa8, 0xa3, 0x9a}; }
QColor rim() { return {0xe6, 0xdb, 0xc6}; }
QColor green() { return {0x3d, 0xae, 0x5b}; }
QColor blue() { return {0x3c, 0x82, 0xdc}; }
QColor orange() { return {0xf5, 0x9a, 0x23}; }
QColor purple() { return {0x8e, 0x63, 0xce}; }
QColor yellow() { return {0xff, 0xc5, 0x3d}; }
QColor softGrey() { return {0xdd, 0xd8, 0xcf}; }
QColor writingLine() { return {0xb9, 0xcd, 0xea}; }
QColor guideInk() { return {0x2f, 0x6f, 0xd0}; }
} // namespace childColours

QString childStyleSheet()
{
    using namespace childColours;
    // Rounded enough to look soft at the smallest button (56 px) and still a rounded
    // rectangle at the largest.
    return QStringLiteral(
               "QPushButton { background: %1; color: %2; border: 3px solid %3; border-radius: 18px; padding: 6px; }"
               "QPushButton:hover { border-color: %4; }"
               "QPushButton:pressed { background: %5; }"
               "QPushButton:checked { background: %6; border: 4px solid %4; }"
               "QPushButton:disabled { background: %7; color: %8; border-color: %7; }"
               "QPushButton[childAccent=\"done\"] { background: %9; color: white; border-color: %10; }"
               "QPushButton[childAccent=\"done\"]:pressed { background: %10; }"
               "QPushButton[childAccent=\"done\"]:disabled { background: %7; color: %8; border-color: %7; }"
               "QPushButton[childAccent=\"quiet\"] { border-color: transparent; background: transparent; }")
        .arg(surface().name(), text().name(), rim().name(), blue().name(), QColor(0xf1, 0xec, 0xe2).name(),
             QColor(0xe3, 0xee, 0xfc).name(), QColor(0xf3, 0xee, 0xe6).name(), mutedText().name(), green().name(),
             green().darker(125).name());
}

void applyChildStyle(QWidget* root)
{
    if (!root)
        return;
    using namespace childColours;
    QPalette palette = root->palette();
    palette.setColor(QPalette::Window, background());
    palette.setColor(QPalette::WindowText, text());
    palette.setColor(QPalette::Base, surface());
    palette.setColor(QPalette::Text, text());
    palette.setColor(QPalette::Button, surface());
    palette.setColor(QPalette::ButtonText, text());
    palette.setColor(QPalette::Highlight, blue());
    palette.setColor(QPalette::HighlightedText, surface());
    palette.setColor(QPalette::ToolTipBase, surface());
    palette.setColor(QPalette::ToolTipText, text());
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, mutedText());
    root->setPalette(palette);
    root->setAutoFillBackground(true);
    root->setStyleSheet(childStyleSheet());
}

} // namespace dt::ui
