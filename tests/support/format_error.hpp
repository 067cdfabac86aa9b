#pragma once
// The message a refusal carries, for tests that check it word for word.

#include <digit_tutor/engine/error.hpp>

#include <QString>

namespace dt::test {

/// The message of the dt::FormatError that calling `f` throws; empty if it throws none.
template <typename F>
QString formatErrorOf(F&& f)
{
    try {
        f();
    } catch (const dt::FormatError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace dt::test
