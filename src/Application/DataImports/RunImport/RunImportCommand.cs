using Mediator;

namespace ThiDua.Application.DataImports.RunImport;

/// <summary>
/// Runs a queued import (sent by the import worker, as the caller who started it): reads every row, applies it through
/// the same validators, access rules and domain methods as the single-record commands, and commits everything in one
/// transaction — or, when any row has an error, throws <see cref="ImportRejectedException"/> and writes nothing.
/// </summary>
public sealed record RunImportCommand(Guid ImportId) : ICommand<ImportCounts>;
