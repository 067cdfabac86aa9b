#pragma once
// A minimal parallel loop: tasks 0..count-1 spread over `threads` std::threads (0 means
// the hardware's concurrency). Tasks must write disjoint outputs. The first exception
// thrown by a task is rethrown in the caller after all threads have joined.

#include <functional>

namespace dt {

int resolveThreads(int threads);
void parallelFor(int count, int threads, const std::function<void(int)>& task);

} // namespace dt
