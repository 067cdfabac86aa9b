#include <digit_tutor/engine/parallel.hpp>

#include <tbb/blocked_range.h>
#include <tbb/info.h>
#include <tbb/parallel_for.h>
#include <tbb/partitioner.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

namespace dt {

namespace {

// One arena per number of threads, made on first use and kept for the process (never
// destroyed, so that a call during static destruction still finds it). The threads are
// TBB's, shared by all arenas; an arena only caps how many of them work on a call. Calls
// with the same number of threads, nested ones included, share an arena and its threads.
tbb::task_arena& arenaFor(int concurrency)
{
    static std::mutex mutex;
    static auto* arenas = new std::map<int, std::unique_ptr<tbb::task_arena>>;
    const std::lock_guard lock(mutex);
    auto& arena = (*arenas)[concurrency];
    if (!arena)
        arena = std::make_unique<tbb::task_arena>(concurrency);
    return *arena;
}

} // namespace

int resolveThreads(int threads)
{
    if (threads < 0)
        throw std::invalid_argument("parallelFor: threads must be 0 (all cores) or more, not " +
                                    std::to_string(threads));
    if (threads > 0)
        return threads;
    return std::max(1, tbb::info::default_concurrency());
}

void parallelFor(int count, int threads, const std::function<void(int)>& task)
{
    if (count < 0)
        throw std::invalid_argument("parallelFor: count must be 0 or more, not " + std::to_string(count));
    // Above the cores, TBB has no threads to add (and would warn on stderr that it ignores
    // the request): the arena is capped at the cores.
    const int workers = std::min({resolveThreads(threads), count, resolveThreads(0)});
    if (workers <= 1) {
        for (int i = 0; i < count; ++i)
            task(i);
        return;
    }
    // Grain 1 with the simple partitioner: every index is a task of its own, taken by
    // whichever thread is free (the callers' tasks are already blocks of work). isolate:
    // while this thread waits for the other threads to finish this call's tasks, it takes
    // only this call's tasks, not an enclosing call's.
    arenaFor(workers).execute([&] {
        tbb::this_task_arena::isolate([&] {
            tbb::parallel_for(
                tbb::blocked_range<int>(0, count, 1),
                [&](const tbb::blocked_range<int>& range) {
                    for (int i = range.begin(); i != range.end(); ++i)
                        task(i);
                },
                tbb::simple_partitioner());
        });
    });
}

} // namespace dt
