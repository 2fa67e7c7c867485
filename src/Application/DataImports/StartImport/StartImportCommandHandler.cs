using System.Security.Cryptography;
using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;

namespace ThiDua.Application.DataImports.StartImport;

/// <summary>
/// The file is checked as a whole here, so that a wrong file is refused at once (4xx) rather than as a failed job:
/// readable xlsx, every sheet of the template with its required headers, between one and <c>Imports:MaxRows</c> data
/// rows. Its rows are checked by the worker, under the caller's authority (ADR 0033).
/// </summary>
public sealed class StartImportCommandHandler(
    IImportJobs jobs,
    IWorkbookReader reader,
    ICurrentUser user,
    ImportOptions options,
    IReadAfterWrite written,
    TimeProvider clock) : ICommandHandler<StartImportCommand, Upserted<ImportDto>>
{
    public async ValueTask<Upserted<ImportDto>> Handle(StartImportCommand command, CancellationToken cancellationToken)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(command.Content));
        if (await jobs.FindReusableAsync(user.Subject, sha256, cancellationToken) is { } existing)
        {
            return new Upserted<ImportDto>(await written.ReadAsync(ct => jobs.FindAsync(existing, ct), cancellationToken), Created: false);
        }

        var rows = CountRows(command.Content);
        var (id, created) = await jobs.EnqueueAsync(
            new NewImport(
                Guid.CreateVersion7(), command.FileName.Trim(), sha256, command.Content, rows, user.Subject, user.DisplayName, user.UnitId?.Value,
                Roles.All.Where(user.IsInRole).ToList(), clock.GetUtcNow()),
            cancellationToken);
        return new Upserted<ImportDto>(await written.ReadAsync(ct => jobs.FindAsync(id, ct), cancellationToken), created);
    }

    private int CountRows(byte[] content)
    {
        using var workbook = reader.Open(content);
        var rows = 0;
        foreach (var sheet in ImportTemplate.Sheets)
        {
            var (_, data) = ImportHeaders.Read(workbook, sheet);
            foreach (var unused in data)
            {
                if (++rows > options.MaxRows)
                {
                    throw new DomainRuleViolationException(ImportErrors.TooManyRows);
                }
            }
        }

        return rows > 0 ? rows : throw new DomainRuleViolationException(ImportErrors.EmptyFile);
    }
}
