#include "fixture_reader.hpp"

#include <QFile>
#include <QTextStream>

#include <stdexcept>

namespace dt::test {

Eigen::MatrixXd readCsvMatrix(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::runtime_error("cannot open " + path.toStdString());
    std::vector<std::vector<double>> rows;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        std::vector<double> row;
        for (const QByteArray& cell : line.split(',')) {
            bool ok = false;
            row.push_back(cell.toDouble(&ok));
            if (!ok)
                throw std::runtime_error("bad number in " + path.toStdString());
        }
        rows.push_back(std::move(row));
    }
    Eigen::MatrixXd m(Eigen::Index(rows.size()), rows.empty() ? 0 : Eigen::Index(rows[0].size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < rows[i].size(); ++j)
            m(Eigen::Index(i), Eigen::Index(j)) = rows[i][j];
    return m;
}

QJsonDocument readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open " + path.toStdString());
    return QJsonDocument::fromJson(file.readAll());
}

Eigen::VectorXd toVector(const QJsonArray& array)
{
    Eigen::VectorXd v(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        v[i] = array[i].toDouble();
    return v;
}

Eigen::MatrixXd toMatrix(const QJsonArray& rows)
{
    const qsizetype cols = rows.isEmpty() ? 0 : rows[0].toArray().size();
    Eigen::MatrixXd m(rows.size(), cols);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows[i].toArray();
        for (qsizetype j = 0; j < cols; ++j)
            m(i, j) = row[j].toDouble();
    }
    return m;
}

std::vector<Eigen::MatrixXd> toMatrices(const QJsonArray& stack)
{
    std::vector<Eigen::MatrixXd> out;
    for (const auto& m : stack)
        out.push_back(toMatrix(m.toArray()));
    return out;
}

} // namespace dt::test
