#pragma once
// The parts of the practice page, found as a test finds what a user sees: by the object
// names the page gives them (PracticePage's header lists them). A part that is not there
// fails the test that asked for it, where it asked.

#include <digit_tutor/common/celebration.hpp>
#include <digit_tutor/common/confidence_meter.hpp>
#include <digit_tutor/common/difference_view.hpp>
#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/common/guide_view.hpp>
#include <digit_tutor/common/stars_view.hpp>
#include <digit_tutor/practice/practice_page.hpp>
#include <digit_tutor/practice/prompt_speaker.hpp>
#include <digit_tutor/practice/show_me_coach.hpp>
#include <digit_tutor/practice/sound_effects.hpp>

#include <QLabel>
#include <QPushButton>
#include <QTest>

namespace dt::test {

template <typename Part>
Part* partOf(const PracticePage* page, const char* name)
{
    Part* part = page->findChild<Part*>(QString::fromLatin1(name));
    if (!part)
        QTest::qFail(qPrintable(QStringLiteral("the practice page has no part named '%1'").arg(QLatin1String(name))),
                     __FILE__, __LINE__);
    return part;
}

inline DrawingCanvas* canvas(const PracticePage* p) { return partOf<DrawingCanvas>(p, "canvas"); }
inline ConfidenceMeter* meter(const PracticePage* p) { return partOf<ConfidenceMeter>(p, "meter"); }
inline GuideView* guideView(const PracticePage* p) { return partOf<GuideView>(p, "guide"); }
inline DifferenceView* differenceView(const PracticePage* p) { return partOf<DifferenceView>(p, "difference"); }
inline QWidget* sidePanel(const PracticePage* p) { return partOf<QWidget>(p, "sidePanel"); }
inline PromptSpeaker* speaker(const PracticePage* p) { return partOf<PromptSpeaker>(p, "speaker"); }
inline ShowMeCoach* coach(const PracticePage* p) { return partOf<ShowMeCoach>(p, "coach"); }
inline StarsView* starsView(const PracticePage* p) { return partOf<StarsView>(p, "stars"); }
inline Celebration* celebration(const PracticePage* p) { return partOf<Celebration>(p, "celebration"); }
inline SoundEffects* sounds(const PracticePage* p) { return partOf<SoundEffects>(p, "sounds"); }

inline QPushButton* practiceModeButton(const PracticePage* p) { return partOf<QPushButton>(p, "practiceMode"); }
inline QPushButton* freeModeButton(const PracticePage* p) { return partOf<QPushButton>(p, "freeMode"); }
inline QPushButton* undoButton(const PracticePage* p) { return partOf<QPushButton>(p, "undo"); }
inline QPushButton* clearButton(const PracticePage* p) { return partOf<QPushButton>(p, "clear"); }
inline QPushButton* doneButton(const PracticePage* p) { return partOf<QPushButton>(p, "done"); }
inline QPushButton* nextButton(const PracticePage* p) { return partOf<QPushButton>(p, "next"); }
inline QPushButton* traceButton(const PracticePage* p) { return partOf<QPushButton>(p, "trace"); }
inline QPushButton* compareButton(const PracticePage* p) { return partOf<QPushButton>(p, "compare"); }
inline QPushButton* sayAgainButton(const PracticePage* p) { return partOf<QPushButton>(p, "sayAgain"); }
inline QPushButton* showMeButton(const PracticePage* p) { return partOf<QPushButton>(p, "showMe"); }

/// What the labels say: the prompt ("Write a 3"), "looks like" (or the formation hint), the praise.
inline QString promptText(const PracticePage* p) { return partOf<QLabel>(p, "prompt")->text(); }
inline QString looksLikeText(const PracticePage* p) { return partOf<QLabel>(p, "looksLike")->text(); }
inline QString praiseText(const PracticePage* p) { return partOf<QLabel>(p, "praise")->text(); }

} // namespace dt::test
