using System.Globalization;
using ThiDua.Application.Awards.LookUpAwards;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Common;
using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Statistics;

/// <summary>
/// Makes a report: finds the form's definition for the period, checks the caller may report for the authority (the
/// award lookup's reach, ADR 0032: an authority inside the caller's own), reads the facts and computes the cells
/// (ADR 0034). Used by the JSON and the spreadsheet queries alike.
/// </summary>
public sealed class StatisticalReports(AwardLookupAccess access, IStatisticsFacts facts, TimeProvider clock)
{
    public async Task<StatisticalReportDto> MakeAsync(string formCode, int year, Guid? authorityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(formCode);
        var definitions = StatisticsFormCatalogue.ByCode(formCode);
        if (definitions.Count == 0)
        {
            throw new NotFoundException(StatisticsErrors.FormNotFound.WithMessage(
                $"Không có biểu mẫu báo cáo thống kê mã '{formCode}'; các mã hiện có: {string.Join(", ", StatisticsFormCatalogue.Forms.Select(f => f.Code).Distinct())}.",
                $"No statistical report form has code '{formCode}'; the codes are: {string.Join(", ", StatisticsFormCatalogue.Forms.Select(f => f.Code).Distinct())}."));
        }

        var period = ReportingPeriod.ForYear(year);
        var form = StatisticsFormCatalogue.Find(formCode, period)
            ?? throw new DomainRuleViolationException(StatisticsErrors.NoFormForPeriod.WithMessage(
                string.Create(CultureInfo.InvariantCulture, $"Biểu {definitions[0].Code} áp dụng cho các kỳ báo cáo kết thúc từ ngày {definitions[0].EffectiveFrom:dd'/'MM'/'yyyy}; kỳ báo cáo năm {year} ({period.Start:dd'/'MM'/'yyyy}–{period.End:dd'/'MM'/'yyyy}) không có định nghĩa biểu."),
                string.Create(CultureInfo.InvariantCulture, $"Form {definitions[0].Code} applies to report periods ending from {definitions[0].EffectiveFrom:yyyy-MM-dd}; the {year} period ({period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd}) has no definition.")));

        var scope = await access.ScopeForAsync(new AwardLookupFilter(UnitId: authorityId), cancellationToken);
        var authority = authorityId ?? scope.UnitId
            ?? throw new DomainRuleViolationException(StatisticsErrors.AuthorityRequired);
        var reporting = await facts.AuthorityAsync(authority, cancellationToken) ?? throw new NotFoundException("Unit", authority);

        if (form.Counts is FactKind.ApparatusUnit or FactKind.ApparatusStaff && !await facts.RegisterDeclaredAsync(authority, year, cancellationToken))
        {
            throw new DomainRuleViolationException(StatisticsErrors.RegisterNotDeclared);
        }

        var counted = await facts.FactsAsync(form.Counts, authority, period, cancellationToken);
        var cells = FormComputation.Compute(form, counted);
        var records = cells.SelectMany(c => c.Facts).DistinctBy(f => f.Id).OrderBy(f => f.Label, StringComparer.Ordinal).ThenBy(f => f.Id)
            .Select(f => new CountedRecordDto(
                f.Kind, f.Id, f.Personal && !scope.PersonalData ? null : f.Label, f.Personal && !scope.PersonalData, f.Dimensions))
            .ToList();
        var (applied, reason) = CircularOf(form, period);
        return new StatisticalReportDto(
            StatisticsFormDto.Of(form),
            applied,
            reason,
            new ReportingPeriodDto(period.Year, period.Start, period.End, period.Due),
            new ReportingAuthorityDto(reporting.Id, reporting.Code, reporting.Name, reporting.ParentName),
            clock.GetUtcNow(),
            cells.Select(c => new ReportCellDto(c.Row, c.Column, c.Count, c.Facts.Select(f => f.Id).ToList())).ToList(),
            records);
    }

    private static (string Applied, string Reason) CircularOf(StatisticsFormDefinition form, ReportingPeriod period)
    {
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"Biểu {form.Code} theo {form.Circular} áp dụng từ kỳ báo cáo kết thúc ngày {form.EffectiveFrom:dd'/'MM'/'yyyy}{(form.EffectiveTo is { } to ? string.Create(CultureInfo.InvariantCulture, $" đến kỳ kết thúc ngày {to:dd'/'MM'/'yyyy}") : string.Empty)}; kỳ báo cáo kết thúc ngày {period.End:dd'/'MM'/'yyyy}.");
        if (form.Circular == StatisticsFormCatalogue.Circular2023 && period.End >= StatisticsFormCatalogue.Circular2025Issued)
        {
            reason += " " + StatisticsFormCatalogue.SuccessorNote;
        }

        return (form.Circular, reason);
    }
}
