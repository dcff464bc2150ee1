#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAccount)
Q_DECLARE_LOGGING_CATEGORY(lcAnalysis)
Q_DECLARE_LOGGING_CATEGORY(lcMail)
// IMAP protocol lines at debug level, secrets already replaced by "***".
Q_DECLARE_LOGGING_CATEGORY(lcImapTrace)
