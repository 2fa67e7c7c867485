using Mediator;

namespace ThiDua.Application.DataImports.GetImportTemplate;

/// <summary>The xlsx template of imports, written from the same column definitions the importer reads (<see cref="ImportTemplate"/>).</summary>
public sealed record GetImportTemplateQuery : IQuery<ImportTemplateFile>;

/// <summary>The template's file name and bytes.</summary>
public sealed record ImportTemplateFile(string FileName, string ContentType, byte[] Content);
