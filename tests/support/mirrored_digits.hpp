#pragma once
// Real pen digits written facing the other way, for the tests of mirror writing: the
// project's handwriting of one digit (data/handwriting), flipped left to right
// (dt::mirroredDrawing), kept where the model itself calls the flipped drawing that digit
// reversed when asked for it. Which ones it calls so is the model's business (it improves);
// a test asserts that some were found, then uses them, and fails where there are none.
//
//   const auto mirrored = dt::test::reversedDigits(model, dt::loadDrawings(path), 3, /*asked=*/3, 4);
//   QVERIFY(!mirrored.empty());

#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/mirror_writing.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <cstddef>
#include <functional>
#include <vector>

namespace dt::test {

/// Up to `count` drawings of `digit` from `all`, each flipped left to right, whose verdict
/// with `askedDigit` asked (`digit`, or -1 for free drawing) is that digit reversed.
/// `asDrawn` is how the drawing reaches the model (e.g. fitted to a canvas's pixels); by
/// default as it is.
inline std::vector<dt::Drawing> reversedDigits(
    const dt::DigitModel& model, const std::vector<dt::Drawing>& all, int digit, int askedDigit, std::size_t count,
    const std::function<dt::Drawing(const dt::Drawing&)>& asDrawn = [](const dt::Drawing& d) { return d; })
{
    std::vector<dt::Drawing> found;
    for (const dt::Drawing& d : all) {
        if (found.size() >= count)
            break;
        if (d.label != digit)
            continue;
        dt::Drawing mirrored = dt::mirroredDrawing(d);
        if (dt::recogniseDrawing(model, asDrawn(mirrored), askedDigit).reversedDigit == digit)
            found.push_back(std::move(mirrored));
    }
    return found;
}

} // namespace dt::test
