#pragma once
// A small but real DigitModel for tests that need one without MNIST: ten classes of
// synthetic HOG-sized features, trained by the real trainer in well under a second.

#include <digit_tutor/training/digit_trainer.hpp>
#include <digit_tutor/training/random.hpp>

namespace dt::test {

DigitModel makeTinyModel(int components = 2);

/// A mixture of `components` components over d features with random means (about 0.3
/// from 0) and precision factors (diagonal 3-4, off-diagonal about 0.05), whose values half
/// or single precision cannot hold exactly.
GaussianMixture randomMixture(int d, int components, Random& rng);

/// Drawing views for a model of `imageFeatures` HOG values, built directly (not trained):
/// `components` components per mixture with random means and precision factors whose
/// values half or single precision cannot hold exactly, so that rounding shows.
DrawingViews makeTinyDrawingViews(int imageFeatures, int components = 2);

} // namespace dt::test
