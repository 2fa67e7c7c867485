using FluentValidation;
using Mediator;
using ThiDua.Application.Awards.ImportPersonAward;
using ThiDua.Application.Awards.ImportUnitAward;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Security;
using ThiDua.Application.People.RecordPersonRating;
using ThiDua.Application.People.RegisterPerson;
using ThiDua.Application.RuleSets;
using ThiDua.Application.Units.CreateUnit;
using ThiDua.Application.Units.RecordUnitRating;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Awards;
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
    IValidator<RecordUnitRatingCommand> unitRatingValidator,
    IValidator<ImportPersonAwardCommand> personAwardValidator,
    IValidator<ImportUnitAwardCommand> unitAwardValidator,
    IAwardRecordRepository awards,
    ProvinceRules provinceRules,
    HistoryAuditMark history,
    TimeProvider clock) : ICommandHandler<RunImportCommand, ImportCounts>
{
    /// <summary>Where the single-record award commands' validation failures belong on the award sheet.</summary>
    private static readonly Dictionary<string, string> AwardProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(ImportPersonAwardCommand.AwardTypeCode)] = AwardColumns.AwardType,
        [nameof(ImportPersonAwardCommand.Year)] = AwardColumns.Year,
        [nameof(ImportPersonAwardCommand.CommendationType)] = AwardColumns.CommendationType,
        ["Decision"] = AwardColumns.DecisionNumber,
        ["Decision.Number"] = AwardColumns.DecisionNumber,
        ["Decision.Date"] = AwardColumns.DecisionDate,
        ["Decision.Issuer"] = AwardColumns.Issuer,
    };

    private readonly ImportRun _run = new();
    private readonly Dictionary<string, OrganisationUnit> _fileUnits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrganisationUnit?> _knownUnits = new(StringComparer.Ordinal);
    private readonly Dictionary<UnitId, DomainError?> _mayActFor = [];
    private readonly Dictionary<string, (PersonId Id, UnitId Unit)> _fileCitizenIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (PersonId Id, UnitId Unit)> _fileCivilServantCodes = new(StringComparer.Ordinal);
    private readonly HashSet<(PersonId, int)> _ratedYears = [];
    private readonly HashSet<(UnitId, int)> _unitRatedYears = [];

    /// <summary>People of the staff sheet by row number (registered or matched), for award rows that name the row.</summary>
    private readonly Dictionary<int, (PersonId Id, UnitId Unit)> _peopleByRow = [];

    /// <summary>Units created or matched by this file: the caller manages their parent, hence judges them (ADR 0033).</summary>
    private readonly HashSet<UnitId> _fileUnitIds = [];
    private readonly Dictionary<UnitId, OrganisationUnit> _unitsById = [];
    private readonly Dictionary<UnitId, DomainError?> _mayJudge = [];

    /// <summary>Awards of this file: (type, recipient, year) of those under rule R8, and (type, recipient, decision) of all.</summary>
    private readonly HashSet<(string, Guid, int)> _fileAwardYears = [];
    private readonly HashSet<(string, Guid, string, DateOnly)> _fileAwardDecisions = [];

    /// <summary>People registered by this file since the last flush: tracked, not yet in the database.</summary>
    private readonly Dictionary<PersonId, Person> _unflushedPeople = [];

    /// <summary>Units created by this file since the last flush: tracked, not yet in the database.</summary>
    private readonly Dictionary<UnitId, OrganisationUnit> _unflushedUnits = [];

    /// <summary>People and units the current batch rates or awards, loaded together and tracked until the flush.</summary>
    private readonly Dictionary<PersonId, Person> _batchPeople = [];
    private readonly Dictionary<UnitId, OrganisationUnit> _batchUnits = [];

    /// <summary>The database's answers to the current batch's lookups.</summary>
    private readonly ImportLookupCache _lookups = new(lookups);

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
                using var pending = rows.GetEnumerator();
                while (NextBatch(pending) is { Count: > 0 } batch)
                {
                    await PrefetchAsync(sheet.Kind, headers, batch, cancellationToken);
                    foreach (var row in batch)
                    {
                        await RowAsync(command, sheet, headers, row, now, cancellationToken);
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

    /// <summary>The rows up to the next flush: a batch, whose lookups are asked for together.</summary>
    private List<WorkbookRow> NextBatch(IEnumerator<WorkbookRow> rows)
    {
        var size = options.BatchSize - (_run.RowsRead % options.BatchSize);
        var batch = new List<WorkbookRow>(Math.Min(size, 1024));
        while (batch.Count < size && rows.MoveNext())
        {
            batch.Add(rows.Current);
        }

        return batch;
    }

    private async Task RowAsync(RunImportCommand command, ImportSheet sheet, ImportHeaders headers, WorkbookRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _run.RowsRead++;
        var errorsBefore = _run.ErrorCount;
        await (sheet.Kind switch
        {
            ImportSheetKind.Units => UnitRowAsync(headers, row, now, cancellationToken),
            ImportSheetKind.People => PersonRowAsync(headers, row, now, cancellationToken),
            ImportSheetKind.PersonRatings => RatingRowAsync(headers, row, now, cancellationToken),
            ImportSheetKind.UnitRatings => UnitRatingRowAsync(headers, row, now, cancellationToken),
            _ => AwardRowAsync(headers, row, now, cancellationToken),
        });
        if (_run.ErrorCount == errorsBefore)
        {
            _run.RowsValid++;
        }

        if (_run.RowsRead % options.BatchSize == 0)
        {
            await session.FlushAsync(cancellationToken);
            _unflushedPeople.Clear();
            _unflushedUnits.Clear();
            _batchPeople.Clear();
            _batchUnits.Clear();
            _lookups.Forget();
            await jobs.ReportProgressAsync(command.ImportId, _run.Counts, cancellationToken);
        }
    }

    /// <summary>
    /// Asks the database once for what the batch's rows will look up (issue 16): the units they name by code, the
    /// people by citizen id or civil-servant code, the people and collectives that ratings and awards go to (loaded as
    /// the repositories load them, tracked until the flush) and those recipients' standing awards. Only the questions
    /// are gathered here, from the cells as the rows read them; every decision is still the row's, and a question this
    /// missed is asked alone (<see cref="ImportLookupCache"/>).
    /// </summary>
    private async Task PrefetchAsync(ImportSheetKind kind, ImportHeaders h, List<WorkbookRow> batch, CancellationToken ct)
    {
        (string[] Codes, string? CitizenId, string? CivilServantCode) columns = kind switch
        {
            ImportSheetKind.Units => ([UnitColumns.Code, UnitColumns.ParentCode], null, null),
            ImportSheetKind.People => ([PersonColumns.UnitCode], PersonColumns.CitizenId, PersonColumns.CivilServantCode),
            ImportSheetKind.PersonRatings => ([], RatingColumns.CitizenId, RatingColumns.CivilServantCode),
            ImportSheetKind.UnitRatings => ([UnitRatingColumns.UnitCode], null, null),
            _ => ([AwardColumns.UnitCode], AwardColumns.CitizenId, AwardColumns.CivilServantCode),
        };
        var (codeColumns, citizenIdColumn, civilServantCodeColumn) = columns;

        var unitCodes = batch.SelectMany(row => codeColumns.Select(c => h.Value(row, c))).OfType<string>()
            .Select(OrganisationUnit.NormalizeCode).Where(c => !_fileUnits.ContainsKey(c) && !_knownUnits.ContainsKey(c)).ToList();
        var citizenIds = citizenIdColumn is null ? [] : batch.Select(row => h.Value(row, citizenIdColumn)).OfType<string>().Where(c => !_fileCitizenIds.ContainsKey(c)).ToList();
        var servantCodes = civilServantCodeColumn is null ? [] : batch.Select(row => h.Value(row, civilServantCodeColumn)).OfType<string>().Where(c => !_fileCivilServantCodes.ContainsKey(c)).ToList();
        await _lookups.PrefetchAsync(unitCodes, citizenIds, servantCodes, ct);
        if (kind is ImportSheetKind.Units or ImportSheetKind.People)
        {
            return;
        }

        var recipients = new HashSet<PersonId>();
        var collectives = new HashSet<UnitId>();
        foreach (var row in batch)
        {
            if (kind is ImportSheetKind.UnitRatings or ImportSheetKind.Awards && h.Value(row, kind is ImportSheetKind.UnitRatings ? UnitRatingColumns.UnitCode : AwardColumns.UnitCode) is { } unitCode
                && await UnitAsync(unitCode, ct) is { } unit)
            {
                collectives.Add(unit.Id);
            }

            if (kind is ImportSheetKind.PersonRatings or ImportSheetKind.Awards && await PersonNamedByAsync(h, row, kind, ct) is { } person)
            {
                recipients.Add(person);
            }
        }

        var toLoad = recipients.Where(p => !_unflushedPeople.ContainsKey(p) && !_batchPeople.ContainsKey(p)).ToList();
        if (toLoad.Count > 0)
        {
            foreach (var (id, person) in await people.GetManyAsync(toLoad, ct))
            {
                _batchPeople[id] = person;
            }
        }

        if (kind is ImportSheetKind.UnitRatings)
        {
            var unitsToLoad = collectives.Where(u => !_unflushedUnits.ContainsKey(u) && !_batchUnits.ContainsKey(u)).ToList();
            if (unitsToLoad.Count > 0)
            {
                foreach (var unit in await units.GetByIdsAsync(unitsToLoad, ct))
                {
                    _batchUnits[unit.Id] = unit;
                }
            }
        }
        else if (kind is ImportSheetKind.Awards)
        {
            await _lookups.PrefetchAwardsAsync(recipients, collectives, ct);
        }
    }

    /// <summary>The person a rating or award row names (a hint for <see cref="PrefetchAsync"/>; the row decides), or null.</summary>
    private async Task<PersonId?> PersonNamedByAsync(ImportHeaders h, WorkbookRow row, ImportSheetKind kind, CancellationToken ct)
    {
        var citizenId = h.Value(row, kind is ImportSheetKind.PersonRatings ? RatingColumns.CitizenId : AwardColumns.CitizenId);
        var civilServantCode = h.Value(row, kind is ImportSheetKind.PersonRatings ? RatingColumns.CivilServantCode : AwardColumns.CivilServantCode);
        if (citizenId is not null || civilServantCode is not null)
        {
            return (await PersonByIdentifierAsync(citizenId, civilServantCode, ct))?.Id;
        }

        return kind is ImportSheetKind.Awards && int.TryParse(h.Value(row, AwardColumns.PersonRow), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && _peopleByRow.TryGetValue(number, out var listed) ? listed.Id : null;
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
                _fileUnitIds.Add(existing.Id);
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
            _fileUnitIds.Add(unit.Id);
            _unitsById[unit.Id] = unit;
            _unflushedUnits[unit.Id] = unit;
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

        if ((citizenId is not null || civilServantCode is not null) && await _lookups.FindPersonAsync(citizenId, civilServantCode, ct) is { } existing)
        {
            var key = citizenId is not null && existing.CitizenId == citizenId ? PersonColumns.CitizenId : PersonColumns.CivilServantCode;
            if (string.Equals(existing.FullName, Text.Clean(fullName), StringComparison.OrdinalIgnoreCase) && existing.CurrentUnitId == unit.Id
                && (citizenId is null || existing.CitizenId is null || existing.CitizenId == citizenId)
                && (civilServantCode is null || existing.CivilServantCode is null || existing.CivilServantCode == civilServantCode))
            {
                _run.RowsMatched++;
                Remember(citizenId, civilServantCode, existing.Id, existing.CurrentUnitId);
                _peopleByRow[row.Number] = (existing.Id, existing.CurrentUnitId);
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
            _peopleByRow[row.Number] = (person.Id, unit.Id);
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
        else if (await _lookups.FindPersonAsync(citizenId, civilServantCode, ct) is { } existing)
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

        var person = _unflushedPeople.GetValueOrDefault(found.Id) ?? _batchPeople.GetValueOrDefault(found.Id) ?? await people.GetByIdAsync(found.Id, ct);
        if (person is null)
        {
            _run.Fail(h, row, key, ImportErrors.PersonUnknown);
            return;
        }

        await RecordRatingOnceAsync(
            h, row, RatingColumns.Rating, person.Ratings.FirstOrDefault(r => r.Year == year.Value), rating.Value,
            () => person.RecordRating(year.Value, rating.Value, null, now));
    }

    /// <summary>
    /// A collective's rating, as <see cref="RecordUnitRatingCommand"/> records it: its validator, its access rule (judge
    /// the unit: an admin or a council strictly above it), <see cref="OrganisationUnit.RecordRating"/>. The same level
    /// already recorded is matched; another level is a conflict (a correction goes through <c>PUT /units/{id}/ratings</c>).
    /// </summary>
    private async Task UnitRatingRowAsync(ImportHeaders h, WorkbookRow row, DateTimeOffset now, CancellationToken ct)
    {
        var unitCode = _run.Required(h, row, UnitRatingColumns.UnitCode);
        var year = _run.Year(h, row, UnitRatingColumns.Year);
        var rating = _run.RatingOf(h, row, UnitRatingColumns.Rating);
        var number = h.Value(row, UnitRatingColumns.DocumentNumber);
        var date = _run.Date(h, row, UnitRatingColumns.DocumentDate, required: false, out var dateOk);
        var issuer = h.Value(row, UnitRatingColumns.DocumentIssuer);
        var documentOk = true;
        if (number is not null && date is null && dateOk)
        {
            _run.Fail(h, row, UnitRatingColumns.DocumentDate, ImportErrors.Required.WithMessage("Có số văn bản thì cần ngày văn bản.", "A document number needs the document's date."));
            documentOk = false;
        }
        else if (number is null && date is not null)
        {
            _run.Fail(h, row, UnitRatingColumns.DocumentNumber, ImportErrors.Required.WithMessage("Có ngày văn bản thì cần số văn bản.", "A document date needs the document's number."));
            documentOk = false;
        }

        if (unitCode is null || year is null || rating is null || !dateOk || !documentOk)
        {
            return;
        }

        var unit = await UnitAsync(unitCode, ct);
        if (unit is null)
        {
            _run.Fail(h, row, UnitRatingColumns.UnitCode, ImportErrors.UnitUnknown);
            return;
        }

        var document = number is null ? null : new DocumentInput(number, date!.Value, issuer);
        var candidate = new RecordUnitRatingCommand(unit.Id.Value, year.Value, rating.Value, document);
        if (!_run.FailValidation(h, row, await unitRatingValidator.ValidateAsync(candidate, ct), p => p switch
            {
                _ when p.Equals("Document.Date", StringComparison.OrdinalIgnoreCase) => UnitRatingColumns.DocumentDate,
                _ when p.Equals("Document.Issuer", StringComparison.OrdinalIgnoreCase) => UnitRatingColumns.DocumentIssuer,
                _ when p.StartsWith("Document", StringComparison.OrdinalIgnoreCase) => UnitRatingColumns.DocumentNumber,
                _ when p.Equals("UnitId", StringComparison.OrdinalIgnoreCase) => UnitRatingColumns.UnitCode,
                _ => null,
            }))
        {
            return;
        }

        if (!_unitRatedYears.Add((unit.Id, year.Value)))
        {
            _run.Fail(h, row, UnitRatingColumns.Year, ImportErrors.DuplicateInFile);
            return;
        }

        if (await JudgeAsync(unit.Id, ct) is { } refused)
        {
            _run.Fail(h, row, UnitRatingColumns.UnitCode, refused);
            return;
        }

        var tracked = _unflushedUnits.GetValueOrDefault(unit.Id) ?? _batchUnits.GetValueOrDefault(unit.Id) ?? await units.GetByIdAsync(unit.Id, ct);
        if (tracked is null)
        {
            _run.Fail(h, row, UnitRatingColumns.UnitCode, ImportErrors.UnitUnknown);
            return;
        }

        await RecordRatingOnceAsync(
            h, row, UnitRatingColumns.Rating, tracked.Ratings.FirstOrDefault(r => r.Year == year.Value), rating.Value,
            () => tracked.RecordRating(year.Value, rating.Value, document?.ToReference(), now));
    }

    /// <summary>
    /// A past award, as <see cref="ImportPersonAwardCommand"/> (a person, named by citizen id, civil-servant code or
    /// staff-sheet row) or <see cref="ImportUnitAwardCommand"/> (a collective, by unit code) enters it: the command's
    /// validator, its access rule (judge the person's current unit, or the unit: an admin or a council strictly above
    /// it), the province's award types (<see cref="ProvinceRules.ResolveAsync"/>), <see cref="AwardRecord.ImportForPerson"/>
    /// or <see cref="AwardRecord.ImportForUnit"/> — source <c>imported</c>, no certificate number — and the audit entry
    /// marked as history with the decision's date and document. An award the recipient already holds (rule R8: same type
    /// and year; or the same decision) is <c>award.duplicate</c>, as the single-record path answers; twice in the file,
    /// <c>import.duplicate_in_file</c>.
    /// </summary>
    private async Task AwardRowAsync(ImportHeaders h, WorkbookRow row, DateTimeOffset now, CancellationToken ct)
    {
        var citizenId = h.Value(row, AwardColumns.CitizenId);
        var civilServantCode = h.Value(row, AwardColumns.CivilServantCode);
        var personRowGiven = h.Value(row, AwardColumns.PersonRow) is not null;
        var personRow = _run.RowNumber(h, row, AwardColumns.PersonRow);
        var unitCode = h.Value(row, AwardColumns.UnitCode);
        var typeText = _run.Required(h, row, AwardColumns.AwardType);
        var year = _run.Year(h, row, AwardColumns.Year);
        var commendation = _run.CommendationTypeOf(h, row, AwardColumns.CommendationType);
        var number = _run.Required(h, row, AwardColumns.DecisionNumber);
        var date = _run.Date(h, row, AwardColumns.DecisionDate, required: true, out var dateOk);
        var issuer = h.Value(row, AwardColumns.Issuer);
        var forPerson = citizenId is not null || civilServantCode is not null || personRowGiven;
        if (!forPerson && unitCode is null)
        {
            _run.Fail(h, row, AwardColumns.CitizenId, ImportErrors.Required.WithMessage(
                "Cần người được khen (số CCCD, mã số CBCCVC hoặc dòng ở trang Can bo) hoặc tập thể được khen (mã đơn vị).",
                "The recipient is required: a person (citizen id, civil-servant code or Can bo row) or a collective (unit code)."));
            return;
        }

        if (forPerson && unitCode is not null)
        {
            _run.Fail(h, row, AwardColumns.UnitCode, ImportErrors.Invalid.WithMessage(
                "Mỗi dòng khen thưởng cho một cá nhân hoặc một tập thể, không cả hai: để trống mã đơn vị, hoặc để trống các cột của cá nhân.",
                "Each award row is for one person or one collective, not both: leave the unit code empty, or the person's columns."));
            return;
        }

        if (typeText is null || year is null || commendation is null || number is null || date is null || !dateOk || (personRowGiven && personRow is null))
        {
            return;
        }

        var kind = forPerson ? RecipientKind.Individual : RecipientKind.Collective;
        var code = AwardTypeCodeOf(typeText, kind);
        var decision = new DocumentInput(number, date.Value, issuer);
        if (forPerson)
        {
            await PersonAwardAsync(h, row, (citizenId, civilServantCode, personRow), code, year.Value, commendation.Value, decision, now, ct);
        }
        else
        {
            await UnitAwardAsync(h, row, unitCode!, code, year.Value, commendation.Value, decision, now, ct);
        }
    }

    private async Task PersonAwardAsync(
        ImportHeaders h, WorkbookRow row, (string? CitizenId, string? CivilServantCode, int? Row) reference, string code, int year, CommendationType type, DocumentInput decision, DateTimeOffset now, CancellationToken ct)
    {
        var key = reference.CitizenId is not null ? AwardColumns.CitizenId : reference.CivilServantCode is not null ? AwardColumns.CivilServantCode : AwardColumns.PersonRow;
        (PersonId Id, UnitId Unit)? byRow = null;
        if (reference.Row is { } number)
        {
            if (!_peopleByRow.TryGetValue(number, out var listed))
            {
                _run.Fail(h, row, AwardColumns.PersonRow, ImportErrors.PersonUnknown.WithMessage(
                    "Dòng này ở trang Can bo không có cá nhân nào được nhập (dòng trống, có lỗi hoặc không tồn tại).",
                    "That row of the Can bo sheet imports no person (it is blank, has errors or does not exist)."));
                return;
            }

            byRow = listed;
        }

        (PersonId Id, UnitId Unit)? target = byRow;
        if (reference.CitizenId is not null || reference.CivilServantCode is not null)
        {
            target = await PersonByIdentifierAsync(reference.CitizenId, reference.CivilServantCode, ct);
            if (target is null)
            {
                _run.Fail(h, row, key, ImportErrors.PersonUnknown);
                return;
            }

            if (byRow is { } listed && listed.Id != target.Value.Id)
            {
                _run.Fail(h, row, AwardColumns.PersonRow, ImportErrors.Invalid.WithMessage(
                    "Dòng ở trang Can bo và số định danh của dòng này chỉ hai cá nhân khác nhau.",
                    "The Can bo row and this row's identifier name two different people."));
                return;
            }
        }

        var found = target!.Value;
        var candidate = new ImportPersonAwardCommand(found.Id.Value, code, year, type, decision, null);
        if (!_run.FailValidation(h, row, await personAwardValidator.ValidateAsync(candidate, ct), p => AwardProperties.GetValueOrDefault(p) ?? (p.Equals("PersonId", StringComparison.OrdinalIgnoreCase) ? key : null)))
        {
            return;
        }

        // ImportPersonAward's access rule: judge the person's current unit (an admin, or a council strictly above it).
        if (await JudgeAsync(found.Unit, ct) is { } refused)
        {
            _run.Fail(h, row, key, refused);
            return;
        }

        var person = _unflushedPeople.GetValueOrDefault(found.Id) ?? _batchPeople.GetValueOrDefault(found.Id) ?? await people.GetByIdAsync(found.Id, ct);
        if (person is null)
        {
            _run.Fail(h, row, key, ImportErrors.PersonUnknown);
            return;
        }

        var decided = decision.ToReference();
        var unit = await UnitByIdAsync(person.UnitOn(decided.Date), ct);
        if (unit is null)
        {
            _run.Fail(h, row, key, ImportErrors.UnitUnknown);
            return;
        }

        await ApplyAwardAsync(h, row, async () =>
        {
            var provincialType = await ResolveTypeAsync(h, row, code, unit, decided.Date, ct);
            if (provincialType is null && AwardCatalogue.Find(code) is null)
            {
                return null;
            }

            var record = AwardRecord.ImportForPerson(code, person, unit, year, type, decided, [], now, provincialType);
            record.ClassifyForStatistics(null, null, now);
            if (!await NewAwardAsync(h, row, record, ct))
            {
                return null;
            }

            person.UseAsAwardBasis(record.Id, record.BasisInitiativeIds, now);
            return record;
        }, now);
    }

    private async Task UnitAwardAsync(
        ImportHeaders h, WorkbookRow row, string unitCode, string code, int year, CommendationType type, DocumentInput decision, DateTimeOffset now, CancellationToken ct)
    {
        var unit = await UnitAsync(unitCode, ct);
        if (unit is null)
        {
            _run.Fail(h, row, AwardColumns.UnitCode, ImportErrors.UnitUnknown);
            return;
        }

        var candidate = new ImportUnitAwardCommand(unit.Id.Value, code, year, type, decision);
        if (!_run.FailValidation(h, row, await unitAwardValidator.ValidateAsync(candidate, ct), p => AwardProperties.GetValueOrDefault(p) ?? (p.Equals("UnitId", StringComparison.OrdinalIgnoreCase) ? AwardColumns.UnitCode : null)))
        {
            return;
        }

        // ImportUnitAward's access rule: judge the unit (an admin, or a council strictly above it).
        if (await JudgeAsync(unit.Id, ct) is { } refused)
        {
            _run.Fail(h, row, AwardColumns.UnitCode, refused);
            return;
        }

        var reference = decision.ToReference();
        await ApplyAwardAsync(h, row, async () =>
        {
            var provincialType = await ResolveTypeAsync(h, row, code, unit, reference.Date, ct);
            if (provincialType is null && AwardCatalogue.Find(code) is null)
            {
                return null;
            }

            var record = AwardRecord.ImportForUnit(code, unit, year, type, reference, now, provincialType);
            record.ClassifyForStatistics(null, null, now);
            return await NewAwardAsync(h, row, record, ct) ? record : null;
        }, now);
    }

    /// <summary>
    /// The award type as <see cref="ProvinceRules.ResolveAsync"/> finds it for the unit's province on the decision date
    /// (a province's own type out of its dates or of another province is the rule's own error); an unknown code is
    /// <c>award.unknown_award_type</c> here, without quoting it.
    /// </summary>
    private async Task<AwardType?> ResolveTypeAsync(ImportHeaders h, WorkbookRow row, string code, OrganisationUnit unit, DateOnly on, CancellationToken ct)
    {
        var type = await provinceRules.ResolveAsync(code, unit.Province, on, ct);
        if (type is null)
        {
            _run.Fail(h, row, AwardColumns.AwardType, AwardErrors.UnknownAwardType);
        }

        return type;
    }

    /// <summary>Whether the award is new: not twice in this file, not already held (R8, or the same decision).</summary>
    private async Task<bool> NewAwardAsync(ImportHeaders h, WorkbookRow row, AwardRecord record, CancellationToken ct)
    {
        var byDecision = (record.AwardTypeCode, record.RecipientKey, record.Decision.Number, record.Decision.Date);
        var byYear = (record.AwardTypeCode, record.RecipientKey, record.Year);
        var oneOff = CommendationTypes.IsOneOff(record.CommendationType);
        if (_fileAwardDecisions.Contains(byDecision) || (!oneOff && _fileAwardYears.Contains(byYear)))
        {
            _run.Fail(h, row, AwardColumns.AwardType, ImportErrors.DuplicateInFile);
            return false;
        }

        if (await _lookups.AwardStandsAsync(record, ct))
        {
            _run.Fail(h, row, AwardColumns.AwardType, AwardErrors.Duplicate);
            return false;
        }

        _fileAwardDecisions.Add(byDecision);
        if (!oneOff)
        {
            _fileAwardYears.Add(byYear);
        }

        return true;
    }

    /// <summary>
    /// Builds the award (null: an error was recorded), marks its audit entry as history with its decision's date and
    /// document (ADR 0014), and adds it; a rule the domain refuses becomes the row's error, on the decision date when it
    /// is about the date, else on the award type.
    /// </summary>
    private async Task ApplyAwardAsync(ImportHeaders h, WorkbookRow row, Func<Task<AwardRecord?>> build, DateTimeOffset now)
    {
        try
        {
            if (await build() is not { } record)
            {
                return;
            }

            history.MarkResource(record.Id.Value, HistoricalEntry.Create(record.Decision.Date, record.Decision, user.Subject, now));
            awards.Add(record);
            _run.RowsWritten++;
        }
        catch (DomainRuleViolationException e)
        {
            var onDate = e.Error.Code == AwardErrors.DecisionBeforeYear.Code || e.Error.Code == AwardErrors.DecisionInFuture.Code || e.Error.Code == HistoryErrors.DateInFuture.Code;
            _run.Fail(h, row, onDate ? AwardColumns.DecisionDate : AwardColumns.AwardType, e.Error);
        }
    }

    /// <summary>
    /// The catalogue code a cell names: a code (any letter case), a catalogue name, or a name without its
    /// "(cá nhân)"/"(tập thể)" suffix for the row's kind of recipient (e.g. <c>Giấy khen</c>); otherwise the text as a
    /// code, which may be a province's own type.
    /// </summary>
    private static string AwardTypeCodeOf(string text, RecipientKind kind)
    {
        var code = text.Trim().ToUpperInvariant();
        if (AwardCatalogue.Find(code) is not null)
        {
            return code;
        }

        var name = NameKey(text);
        var named = AwardCatalogue.All.Where(a => NameKey(a.Name) == name).ToList();
        if (named.Count == 1)
        {
            return named[0].Code;
        }

        var unsuffixed = AwardCatalogue.All.Where(a => a.RecipientKind == kind && NameKey(WithoutRecipientSuffix(a.Name)) == name).ToList();
        return unsuffixed.Count == 1 ? unsuffixed[0].Code : code;
    }

    private static string NameKey(string name) =>
        string.Join(' ', name.Normalize(System.Text.NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    private static string WithoutRecipientSuffix(string name) =>
        name.EndsWith("(cá nhân)", StringComparison.Ordinal) || name.EndsWith("(tập thể)", StringComparison.Ordinal) ? name[..name.LastIndexOf('(')] : name;

    /// <summary>A person of this file (by identifier) or of the database.</summary>
    private async Task<(PersonId Id, UnitId Unit)?> PersonByIdentifierAsync(string? citizenId, string? civilServantCode, CancellationToken ct)
    {
        if (citizenId is not null && _fileCitizenIds.TryGetValue(citizenId, out var byCitizenId))
        {
            return byCitizenId;
        }

        if (civilServantCode is not null && _fileCivilServantCodes.TryGetValue(civilServantCode, out var byCode))
        {
            return byCode;
        }

        return await _lookups.FindPersonAsync(citizenId, civilServantCode, ct) is { } existing ? (existing.Id, existing.CurrentUnitId) : null;
    }

    /// <summary>A unit by id (of this file or of the database), remembered: the names an award keeps as at its decision.</summary>
    private async Task<OrganisationUnit?> UnitByIdAsync(UnitId id, CancellationToken ct)
    {
        if (!_unitsById.TryGetValue(id, out var unit))
        {
            unit = await units.GetByIdAsync(id, ct);
            if (unit is not null)
            {
                _unitsById[id] = unit;
            }
        }

        return unit;
    }

    /// <summary>
    /// The judging rule of the single-record award and unit-rating commands (<see cref="AccessGuard.EnsureCanJudgeAsync"/>)
    /// as an error, null when allowed; remembered per unit. A unit created or matched by this file is judged by the
    /// caller: it was accepted under a parent the caller manages (or by an administrator), so the caller's authority is
    /// strictly above it.
    /// </summary>
    private async Task<DomainError?> JudgeAsync(UnitId unitId, CancellationToken ct)
    {
        if (_fileUnitIds.Contains(unitId))
        {
            return null;
        }

        if (!_mayJudge.TryGetValue(unitId, out var known))
        {
            try
            {
                await access.EnsureCanJudgeAsync(unitId, ct);
                known = null;
            }
            catch (ForbiddenException e)
            {
                known = Refusal(e);
            }

            _mayJudge[unitId] = known;
        }

        return known;
    }

    private static DomainError Refusal(ForbiddenException e) =>
        (new[] { AccessGuard.OutsideAuthority, AccessGuard.OtherUnit }.FirstOrDefault(d => d.Code == e.Code) ?? AccessGuard.RoleNotAllowed).WithMessage(e.Text.Vi, e.Text.En);

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
            unit = await _lookups.FindUnitByCodeAsync(normalized, ct);
            _knownUnits[normalized] = unit;
            if (unit is not null)
            {
                _unitsById.TryAdd(unit.Id, unit);
            }
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
            known = Refusal(e);
        }

        if (!manage)
        {
            _mayActFor[unitId] = known;
        }

        return known;
    }

    /// <summary>
    /// A year's rating is recorded once: the same rating already recorded counts as matched, a different one is refused
    /// (<c>import.rating_conflict</c>); otherwise the domain method records it.
    /// </summary>
    private async Task RecordRatingOnceAsync(
        ImportHeaders h, WorkbookRow row, string key, YearRating? recorded, PerformanceRating rating, Action record)
    {
        if (recorded is not null)
        {
            if (recorded.Rating == rating)
            {
                _run.RowsMatched++;
            }
            else
            {
                _run.Fail(h, row, key, ImportErrors.RatingConflict);
            }

            return;
        }

        await ApplyAsync(h, row, key, () =>
        {
            record();
            _run.RowsWritten++;
            return Task.CompletedTask;
        });
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
