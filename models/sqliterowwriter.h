#pragma once
#include "rowwriter.h"
#include <string>
#include <vector>

typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;

// Rows into SQLite through the QSQLITE connection's own sqlite3 handle: one multi-row INSERT
// ("VALUES (?, ...), (?, ...), ...") prepared once per batch shape and reused, values bound
// straight from one text buffer, BEGIN/COMMIT around each batch. Bypassing QSqlQuery saves
// the QVariant and QString made for every value, which is most of BatchInserter's time.
class SqliteRowWriter : public RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(SqliteRowWriter)
public:
    static constexpr int DefaultRowsPerStatement = 200;

    explicit SqliteRowWriter(sqlite3 *connection, int rowsPerStatement = DefaultRowsPerStatement);
    ~SqliteRowWriter() override;
    SqliteRowWriter(const SqliteRowWriter &) = delete;
    SqliteRowWriter &operator=(const SqliteRowWriter &) = delete;

    bool beginBatch(const TableSpec &table, const QStringList &columns) override;
    void addNull() override;
    void addText(std::string_view utf8) override;
    void addBool(bool value) override;
    void addReal(double value) override;
    bool endRow() override;
    bool endBatch() override;
    void abortBatch() override;

private:
    struct Cell
    {
        enum class Kind : quint8 { Null, Text, Integer, Real };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        std::size_t textOffset = 0;  // into m_text
        std::size_t textSize = 0;
    };

    bool writeBufferedRows();
    sqlite3_stmt *prepare(int rows);
    bool exec(const char *sql);
    QString sqliteMessage() const;

    sqlite3 *m_connection = nullptr;
    int m_rowsPerStatement = DefaultRowsPerStatement;
    QString m_insertPrefix;  // "INSERT INTO t (a, b) VALUES "
    int m_columnCount = 0;
    sqlite3_stmt *m_fullStatement = nullptr;
    std::vector<Cell> m_cells;
    std::string m_text;
    int m_bufferedRows = 0;
    bool m_inTransaction = false;
};
