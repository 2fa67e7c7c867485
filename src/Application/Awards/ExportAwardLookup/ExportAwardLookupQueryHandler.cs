using System.Globalization;
using Mediator;
using ThiDua.Application.Awards.LookUpAwards;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Awards.ExportAwardLookup;

public sealed class ExportAwardLookupQueryHandler(AwardLookupAccess access, IAwardLookupQueries queries, IAwardLookupSpreadsheetWriter writer, TimeProvider clock)
    : IQueryHandler<ExportAwardLookupQuery, AwardLookupSpreadsheet>
{
    public async ValueTask<AwardLookupSpreadsheet> Handle(ExportAwardLookupQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scope = await access.ScopeForAsync(query.Filter, cancellationToken);

        // One row more than the limit tells that the export would be cut short: it is refused instead.
        var rows = await queries.FindAsync(scope, query.Filter, null, ExportAwardLookupQuery.MaxRows + 1, cancellationToken);
        if (rows.Count > ExportAwardLookupQuery.MaxRows)
        {
            throw new DomainRuleViolationException(AwardLookupErrors.ExportTooLarge.WithMessage(
                string.Create(CultureInfo.InvariantCulture, $"Kết quả tra cứu có hơn {ExportAwardLookupQuery.MaxRows} khen thưởng, vượt quá một tệp xuất; hãy thu hẹp điều kiện lọc (năm, đơn vị, loại hình khen thưởng)."),
                string.Create(CultureInfo.InvariantCulture, $"The lookup finds more than {ExportAwardLookupQuery.MaxRows} awards, more than one export holds; narrow the filters (year, unit, award type).")));
        }

        var now = clock.GetUtcNow();
        return new AwardLookupSpreadsheet(
            string.Create(CultureInfo.InvariantCulture, $"tra-cuu-khen-thuong-{LegalCalendar.DateInVietnam(now):yyyyMMdd}.xlsx"),
            writer.Write(rows.Select(AwardLookupView.Shape).ToList(), query.Filter, now));
    }
}
