#include "cli/CliApplication.h"
#include "cli/MailboxCommands.h"

int main(int argc, char* argv[])
{
    return Core::Cli::CliApplication::start(argc, argv, &Core::Cli::MailboxCommands::run);
}
