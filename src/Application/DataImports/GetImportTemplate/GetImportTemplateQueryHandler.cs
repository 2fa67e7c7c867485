using Mediator;

namespace ThiDua.Application.DataImports.GetImportTemplate;

public sealed class GetImportTemplateQueryHandler(IImportTemplateWriter writer) : IQueryHandler<GetImportTemplateQuery, ImportTemplateFile>
{
    public ValueTask<ImportTemplateFile> Handle(GetImportTemplateQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ImportTemplateFile(ImportTemplate.FileName, ImportTemplate.ContentType, writer.Write()));
}
