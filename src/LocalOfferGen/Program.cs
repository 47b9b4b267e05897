using LocalOfferGen.Cli;
using LocalOfferGen.Cli.Commands;

// localoffer: a thin shell over LocalOfferGen.Core. Each command parses its options and calls the library.
return CommandLine.Run(args,
    BuildCommand.Create(),
    ImportCommand.Create(),
    AuditCommand.Create(),
    DiffCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create());
