#include "imap/AnnouncedCapabilities.h"

namespace Core::Imap {

void AnnouncedCapabilities::clear()
{
    m_names.clear();
    m_known = false;
}

void AnnouncedCapabilities::readLoginAnswer(const std::string& line)
{
    // "a001 OK [CAPABILITY IMAP4rev1 MOVE ...] Logged in"
    const QByteArray answer = QByteArray::fromStdString(line);
    const QList<QByteArray> words = answer.split(' ');
    if (words.size() < 3 || words.at(1).toUpper() != "OK")
        return;
    const qsizetype start = answer.indexOf(" [");
    const qsizetype end = answer.indexOf(']', start);
    if (start < 0 || end < 0)
        return;
    const QByteArrayList names = answer.mid(start + 2, end - start - 2).toUpper().split(' ');
    if (names.size() < 2 || names.first() != "CAPABILITY")
        return;
    m_names = names.mid(1);
    m_known = true;
}

bool AnnouncedCapabilities::has(const char* name) const
{
    return m_names.contains(QByteArray(name).toUpper());
}

} // namespace Core::Imap
