#include "cli_commands.hpp"

#include <iostream>

int main(int argc, char** argv)
{
    return dt::cli::runCli(argc, argv, std::cout, std::cerr);
}
