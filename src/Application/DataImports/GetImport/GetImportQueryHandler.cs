using Mediator;

namespace ThiDua.Application.DataImports.GetImport;

public sealed class GetImportQueryHandler(ImportAccess access) : IQueryHandler<GetImportQuery, ImportDto>
{
    public async ValueTask<ImportDto> Handle(GetImportQuery query, CancellationToken cancellationToken) =>
        await access.ReadAsync(query.ImportId, cancellationToken);
}
