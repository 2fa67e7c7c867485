using System.Globalization;
using System.Security.Claims;
using Mediator;
using ThiDua.Api.Security;
using ThiDua.Application.DataImports;
using ThiDua.Application.DataImports.RunImport;
using ThiDua.Domain.Common;
using ThiDua.Infrastructure.Persistence.DataImports;

namespace ThiDua.Api.DataImports;

/// <summary>
/// Runs queued Excel imports (ADR 0033). Each round first fails the imports left running past their lease after their
/// last allowed run (<c>import.interrupted</c>), then claims one import with <c>FOR UPDATE SKIP LOCKED</c> (the webhook
/// delivery pattern, ADR 0025) and runs it through the mediator as the caller who uploaded it: their token's subject,
/// unit and roles, so every row meets the access rules the single-record commands apply, and audit entries name them.
/// An import whose worker stops (crash, restart) keeps its lease until it ends, then is claimed again — its transaction
/// rolled back with the worker, so a rerun starts from nothing. Logs carry ids, counts and exception types, never
/// cell values or exception messages (which may quote personal data).
/// </summary>
internal sealed partial class ImportWorker(IServiceScopeFactory scopes, ImportOptions options, ILogger<ImportWorker> logger) : BackgroundService
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Set by <see cref="Wake"/>: an idle worker stops waiting for its next poll.</summary>
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>
    /// An import was queued on this instance (its upload has been answered, so its row is committed): the idle worker
    /// looks for it now rather than at its next poll (<see cref="ImportOptions.PollInterval"/>). Other instances still
    /// find it by polling.
    /// </summary>
    public void Wake()
    {
        lock (_wake)
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.WorkerEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var ran = false;
            try
            {
                ran = await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRoundFailed(logger, e.GetType().Name);
            }

            if (!ran)
            {
                try
                {
                    await _wake.WaitAsync(options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and runs one import; false when none was waiting.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        ImportRecord? claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ImportJobStore>();
            var interrupted = await store.FailInterruptedAsync(options.MaxAttempts, cancellationToken);
            if (interrupted > 0)
            {
                LogInterrupted(logger, interrupted);
            }

            claimed = await store.ClaimAsync(options.Lease, options.MaxAttempts, cancellationToken);
        }

        if (claimed is null)
        {
            return false;
        }

        await RunAsync(claimed, cancellationToken);
        return true;
    }

    private async Task RunAsync(ImportRecord import, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        await using var scope = scopes.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = Caller(import), RequestServices = scope.ServiceProvider };
        CultureInfo.CurrentUICulture = Vietnamese;
        scope.ServiceProvider.GetRequiredService<ImportJobStore>().LeaseFor = options.Lease;
        try
        {
            var counts = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunImportCommand(import.Id), cancellationToken);
            LogSucceeded(logger, import.Id, counts.RowsRead, counts.RowsWritten, counts.RowsMatched);
        }
        catch (ImportRejectedException e)
        {
            LogRejected(logger, import.Id, e.Counts.RowsRead, e.Counts.Errors);
            await RecordFailureAsync(import.Id, e.Counts, e.Errors, null, cancellationToken);
        }
        catch (ImportHeldElsewhereException)
        {
            LogHeldElsewhere(logger, import.Id);
        }
        catch (DomainRuleViolationException e)
        {
            // The file as a whole (checked at upload) no longer reads as one: recorded with its code.
            LogFailed(logger, import.Id, e.Error.Code);
            await RecordFailureAsync(import.Id, ImportCounts.None, [], e.Error, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, import.Id, e.GetType().Name);
            await RecordFailureAsync(import.Id, ImportCounts.None, [], ImportErrors.Failed, cancellationToken);
        }
        finally
        {
            accessor.HttpContext = null;
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private async Task RecordFailureAsync(Guid id, ImportCounts counts, IReadOnlyList<ImportCellError> errors, DomainError? failure, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ImportJobStore>().RecordFailureAsync(id, counts, errors, failure, cancellationToken);
    }

    /// <summary>The uploader as their token described them, for <see cref="HttpCurrentUser"/> and the access rules.</summary>
    private static ClaimsPrincipal Caller(ImportRecord import)
    {
        var claims = new List<Claim> { new(ThiDuaClaims.Subject, import.CreatedBy) };
        if (import.CreatedByName is { } name)
        {
            claims.Add(new Claim(ThiDuaClaims.Name, name));
        }

        if (import.CreatedByUnitId is { } unit)
        {
            claims.Add(new Claim(ThiDuaClaims.UnitId, unit.ToString()));
        }

        claims.AddRange(import.CreatedByRoles.Select(r => new Claim(ThiDuaClaims.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "import-worker", ThiDuaClaims.Name, ThiDuaClaims.Role));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} succeeded: {RowsRead} rows read, {RowsWritten} written, {RowsMatched} matched")]
    private static partial void LogSucceeded(ILogger logger, Guid importId, int rowsRead, int rowsWritten, int rowsMatched);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} rejected: {RowsRead} rows read, {Errors} errors; nothing written")]
    private static partial void LogRejected(ILogger logger, Guid importId, int rowsRead, int errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} is run by another instance")]
    private static partial void LogHeldElsewhere(ILogger logger, Guid importId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {ImportId} failed ({Reason}); nothing written")]
    private static partial void LogFailed(ILogger logger, Guid importId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} imports were interrupted too often and are failed")]
    private static partial void LogInterrupted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "An import worker round failed ({ExceptionType})")]
    private static partial void LogRoundFailed(ILogger logger, string exceptionType);
}
