#pragma once
// What a model is, in a teacher's words, from what its file records (dt::ModelMetadata,
// written by digit-tutor-cli train): what it learnt from ("60,000 handwritten digits of
// MNIST and 7,494 digits drawn with a pen"), how well it reads (its figure on the MNIST
// test set, and where the figures for drawn digits are), and when it was made; then the
// technical settings, each named, for whoever wants the details. A file that records
// nothing, or records it in words this code does not know, is described with what there
// is: the words as they are, or "not recorded".
//
// Example use (the Model page):
//     const ModelDescription d = describeModel(model, path);
//     learntLabel->setText(d.learntFrom);
//     for (const auto& [name, value] : d.details) form->addRow(name, new QLabel(value));

#include <digit_tutor/engine/digit_model.hpp>

#include <QList>
#include <QPair>
#include <QString>

struct ModelDescription {
    QString title;      ///< "The bundled model" or "The model file class.dtm"
    QString learntFrom; ///< one or two sentences
    QString reading;    ///< how well it reads, and where more figures are
    QString made;       ///< when it was made, as a date in the user's language
    /// The technical settings and figures: (name, value), in the file's order.
    QList<QPair<QString, QString>> details;
};

/// Describes `model`; `path` empty for the bundled default.
ModelDescription describeModel(const dt::DigitModel& model, const QString& path);
