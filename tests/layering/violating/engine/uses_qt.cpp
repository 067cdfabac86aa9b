// Breaks two rules: core includes Qt, and a lower layer includes a higher one.
#include <QString>
#include <digit_tutor/common/big_button.hpp>
