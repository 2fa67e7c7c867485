using FluentValidation;
using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.People.RecordPersonRating;
using ThiDua.Application.People.RegisterPerson;
using ThiDua.Application.Units.CreateUnit;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.DataImports.RunImport;

/// <summary>
/// Each row goes through what its single-record command does (ADR 0033): the command's validator, the same access
/// rule (<see cref="CreateUnitCommand"/>: manage the parent, top-level units by admins only; <see cref="RegisterPersonCommand"/>
/// and <see cref="RecordPersonRatingCommand"/>: act for the person's unit), the same domain factory or method, added
/// through the same repositories — never rows behind the domain's back. Duplicates against the database are deliberate:
/// a unit code that exists with the same name, kind and parent, or a person (by citizen id or civil-servant code) with
/// the same name at the same unit, or the same rating of the same year, is <em>matched</em> and left unchanged; any
/// other fact under an existing code or identifier is a conflict, refused. Writes are flushed every
/// <see cref="ImportOptions.BatchSize"/> rows inside the one transaction, which commits only when no row had an error.
/// </summary>
public sealed class RunImportCommandHandler(
    IImportJobs jobs,
    IWorkbookReader reader,
    IImportLookups lookups,
    IImportSession session,
    IUnitRepository units,
    IPersonRepository people,
    AccessGuard access,
    ICurrentUser user,
    ImportOptions options,
    IValidator<CreateUnitCommand> unitValidator,
    IValidator<RegisterPersonCommand> personValidator,
    IValidator<RecordPersonRatingCommand> ratingValidator,
    TimeProvider clock) : ICommandHandler<RunImportCommand, ImportCounts>
{
    private readonly ImportRun _run = new();
    private readonly Dictionary<string, OrganisationUnit> _fileUnits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrganisationUnit?> _knownUnits = new(StringComparer.Ordinal);
    private readonly Dictionary<UnitId, DomainError?> _mayActFor = [];
    private readonly Dictionary<string, (PersonId Id, UnitId Unit)> _fileCitizenIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (PersonId Id, UnitId Unit)> _fileCivilServantCodes = new(StringComparer.Ordinal);
    private readonly HashSet<(PersonId, int)> _ratedYears = [];

    /// <summary>People registered by this file since the last flush: tracked, not yet in the database.</summary>
    private readonly Dictionary<PersonId, Person> _unflushedPeople = [];

    public async ValueTask<ImportCounts> Handle(RunImportCommand command, CancellationToken cancellationToken)
    {
        if (!await jobs.TryHoldAsync(command.ImportId, cancellationToken))
        {
            throw new ImportHeldElsewhereException(command.ImportId);
        }

        var content = await jobs.ReadFileAsync(command.ImportId, cancellationToken) ?? throw new NotFoundException(ImportErrors.NotFound);
        var now = clock.GetUtcNow();
        using (var workbook = reader.Open(content))
        {
            foreach (var sheet in ImportTemplate.Sheets)
            {
                var (headers, rows) = ImportHeaders.Read(workbook, sheet);
                foreach (var row in rows)
                {
                    _run.RowsRead++;
                    var errorsBefore = _run.ErrorCount;
                    await (sheet.Kind switch
                    {
                        ImportSheetKind.Units => UnitRowAsync(headers, row, now, cancellationToken),
                        ImportSheetKind.People => PersonRowAsync(headers, row, now, cancellationToken),
                        _ => RatingRowAsync(headers, row, now, cancellationToken),
                    });
                    if (_run.ErrorCount == errorsBefore)
                    {
                        _run.RowsValid++;
                    }

                    if (_run.RowsRead % options.BatchSize == 0)
                    {
                        await session.FlushAsync(cancellationToken);
                        _unflushedPeople.Clear();
                        await jobs.ReportProgressAsync(command.ImportId, _run.Counts, cancellationToken);
                    }
                }
            }
        }

        if (_run.ErrorCount > 0)
        {
            throw new ImportRejectedException(_run.Errors, _run.Counts);
        }

        if (_run.RowsRead == 0)
        {
            throw new DomainRuleViolationException(ImportErrors.EmptyFile);
        }

        await session.FlushAsync(cancellationToken);
        await jobs.MarkSucceededAsync(command.ImportId, _run.Counts, cancellationToken);
        return _run.Counts;
    }

    private async Task UnitRowAsync(ImportHeaders h, WorkbookRow row, DateTimeOffset now, CancellationToken ct)
    {
        var code = _run.Required(h, row, UnitColumns.Code);
        var name = _run.Required(h, row, UnitColumns.Name);
        var kind = _run.UnitKindOf(h, row, UnitColumns.Kind);
        var province = _run.Required(h, row, UnitColumns.Province);
        var validFrom = _run.Date(h, row, UnitColumns.ValidFrom, required: false, out var dateOk);
        var shortName = h.Value(row, UnitColumns.ShortName);
        var agencyCode = h.Value(row, UnitColumns.AgencyCode);
        var parentCode = h.Value(row, UnitColumns.ParentCode);
        if (code is null || name is null || kind is null || province is null || !dateOk)
        {
            return;
        }

        var normalized = OrganisationUnit.NormalizeCode(code);
        if (_fileUnits.ContainsKey(normalized))
        {
            _run.Fail(h, row, UnitColumns.Code, ImportErrors.DuplicateInFile);
            return;
        }

        OrganisationUnit? parent = null;
        if (parentCode is not null && (parent = await UnitAsync(parentCode, ct)) is null)
        {
            _run.Fail(h, row, UnitColumns.ParentCode, ImportErrors.UnitUnknown);
            return;
        }

        var candidate = new CreateUnitCommand(code, name, shortName, kind.Value, parent?.Id.Value, province, validFrom, agencyCode);
        if (!_run.FailValidation(h, row, await unitValidator.ValidateAsync(candidate, ct), p => p.Equals("parentId", StringComparison.OrdinalIgnoreCase) ? UnitColumns.ParentCode : null))
        {
            return;
        }

        // CreateUnit's access rule: manage the parent; a top-level unit only by an admin. A parent created earlier in
        // this file was itself checked against its own parent, which the caller manages, and so the caller manages it.
        if (parent is null && !user.IsInRole(Roles.Admin))
        {
            _run.Fail(h, row, UnitColumns.ParentCode, AccessGuard.RoleNotAllowed.WithMessage("Chỉ quản trị viên mới được tạo đơn vị cấp cao nhất.", "Only an administrator may create a top-level unit."));
            return;
        }

        if (parent is not null && !_fileUnits.ContainsValue(parent) && await GuardAsync(parent.Id, manage: true, ct) is { } refused)
        {
            _run.Fail(h, row, UnitColumns.ParentCode, refused);
            return;
        }

        if (await UnitAsync(normalized, ct) is { } existing)
        {
            if (string.Equals(existing.Name, Text.Clean(name), StringComparison.OrdinalIgnoreCase) && existing.Kind == kind && existing.ParentId == parent?.Id)
            {
                _run.RowsMatched++;
                _fileUnits[normalized] = existing;
                return;
            }

            _run.Fail(h, row, UnitColumns.Code, ImportErrors.UnitConflict);
            return;
        }

        await ApplyAsync(h, row, UnitColumns.Code, () =>
        {
            var unit = OrganisationUnit.Create(code, name, shortName, kind.Value, parent, province, validFrom ?? DateOnly.FromDateTime(now.UtcDateTime), now);
            if (!string.IsNullOrEmpty(agencyCode))
            {
                unit.AssignAgencyCode(agencyCode, now);
            }

            units.Add(unit);
            _fileUnits[normalized] = unit;
            _knownUnits[normalized] = unit;
            _run.RowsWritten++;
            return Task.CompletedTask;
        });
    }

    private async Task PersonRowAsync(ImportHeaders h, WorkbookRow row, DateTimeOffset now, CancellationToken ct)
    {
        var fullName = _run.Required(h, row, PersonColumns.FullName);
        var gender = _run.GenderOf(h, row, PersonColumns.Gender);
        var birthDate = _run.Date(h, row, PersonColumns.BirthDate, required: false, out var birthOk);
        var citizenId = h.Value(row, PersonColumns.CitizenId);
        var civilServantCode = h.Value(row, PersonColumns.CivilServantCode);
        var unitCode = _run.Required(h, row, PersonColumns.UnitCode);
        var position = _run.Required(h, row, PersonColumns.Position);
        var from = _run.Date(h, row, PersonColumns.EmployedFrom, required: true, out var fromOk);
        if (fullName is null || gender is null || !birthOk || unitCode is null || position is null || !fromOk || from is null)
        {
            return;
        }

        if (citizenId is not null && _fileCitizenIds.ContainsKey(citizenId))
        {
            _run.Fail(h, row, PersonColumns.CitizenId, ImportErrors.DuplicateInFile);
            return;
        }

        if (civilServantCode is not null && _fileCivilServantCodes.ContainsKey(civilServantCode))
        {
            _run.Fail(h, row, PersonColumns.CivilServantCode, ImportErrors.DuplicateInFile);
            return;
        }

        var unit = await UnitAsync(unitCode, ct);
        if (unit is null)
        {
            _run.Fail(h, row, PersonColumns.UnitCode, ImportErrors.UnitUnknown);
            return;
        }

        var candidate = new RegisterPersonCommand(fullName, gender.Value, birthDate, citizenId, civilServantCode, unit.Id.Value, position, from.Value);
        if (!_run.FailValidation(h, row, await personValidator.ValidateAsync(candidate, ct), p => p.Equals("unitId", StringComparison.OrdinalIgnoreCase) ? PersonColumns.UnitCode : null))
        {
            return;
        }

        // RegisterPerson's access rule (PersonAccess.LoadEmployerAsync): act for the unit.
        if (!_fileUnits.ContainsValue(unit) && await GuardAsync(unit.Id, manage: false, ct) is { } refused)
        {
            _run.Fail(h, row, PersonColumns.UnitCode, refused);
            return;
        }

        if ((citizenId is not null || civilServantCode is not null) && await lookups.FindPersonAsync(citizenId, civilServantCode, ct) is { } existing)
        {
            var key = citizenId is not null && existing.CitizenId == citizenId ? PersonColumns.CitizenId : PersonColumns.CivilServantCode;
            if (string.Equals(existing.FullName, Text.Clean(fullName), StringComparison.OrdinalIgnoreCase) && existing.CurrentUnitId == unit.Id
                && (citizenId is null || existing.CitizenId is null || existing.CitizenId == citizenId)
                && (civilServantCode is null || existing.CivilServantCode is null || existing.CivilServantCode == civilServantCode))
            {
                _run.RowsMatched++;
                Remember(citizenId, civilServantCode, existing.Id, existing.CurrentUnitId);
                return;
            }

            _run.Fail(h, row, key, ImportErrors.PersonConflict);
            return;
        }

        await ApplyAsync(h, row, PersonColumns.FullName, () =>
        {
            var person = Person.Register(fullName, gender.Value, birthDate, citizenId, civilServantCode, unit, position, from.Value, now);
            people.Add(person);
            _unflushedPeople[person.Id] = person;
            Remember(citizenId, civilServantCode, person.Id, unit.Id);
            _run.RowsWritten++;
            return Task.CompletedTask;
        });
    }

    private async Task RatingRowAsync(ImportHeaders h, WorkbookRow row, DateTimeOffset now, CancellationToken ct)
    {
        var citizenId = h.Value(row, RatingColumns.CitizenId);
        var civilServantCode = h.Value(row, RatingColumns.CivilServantCode);
        var year = _run.Year(h, row, RatingColumns.Year);
        var rating = _run.RatingOf(h, row, RatingColumns.Rating);
        if (citizenId is null && civilServantCode is null)
        {
            _run.Fail(h, row, RatingColumns.CitizenId, ImportErrors.Required.WithMessage(
                "Cần số CCCD hoặc mã số CBCCVC của cá nhân.", "The person's citizen id or civil-servant code is required."));
            return;
        }

        if (year is null || rating is null)
        {
            return;
        }

        var key = citizenId is not null ? RatingColumns.CitizenId : RatingColumns.CivilServantCode;
        (PersonId Id, UnitId Unit)? target = null;
        if (citizenId is not null && _fileCitizenIds.TryGetValue(citizenId, out var byCitizenId))
        {
            target = byCitizenId;
        }
        else if (civilServantCode is not null && _fileCivilServantCodes.TryGetValue(civilServantCode, out var byCode))
        {
            target = byCode;
        }
        else if (await lookups.FindPersonAsync(citizenId, civilServantCode, ct) is { } existing)
        {
            target = (existing.Id, existing.CurrentUnitId);
        }

        if (target is not { } found)
        {
            _run.Fail(h, row, key, ImportErrors.PersonUnknown);
            return;
        }

        var candidate = new RecordPersonRatingCommand(found.Id.Value, year.Value, rating.Value, null);
        if (!_run.FailValidation(h, row, await ratingValidator.ValidateAsync(candidate, ct), _ => null))
        {
            return;
        }

        if (!_ratedYears.Add((found.Id, year.Value)))
        {
            _run.Fail(h, row, RatingColumns.Year, ImportErrors.DuplicateInFile);
            return;
        }

        // RecordPersonRating's access rule (PersonAccess.LoadForChangeAsync): act for the person's current unit.
        if (await GuardAsync(found.Unit, manage: false, ct) is { } refused)
        {
            _run.Fail(h, row, key, refused);
            return;
        }

        var person = _unflushedPeople.GetValueOrDefault(found.Id) ?? await people.GetByIdAsync(found.Id, ct);
        if (person is null)
        {
            _run.Fail(h, row, key, ImportErrors.PersonUnknown);
            return;
        }

        if (person.Ratings.FirstOrDefault(r => r.Year == year.Value) is { } recorded)
        {
            if (recorded.Rating == rating.Value)
            {
                _run.RowsMatched++;
            }
            else
            {
                _run.Fail(h, row, RatingColumns.Rating, ImportErrors.RatingConflict);
            }

            return;
        }

        await ApplyAsync(h, row, RatingColumns.Rating, () =>
        {
            person.RecordRating(year.Value, rating.Value, null, now);
            _run.RowsWritten++;
            return Task.CompletedTask;
        });
    }

    private void Remember(string? citizenId, string? civilServantCode, PersonId id, UnitId unit)
    {
        if (citizenId is not null)
        {
            _fileCitizenIds[citizenId] = (id, unit);
        }

        if (civilServantCode is not null)
        {
            _fileCivilServantCodes[civilServantCode] = (id, unit);
        }
    }

    /// <summary>A unit of this file or of the database by code (normalised), remembered.</summary>
    private async Task<OrganisationUnit?> UnitAsync(string code, CancellationToken ct)
    {
        var normalized = OrganisationUnit.NormalizeCode(code);
        if (_fileUnits.TryGetValue(normalized, out var unit))
        {
            return unit;
        }

        if (!_knownUnits.TryGetValue(normalized, out unit))
        {
            unit = await lookups.FindUnitByCodeAsync(normalized, ct);
            _knownUnits[normalized] = unit;
        }

        return unit;
    }

    /// <summary>The single-record commands' access rule for a unit, as an error (null when allowed); remembered per unit.</summary>
    private async Task<DomainError?> GuardAsync(UnitId unitId, bool manage, CancellationToken ct)
    {
        if (_mayActFor.TryGetValue(unitId, out var known) && !manage)
        {
            return known;
        }

        try
        {
            await (manage ? access.EnsureCanManageAsync(unitId, ct) : access.EnsureCanActForAsync(unitId, ct));
            known = null;
        }
        catch (ForbiddenException e)
        {
            var declared = new[] { AccessGuard.OutsideAuthority, AccessGuard.OtherUnit }.FirstOrDefault(d => d.Code == e.Code) ?? AccessGuard.RoleNotAllowed;
            known = declared.WithMessage(e.Text.Vi, e.Text.En);
        }

        if (!manage)
        {
            _mayActFor[unitId] = known;
        }

        return known;
    }

    /// <summary>Runs the domain method; a rule it refuses becomes the row's error on <paramref name="key"/>.</summary>
    private async Task ApplyAsync(ImportHeaders h, WorkbookRow row, string key, Func<Task> apply)
    {
        try
        {
            await apply();
        }
        catch (DomainRuleViolationException e)
        {
            _run.Fail(h, row, key, e.Error);
        }
    }
}
