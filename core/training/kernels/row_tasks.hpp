#pragma once
// Work over one component's rows, cut into tasks of a bounded number of rows: few enough
// for a gathered block to stay in cache (or a single-precision sum to stay short), and
// enough tasks for both cores even when one component holds most rows.

#include <Eigen/Core>

#include <algorithm>
#include <cstddef>
#include <vector>

namespace dt::detail {

struct RowTask {
    int component = 0;
    std::vector<Eigen::Index> rows;
};

/// Appends `rows`, in order, to `tasks` as tasks of at most maxRows (> 0) rows each; none
/// when rows is empty.
inline void appendRowTasks(int component, const std::vector<Eigen::Index>& rows, std::size_t maxRows,
                           std::vector<RowTask>& tasks)
{
    for (std::size_t at = 0; at < rows.size(); at += maxRows) {
        const std::size_t end = std::min(rows.size(), at + maxRows);
        tasks.push_back({component, std::vector<Eigen::Index>(rows.begin() + std::ptrdiff_t(at),
                                                              rows.begin() + std::ptrdiff_t(end))});
    }
}

} // namespace dt::detail
