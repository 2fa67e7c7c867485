using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;

namespace ThiDua.Application.DataImports;

/// <summary>
/// An import is read by whoever started it and by administrators; to anyone else it does not exist (404), since its
/// errors describe rows of a file they did not send.
/// </summary>
public sealed class ImportAccess(IImportJobs jobs, ICurrentUser user)
{
    public async Task<ImportDto> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var owner = await jobs.OwnerAsync(id, cancellationToken);
        if (owner is null || (owner != user.Subject && !user.IsInRole(Roles.Admin)))
        {
            throw new NotFoundException(ImportErrors.NotFound);
        }

        return await jobs.FindAsync(id, cancellationToken) ?? throw new NotFoundException(ImportErrors.NotFound);
    }
}
