#include <digit_tutor/training/digit_trainer.hpp>
