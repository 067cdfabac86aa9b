// A damaged SQLite progress database that opening's quick_check lets through (an index that
// no longer matches its table: reports leave attempts out) is found by the full check the
// app runs, on a thread of its own, when the teacher area opens, and the teacher is told,
// naming the file; a child practising is never held up by it.

#include "practice_window.hpp"
#include "sqlite_store.hpp"
#include "test_main.hpp"

#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/shell/default_model.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestStoreDamageShown : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aDamagedIndexIsReportedWhenTheTeacherAreaOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            auto store = dt::test::openSqliteStore(path);
            QVERIFY(store);
            const auto ada = store->addStudent(QStringLiteral("Ada"));
            QVERIFY(ada);
            for (int digit = 0; digit < 3; ++digit) {
                dt::store::AttemptRecord r;
                r.studentId = ada->id;
                r.askedDigit = r.recognisedDigit = digit;
                r.strokes.strokes = {{{1, 2}, {30, 40}}};
                QVERIFY(store->addAttempt(r));
            }
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema=ON")));
            // The index says it orders by time first; its pages order by student.
            QVERIFY(q.exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE INDEX attempts_by_student_time"
                                          " ON attempts (made_at, student_id)' WHERE name = 'attempts_by_student_time'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));

        QTemporaryDir attempts;
        auto model = std::make_shared<const dt::DigitModel>(dt::loadModel(dt::ui::defaultModelPath().toStdString()));
        auto window = dt::test::openPracticeWindow(model, attempts);
        QVERIFY(window);
        auto store = dt::test::openSqliteStore(path);
        QVERIFY2(store, "quick_check lets the damage through");
        window->setProgressStore(std::move(store));

        QString told;
        connect(window.get(), &MainWindow::teacherAreaOpened, this, [&told](TeacherArea* area) {
            auto* poll = new QTimer(area);
            auto* clock = new QElapsedTimer;
            clock->start();
            QObject::connect(poll, &QTimer::timeout, area, [&told, area, poll, clock] {
                for (QWidget* w : QApplication::topLevelWidgets())
                    if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                        told = box->text();
                        box->accept();
                    }
                if (!told.isEmpty() || clock->elapsed() > 20000) {
                    poll->stop();
                    delete clock;
                    area->reject();
                }
            });
            poll->start(50);
        });
        window->openTeacherArea();
        QVERIFY2(told.contains(QStringLiteral("damaged")) && told.contains(path), qPrintable(told));
    }
};

DT_TEST_MAIN(TestStoreDamageShown, QApplication)
#include "test_store_damage_shown.moc"
