#include <digit_tutor/progress/attempt_record.hpp>

#include <digit_tutor/engine/attempt_outcome.hpp>

namespace dt::store {

AttemptRecord judgedAttempt(qint64 studentId, const QDateTime& when, const dt::Drawing& strokes, int askedDigit,
                            const dt::Verdict& verdict, const QString& formation, const QString& model)
{
    const dt::AttemptOutcome outcome = dt::judgeAttempt(verdict, askedDigit);
    AttemptRecord record;
    record.studentId = studentId;
    record.when = when;
    record.askedDigit = askedDigit;
    record.recognisedDigit = verdict.empty ? -1 : verdict.digit;
    record.posterior = outcome.posterior;
    record.logLikelihood = verdict.logLikelihood;
    record.outlier = !verdict.isDigit;
    record.typicality = verdict.typicality;
    record.stars = outcome.stars;
    record.formation = formation;
    record.reversed = outcome.reversed;
    record.model = model;
    record.strokes = strokes;
    return record;
}

} // namespace dt::store
