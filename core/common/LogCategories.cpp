#include "common/LogCategories.h"

Q_LOGGING_CATEGORY(lcAnalysis, "neversent.analysis", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMail, "neversent.mail", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVerdict, "neversent.verdict", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "neversent.cli", QtWarningMsg)
