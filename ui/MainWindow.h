#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;

namespace annalist {

class Project;
class SourceListModel;
class SourceReader;

// The Annalist window: the library of sources beside a reader, with the File menu
// for projects and imports. Keeps its layout and recent projects in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the project; on failure shows why and keeps the current one.
    bool openProject(const QString &path);
    void closeProject();
    Project *project() const { return m_project.get(); }
    // Imports files and folders with a progress dialog; returns the number imported.
    int importPaths(const QStringList &paths);

    SourceListModel *sourceModel() const { return m_sources; }
    QTableView *libraryView() const { return m_library; }
    SourceReader *reader() const { return m_reader; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void newProject();
    void chooseProject();
    void openSampleProject();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void pasteAsSource();
    void showAbout();
    void showSelectedSource();
    void refreshLibrary(qint64 selectSourceId = 0);
    void updateTitleAndActions();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void showError(const QString &title, const QString &message, const QString &details = {});

    std::unique_ptr<Project> m_project;
    SourceListModel *m_sources;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit;
    QTableView *m_library;
    SourceReader *m_reader;
    QLabel *m_status;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_projectActions;
};

} // namespace annalist
