#pragma once
// A progress store in an SQLite file, as the tests open one: the reason is printed when it
// cannot be opened (the caller's QVERIFY then says where).

#include <digit_tutor/progress/progress_store.hpp>

#include <QtGlobal>

#include <memory>

namespace dt::test {

inline std::unique_ptr<dt::store::ProgressStore> openSqliteStore(const QString& path)
{
    dt::store::DatabaseLocation location;
    location.path = path;
    QString error;
    auto store = dt::store::ProgressStore::open(location, &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

} // namespace dt::test
