#include <digit_tutor/practice/child_words.hpp>

namespace {

bool isDigit(int digit) { return digit >= 0 && digit <= 9; }

} // namespace

QString ChildWords::write(int digit)
{
    if (!isDigit(digit))
        return tr("Draw any digit");
    return (digit == 8 ? tr("Write an %1") : tr("Write a %1")).arg(digit);
}

QString ChildWords::drawFirst(int digit)
{
    if (!isDigit(digit))
        return tr("Draw a digit first!");
    return (digit == 8 ? tr("Draw an %1 first!") : tr("Draw a %1 first!")).arg(digit);
}

QString ChildWords::letsWrite(int digit)
{
    if (!isDigit(digit))
        return tr("Let's write a digit!");
    return (digit == 8 ? tr("Let's write an %1!") : tr("Let's write a %1!")).arg(digit);
}

QString ChildWords::looksLike(int digit)
{
    return (digit == 8 ? tr("That looks like an %1") : tr("That looks like a %1")).arg(digit);
}

QString ChildWords::notADigitYet() { return tr("That doesn't look like a digit yet"); }

QString ChildWords::looksLikeNotAsked(int seen, int asked)
{
    const QString looks = (seen == 8 ? tr("That looks like an %1.") : tr("That looks like a %1.")).arg(seen);
    return andThen(looks, letsWrite(asked));
}

QString ChildWords::facingTheOtherWay(int digit)
{
    return tr("Your %1 is facing the other way. Let's turn it round!").arg(digit);
}

QString ChildWords::learnt(int digit)
{
    return (digit == 8 ? tr("You can write an %1 all by yourself!") : tr("You can write a %1 all by yourself!"))
        .arg(digit);
}

QString ChildWords::writtenLikeYours(int digit)
{
    return (digit == 8 ? tr("An %1 written like yours") : tr("A %1 written like yours")).arg(digit);
}

QStringList ChildWords::praise(int stars)
{
    switch (stars) {
    case 3: return {tr("Wonderful!"), tr("Perfect!"), tr("Super writing!"), tr("Brilliant!")};
    case 2: return {tr("Well done!"), tr("Good job!"), tr("Nice work!"), tr("Great!")};
    default: return {tr("Good try! Have another go."), tr("Nearly! Try once more."), tr("Keep going, you can do it!")};
    }
}

QString ChildWords::andThen(const QString& first, const QString& second)
{
    return tr("%1 %2").arg(first, second);
}
