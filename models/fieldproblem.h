#pragma once
#include <QList>
#include <QString>

// Why a value cannot be written, tied to the field a form shows it at. The message already
// names the field ("Email: already used by another user"), so it reads alone in a CLI or a log.
struct FieldProblem
{
    QString column;   // the schema column; empty when the problem is the whole record
    QString message;
};
using FieldProblems = QList<FieldProblem>;
