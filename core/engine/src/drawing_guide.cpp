#include <digit_tutor/engine/drawing_guide.hpp>

#include <digit_tutor/engine/feature_extraction.hpp>
#include <digit_tutor/engine/stroke_renderer.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace dt {

NormalisedDigit normaliseDrawing(const DigitModel& model, const Drawing& drawing)
{
    // recogniseDrawing and the guide both normalise through here, so they cannot drift apart.
    return normaliseDigit(renderDrawing(drawing), model.features.normalise);
}

int closestComponent(const DigitModel& model, int digit, const NormalisedDigit& image)
{
    if (digit < 0 || digit >= kDigitClasses)
        throw std::out_of_range("closestComponent: digit " + std::to_string(digit) + " is not 0-9");
    if (image.empty)
        return model.mostCommonComponent(digit);
    return model.closestComponent(digit, digitFeatures(model.features, image.image).data());
}

std::array<std::vector<float>, kDigitClasses> firstGuides(const DigitModel& model)
{
    std::array<std::vector<float>, kDigitClasses> guides;
    for (int d = 0; d < kDigitClasses; ++d)
        guides[std::size_t(d)] = model.classes[std::size_t(d)].meanImages[std::size_t(model.mostCommonComponent(d))];
    return guides;
}

} // namespace dt
