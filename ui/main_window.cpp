#include "main_window.hpp"

#include "practice_page.hpp"
#include "recognition_controller.hpp"

#include <digit_tutor/model_file.hpp>

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

#include <exception>

MainWindow::MainWindow(std::shared_ptr<const dt::DigitModel> model, QWidget* parent)
    : QMainWindow(parent)
    , m_controller(new RecognitionController(std::move(model), this))
    , m_page(new PracticePage(m_controller, this))
{
    setWindowTitle(tr("Digit Tutor"));
    setCentralWidget(m_page);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* loadAction = fileMenu->addAction(tr("&Load Model..."));
    loadAction->setShortcut(QKeySequence::Open);
    loadAction->setStatusTip(tr("Use another digit model file (.dtm)"));
    connect(loadAction, &QAction::triggered, this, &MainWindow::chooseModel);
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::chooseModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Model"), QString(),
                                                      tr("Digit models (*.dtm);;All files (*)"));
    if (!path.isEmpty())
        loadModelFile(path);
}

bool MainWindow::loadModelFile(const QString& path)
{
    try {
        auto model = std::make_shared<const dt::DigitModel>(dt::loadModel(path.toStdString()));
        m_controller->setModel(std::move(model));
        return true;
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot load model"),
                             tr("The model %1 could not be loaded; the current model is kept.\n\n%2")
                                 .arg(path, QString::fromUtf8(e.what())));
        return false;
    }
}
