#pragma once
#include "rowwriter.h"
#include <QByteArray>

typedef struct pg_conn PGconn;

// Rows into PostgreSQL through COPY ... FROM STDIN in text format on the QPSQL connection's
// own libpq handle: one COPY per batch, which PostgreSQL commits on its own. Several times
// faster than INSERTs, with every index, constraint and default (audit_logs' SERIAL id) in place.
class CopyWriter : public RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(CopyWriter)
public:
    explicit CopyWriter(PGconn *connection);
    ~CopyWriter() override;  // aborts a COPY still open
    CopyWriter(const CopyWriter &) = delete;
    CopyWriter &operator=(const CopyWriter &) = delete;

    bool beginBatch(const TableSpec &table, const QStringList &columns) override;
    void addNull() override;
    void addText(std::string_view utf8) override;
    void addBool(bool value) override;
    void addReal(double value) override;
    bool endRow() override;
    bool endBatch() override;
    void abortBatch() override;

    // Appends text as one field of COPY's text format: backslash, tab, newline and carriage
    // return become \\, \t, \n and \r; everything else (UTF-8 included) is copied as it is.
    // Text with a NUL byte, which no PostgreSQL text value can hold, appends nothing and
    // returns false.
    static bool appendEscaped(QByteArray &out, std::string_view text);

private:
    void startField();
    bool flush();
    QString serverMessage() const;

    PGconn *m_connection = nullptr;
    QString m_setupError;  // the connection cannot take COPY data at all
    QByteArray m_buffer;
    bool m_copying = false;
    bool m_rowStarted = false;
    bool m_rowFailed = false;
};
