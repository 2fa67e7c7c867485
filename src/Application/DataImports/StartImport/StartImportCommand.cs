using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.DataImports.StartImport;

/// <summary>
/// Queues an Excel import of units, people, yearly ratings and award history: checks that the file is an xlsx with the template's sheets
/// and headers and at least one data row, then stores it for a worker. The same bytes sent again by the same caller
/// give back the import they started (<see cref="Upserted{T}.Created"/> false) unless it failed.
/// </summary>
public sealed record StartImportCommand(string FileName, byte[] Content) : ICommand<Upserted<ImportDto>>;
