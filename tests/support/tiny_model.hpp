#pragma once
// A small but real DigitModel for tests that need one without MNIST: ten classes of
// synthetic HOG-sized features, trained by the real trainer in well under a second.

#include <digit_tutor/training/digit_trainer.hpp>

namespace dt::test {

DigitModel makeTinyModel(int components = 2);

/// Drawing views for a model of `imageFeatures` HOG values, built directly (not trained):
/// `components` components per mixture with random means and precision factors whose
/// values half or single precision cannot hold exactly, so that rounding shows.
DrawingViews makeTinyDrawingViews(int imageFeatures, int components = 2);

} // namespace dt::test
