#pragma once
// One practice attempt as the progress store keeps it and the reports show it: who, when,
// what was asked, what the model said, how it was judged, and the strokes for replay.

#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <QDateTime>
#include <QString>

namespace dt::store {

struct AttemptRecord {
    qint64 id = 0;             ///< the store's id; 0 before it is stored
    qint64 studentId = 0;
    QString student;           ///< the student's name, as shown (any Unicode)
    QString group;             ///< the student's class or group; may be empty
    bool studentArchived = false; ///< as read from the store: the student is archived (Student::archived)
    QDateTime when;            ///< UTC
    int askedDigit = -1;       ///< 0-9; -1 for free drawing
    int recognisedDigit = -1;  ///< what the model read, 0-9; -1 for an empty drawing
    double posterior = 0.0;    ///< the model's probability of the asked digit (of the read one in free drawing)
    double logLikelihood = 0.0;
    bool outlier = false;      ///< refused as "not a digit"
    double typicality = 0.0;   ///< 0..1
    int stars = 0;             ///< 0-3
    QString formation;         ///< formation check: "none", "start", "direction", "order"; empty when not checked
    /// Written facing the other way (dt::AttemptOutcome::reversed): the asked digit, or in
    /// free drawing the digit it was judged as, mirrored. Never a success.
    bool reversed = false;
    QString model;             ///< which model judged it (its file name and training date)
    dt::Drawing strokes;       ///< as the canvas recorded them (canvas pixels, times, pressure)
    /// Unique to this attempt (a UUID), given when it is first stored or kept as a file, so
    /// that one taken back from a file is never stored twice. Empty before that.
    QString key;

    /// The asked digit, recognised as such and not refused.
    bool success() const { return askedDigit >= 0 && !outlier && recognisedDigit == askedDigit; }
};

/// The record of a finished drawing as the practice rules judge it (dt::judgeAttempt: the
/// stars, the posterior of the judged digit), at `when` (UTC), for the student `studentId`,
/// judged by `model`; `formation` as the formation check named the problem, or empty;
/// `reversed` as the practice rules found it.
AttemptRecord judgedAttempt(qint64 studentId, const QDateTime& when, const dt::Drawing& strokes, int askedDigit,
                            const dt::Verdict& verdict, const QString& formation, const QString& model);

} // namespace dt::store
