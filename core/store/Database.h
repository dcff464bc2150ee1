#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Core::Store {

// The user's cache and audit store: one SQLite file, opened once per thread (Qt SQL
// connections must not cross threads), brought to the current schema step by step.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Core::Store::Database)

public:
    static constexpr int SchemaVersion = 6;

    // Opens (creating it with mode 0600 when new) and migrates. False with a
    // plain-language reason in *error when the file cannot be used; nothing is changed then.
    static bool open(const QString& path, QSqlDatabase* database, QString* error);
    // The store's file when the user names none: in the user's cache directory.
    static QString defaultPath();
    static int schemaVersion(const QSqlDatabase& database);

private:
    static bool migrate(QSqlDatabase& database, QString* error);
};

} // namespace Core::Store
