#pragma once
// Writing the small files that tests feed to the program.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace dt::test {

/// Writes bytes to path (replacing it); false if the file cannot be written.
inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace dt::test
