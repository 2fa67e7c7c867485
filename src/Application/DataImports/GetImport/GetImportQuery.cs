using Mediator;

namespace ThiDua.Application.DataImports.GetImport;

/// <summary>An import's status, counts and errors: for whoever started it, and administrators.</summary>
public sealed record GetImportQuery(Guid ImportId) : IQuery<ImportDto>;
