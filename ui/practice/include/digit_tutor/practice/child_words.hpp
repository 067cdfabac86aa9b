#pragma once
// What the practice page says to the child, in one place, shown and spoken alike. Each
// sentence about a digit has two texts, "a 3" and "an 8", so that English reads right and a
// translation can say it its own way. A digit outside 0..9 stands for "any digit" (free
// drawing) where a sentence has that form, as documented.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ChildWords {
    Q_DECLARE_TR_FUNCTIONS(ChildWords)
public:
    /// "Write a 3"; "Draw any digit" for a digit outside 0..9.
    static QString write(int digit);
    /// "Draw a 3 first!" (Done on an empty canvas); "Draw a digit first!" outside 0..9.
    static QString drawFirst(int digit);
    /// "Let's write a 3!" (after a scribble); "Let's write a digit!" outside 0..9.
    static QString letsWrite(int digit);
    /// "That looks like a 3", while the child writes.
    static QString looksLike(int digit);
    /// "That doesn't look like a digit yet", while the child writes.
    static QString notADigitYet();
    /// "That looks like a 1. Let's write a 4!": after Done, another digit than the one asked.
    static QString looksLikeNotAsked(int seen, int asked);
    /// "Your 3 is facing the other way. Let's turn it round!": after Done, the digit written
    /// as its mirror image (a reversal). Only digits with a distinct mirror image are
    /// reversed, none of them an "an" in English, but a translation has the digit to itself.
    static QString facingTheOtherWay(int digit);
    /// "You can write a 3 all by yourself!": the plan faded the digit's guide to its last step.
    static QString learnt(int digit);
    /// "A 3 written like yours": why the guide changed after Done.
    static QString writtenLikeYours(int digit);
    /// The praise to choose from for 1 to 3 stars, varied so that the tenth still means something.
    static QStringList praise(int stars);
    /// Two sentences as one, to be shown and spoken together ("Brilliant! Try ... green dot.").
    static QString andThen(const QString& first, const QString& second);
};
