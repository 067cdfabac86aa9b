#include "../practice/practice_page.hpp"
#include <digit_tutor/practice/practice_page.hpp>
