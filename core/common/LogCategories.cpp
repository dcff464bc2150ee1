#include "common/LogCategories.h"

Q_LOGGING_CATEGORY(lcAccount, "neversent.account", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAnalysis, "neversent.analysis", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMail, "neversent.mail", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImapTrace, "neversent.imap.trace", QtWarningMsg)
