// Reads a digit model and a drawing with the installed engine and prints the digit it sees:
// what a program built on find_package(DigitTutorCore) can do.
// Usage: consumer MODEL.dtm DRAWING.json

#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: consumer MODEL.dtm DRAWING.json\n");
        return 2;
    }
    try {
        const dt::DigitModel model = dt::loadModel(argv[1]);
        const dt::Verdict verdict = dt::recogniseDrawing(model, dt::loadDrawing(argv[2]));
        std::printf("digit %d, p = %.3f\n", verdict.digit, verdict.probabilities[std::size_t(verdict.digit)]);
        return 0;
    } catch (const dt::Error& e) {
        std::fprintf(stderr, "consumer: %s\n", e.what());
        return 1;
    }
}
