#pragma once

#include <QHash>

namespace Core::Imap {

// Source UID -> UID in the target folder, from the server's COPYUID answer (RFC 4315).
using UidMapping = QHash<quint32, quint32>;

} // namespace Core::Imap
