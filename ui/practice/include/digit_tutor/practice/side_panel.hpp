#pragma once
// The column beside the practice canvas: the guide, or after Done the child's drawing
// compared with it; a Compare button; how sure the app is (a face, no numbers); and at the
// bottom the page's own buttons. No titles for a child to read. One column, so that all of it moves together to the side
// the drawing hand leaves free. It shows what it is given and decides nothing.

#include <QWidget>

class ConfidenceMeter;
class DifferenceView;
class GuideView;
class QLayout;
class QPushButton;

class SidePanel : public QWidget {
    Q_OBJECT
public:
    /// `buttons` (the page's Undo / Clear / Done / Next) are put at the bottom; the panel
    /// takes the layout over.
    explicit SidePanel(QLayout* buttons, QWidget* parent = nullptr);

    GuideView* guideView() const { return m_guide; }
    DifferenceView* differenceView() const { return m_difference; }
    ConfidenceMeter* meter() const { return m_meter; }
    QPushButton* compareButton() const { return m_compareButton; }

    /// The comparison in the place of the guide and the meter (true), or those two again.
    /// The compare button's check follows.
    void showComparison(bool comparing);

protected:
    /// A change of language (AppLanguage) gives its words again.
    void changeEvent(QEvent* event) override;

private:
    /// Its button's words, in the app's language.
    void retranslate();
    GuideView* m_guide = nullptr;
    DifferenceView* m_difference = nullptr;
    ConfidenceMeter* m_meter = nullptr;
    QPushButton* m_compareButton = nullptr;
};
