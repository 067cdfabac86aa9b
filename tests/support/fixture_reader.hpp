#pragma once
// Reads the reference fixtures of ../shared/fixtures (CSV matrices and JSON documents)
// into Eigen types for comparison.

#include <Eigen/Core>

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

#include <vector>

namespace dt::test {

/// One row per line, comma-separated doubles. Throws std::runtime_error on a bad file.
Eigen::MatrixXd readCsvMatrix(const QString& path);
QJsonDocument readJson(const QString& path);

Eigen::VectorXd toVector(const QJsonArray& array);
Eigen::MatrixXd toMatrix(const QJsonArray& rows);
std::vector<Eigen::MatrixXd> toMatrices(const QJsonArray& stack);

} // namespace dt::test
