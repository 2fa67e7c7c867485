using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Units;
using ThiDua.Application.Units.GetUnitClusterHistory;
using ThiDua.Application.Units.ListUnits;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class UnitQueries(IServiceProvider services, ReadCommands reads) : IUnitQueries
{
    /// <summary>The request's context, created only by the reads that use EF Core (a GET by id and a list page do not).</summary>
    private ThiDuaDbContext Db => services.GetRequiredService<ThiDuaDbContext>();

    /// <summary>
    /// One row by primary key (issue 13, ADR 0045): the details document PostgreSQL keeps for the unit (migration
    /// UnitDocuments), as UTF-8 bytes ready to be answered, and the unit's version it was written for.
    /// </summary>
    private const string DetailsSql = "SELECT d.version, convert_to(d.document, 'UTF8') FROM thidua.unit_documents d WHERE d.unit_id = $1";

    private const string SummaryColumns = "t.id, t.code, t.agency_code, t.name, t.short_name, t.kind, t.parent_id, t.province, t.status";

    public async Task<UnitDetailsDocument?> GetDetailsAsync(UnitId id, CancellationToken cancellationToken)
    {
        await using var lease = await reads.OpenAsync(cancellationToken);
        await using var command = lease.Command(DetailsSql);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id.Value });
        await using var reader = await lease.ExecuteReaderAsync(command, System.Data.CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new UnitDetailsDocument(id.Value, checked((uint)reader.GetInt64(0)), reader.GetFieldValue<byte[]>(1))
            : null;
    }

    public async Task<Page<UnitSummaryDto>> ListAsync(ListUnitsQuery query, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            return await SearchAsync(query, cancellationToken);
        }

        // Hand-written (ADR 0035), with the page size written into the statement: with LIMIT $n PostgreSQL plans a
        // prepared statement anew on every execution (ADR 0030); the limit is bounded (1..200), so are the plans.
        var where = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        void Filter(string condition, NpgsqlParameter parameter)
        {
            parameters.Add(parameter);
            where.Add(condition.Replace("@", "$" + parameters.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        if (!string.IsNullOrWhiteSpace(query.AgencyCode))
        {
            Filter("t.agency_code = @", new NpgsqlParameter<string> { TypedValue = ThiDua.Domain.Common.AgencyCode.Normalize(query.AgencyCode), NpgsqlDbType = NpgsqlDbType.Varchar });
        }

        if (query.Kind is { } kind)
        {
            Filter("t.kind = @", new NpgsqlParameter<string> { TypedValue = kind.ToString(), NpgsqlDbType = NpgsqlDbType.Varchar });
        }

        if (query.Status is { } status)
        {
            Filter("t.status = @", new NpgsqlParameter<string> { TypedValue = status.ToString(), NpgsqlDbType = NpgsqlDbType.Varchar });
        }

        if (query.ParentId is { } parentId)
        {
            Filter("t.parent_id = @", new NpgsqlParameter<Guid> { TypedValue = parentId });
        }

        if (!string.IsNullOrWhiteSpace(query.Province))
        {
            Filter("t.province = @", new NpgsqlParameter<string> { TypedValue = query.Province.Trim(), NpgsqlDbType = NpgsqlDbType.Varchar });
        }

        if (KeysetCursor.Decode(query.Page.Cursor) is { } after)
        {
            // Compared with the column's collation, the one ORDER BY uses.
            Filter("t.code > @", new NpgsqlParameter<string> { TypedValue = after.Key, NpgsqlDbType = NpgsqlDbType.Varchar });
        }

        var sql = string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT {SummaryColumns} FROM thidua.units t{(where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty)} ORDER BY t.code LIMIT {query.Page.Limit + 1}");
        await using var lease = await reads.OpenAsync(cancellationToken);
        await using var command = lease.Command(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        var rows = new List<UnitSummaryDto>(query.Page.Limit + 1);
        await using (var reader = await lease.ExecuteReaderAsync(command, System.Data.CommandBehavior.Default, cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(ReadSummary(reader, 0));
            }
        }

        return KeysetCursor.ToPage(rows, query.Page.Limit, u => new KeysetCursor(u.Code, u.Id));
    }

    /// <summary>A unit's summary from <see cref="SummaryColumns"/>, read from <paramref name="first"/> on.</summary>
    private static UnitSummaryDto ReadSummary(NpgsqlDataReader reader, int first) => new(
        reader.GetGuid(first),
        reader.GetString(first + 1),
        NullableString(reader, first + 2),
        reader.GetString(first + 3),
        NullableString(reader, first + 4),
        Enum.Parse<UnitKind>(reader.GetString(first + 5)),
        reader.IsDBNull(first + 6) ? null : reader.GetGuid(first + 6),
        reader.GetString(first + 7),
        Enum.Parse<UnitStatus>(reader.GetString(first + 8)));

    /// <summary>A search row's summary: after the sort key and the completeness flag (<see cref="WordPrefixSearch"/>).</summary>
    private static UnitSummaryDto ReadSearchSummary(NpgsqlDataReader reader) => ReadSummary(reader, 2);

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>
    /// <c>q</c> in three tiers, one statement (ADR 0030): a field starting with <c>q</c>, then a word starting with it,
    /// then (bounded) containing it; the other filters apply to every tier.
    /// </summary>
    private async Task<Page<UnitSummaryDto>> SearchAsync(ListUnitsQuery query, CancellationToken cancellationToken)
    {
        var filters = new List<SearchFilter>();
        if (!string.IsNullOrWhiteSpace(query.AgencyCode))
        {
            filters.Add(new("agency_code", ThiDua.Domain.Common.AgencyCode.Normalize(query.AgencyCode), NpgsqlDbType.Varchar));
        }

        if (query.Kind is { } kind)
        {
            filters.Add(new("kind", kind.ToString(), NpgsqlDbType.Varchar));
        }

        if (query.Status is { } status)
        {
            filters.Add(new("status", status.ToString(), NpgsqlDbType.Varchar));
        }

        if (query.ParentId is { } parentId)
        {
            filters.Add(new("parent_id", parentId, NpgsqlDbType.Uuid));
        }

        if (!string.IsNullOrWhiteSpace(query.Province))
        {
            filters.Add(new("province", query.Province.Trim(), NpgsqlDbType.Varchar));
        }

        // Hand-written like the list (ADR 0035): the summary's columns from ordinal 2, after the sort key and the flag.
        var rows = await WordPrefixSearch.PageAsync(
            reads, WordPrefixSearch.Units, query.Q!, KeysetCursor.Decode(query.Page.Cursor), query.Page.Limit, filters, SummaryColumns, ReadSearchSummary, cancellationToken);
        var page = KeysetCursor.ToPage(rows, query.Page.Limit, r => new KeysetCursor(r.SortKey, r.Row.Id));
        return new Page<UnitSummaryDto>(page.Items.Select(r => r.Row).ToList(), page.NextCursor);
    }

    public async Task<IReadOnlyList<UnitClusterMembershipDto>?> GetClusterHistoryAsync(UnitId id, CancellationToken cancellationToken)
    {
        if (!await Db.Units.AnyAsync(u => u.Id == id, cancellationToken))
        {
            return null;
        }

        var clusters = await Db.Clusters.AsNoTracking().AsSplitQuery()
            .Where(c => c.Terms.Any(t => t.Members.Any(m => m.UnitId == id)))
            .ToListAsync(cancellationToken);
        return clusters
            .SelectMany(c => c.Terms.Select(t => (Cluster: c, Term: t, Member: t.FindMember(id))))
            .Where(x => x.Member is not null)
            .Select(x => new UnitClusterMembershipDto(
                x.Term.Year,
                x.Cluster.Id.Value,
                x.Cluster.Name,
                x.Cluster.Kind,
                x.Cluster.ManagingAuthorityId.Value,
                x.Term.HeadUnitId == id ? ClusterPost.Head : x.Term.DeputyUnitId == id ? ClusterPost.Deputy : ClusterPost.Member,
                x.Member!.JoinedOn,
                x.Member.LeftOn,
                x.Member.LeaveReason))
            .OrderByDescending(x => x.Year)
            .ThenBy(x => x.ClusterName, StringComparer.Ordinal)
            .ToList();
    }
}
