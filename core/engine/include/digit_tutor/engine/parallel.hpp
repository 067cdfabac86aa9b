#pragma once
// parallelFor(count, threads, task): runs task(0) ... task(count - 1) on a pool of threads
// that lives as long as the process (oneTBB's), each call capped at `threads` threads.
//
// What it promises:
// - Every index runs exactly once (unless a task throws, below), and parallelFor returns
//   only after all of them have finished: what the tasks wrote is then visible to the caller.
// - Determinism is the caller's: which thread runs an index, and in what order, is not fixed,
//   but the tasks are, so a caller that splits its work into a fixed number of tasks (never
//   a number that depends on the threads), has each task write its own outputs, and adds the
//   tasks' partial sums in task order after the call gets the same bits with any `threads`.
// - threads = 0 means all the cores this process may use (resolveThreads(0)); threads = 1,
//   or count = 1, runs the tasks in order in the caller's thread, without touching the pool.
//   More threads than cores add none: the pool has one thread per core, the caller included.
// - Exceptions: the first exception a task throws is rethrown in the caller once the tasks
//   already running have finished; tasks not yet started may then be left out.
// - Nesting: a task may call parallelFor itself (the trainer fits two digits at a time, each
//   fit's steps parallel). A thread waiting for a nested call runs only that call's tasks,
//   never another task of the enclosing call, so a task is never interrupted by its siblings.
//
// What it rejects: count < 0 or threads < 0 (std::invalid_argument). It does not support
// tasks that wait for one another (a barrier, one task waiting for another's output): with
// fewer threads than tasks, or run in the caller's thread, they would wait forever.

#include <functional>

namespace dt {

// `threads` when positive, else the number of cores this process may use (at least 1).
// Throws std::invalid_argument when threads < 0.
int resolveThreads(int threads);
void parallelFor(int count, int threads, const std::function<void(int)>& task);

} // namespace dt
