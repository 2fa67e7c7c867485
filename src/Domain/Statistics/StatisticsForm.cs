namespace ThiDua.Domain.Statistics;

/// <summary>What a form counts: movements, awards, TĐKT organisational units, or TĐKT staff.</summary>
public enum FactKind
{
    Movement = 1,
    Award = 2,
    ApparatusUnit = 3,
    ApparatusStaff = 4,
}

/// <summary>
/// One condition of a cell formula: the fact's value of <paramref name="Dimension"/> is one of <paramref name="Values"/>.
/// Dimensions and values are the stable codes of <see cref="Dimensions"/>.
/// </summary>
public sealed record Criterion(string Dimension, IReadOnlyList<string> Values)
{
    public bool IsMetBy(StatisticsFact fact) =>
        fact.Dimensions.TryGetValue(Dimension, out var value) && Values.Contains(value, StringComparer.Ordinal);
}

/// <summary>
/// A row or a column of a form: its code (as printed: "1", "1.1", "A"), its Vietnamese label, the header group it sits
/// under (merged over its columns in the xlsx) and the criteria a fact must meet to count in it (none: every fact).
/// </summary>
public sealed record FormLine(string Code, string Label, IReadOnlyList<Criterion> Criteria, string? Group = null, bool Heading = false)
{
    public bool Counts(StatisticsFact fact) => !Heading && Criteria.All(c => c.IsMetBy(fact));
}

/// <summary>
/// A statistical report form as data (biểu mẫu báo cáo thống kê): its code, title, the circular and appendix that
/// define it, the dates it applies to, the facts it counts (with a filter on them), its rows and columns. A cell counts
/// the facts meeting both its row's and its column's criteria. Adding the forms of a later circular is adding
/// definitions with their effective dates (ADR 0034).
/// </summary>
public sealed record StatisticsFormDefinition(
    string Code,
    string Title,
    string Circular,
    string LegalBasis,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    FactKind Counts,
    IReadOnlyList<Criterion> Filter,
    string Unit,
    IReadOnlyList<FormLine> Rows,
    IReadOnlyList<FormLine> Columns)
{
    /// <summary>The form applies to a report whose period ends on <paramref name="periodEnd"/>.</summary>
    public bool AppliesOn(DateOnly periodEnd) => periodEnd >= EffectiveFrom && (EffectiveTo is null || periodEnd <= EffectiveTo);

    public bool Includes(StatisticsFact fact) => fact.Kind == Counts && Filter.All(c => c.IsMetBy(fact));
}

/// <summary>
/// One record a form may count — a movement, an award, a TĐKT unit or staff member — with its classifications as
/// dimension codes and a label for the drill-down. <see cref="Personal"/> marks a fact about a person, whose label the
/// report shows only to callers who may read that person's personal data.
/// </summary>
public sealed record StatisticsFact(FactKind Kind, Guid Id, string Label, IReadOnlyDictionary<string, string> Dimensions, bool Personal = false);

/// <summary>A computed cell: the facts counted in it.</summary>
public sealed record FormCell(string Row, string Column, IReadOnlyList<StatisticsFact> Facts)
{
    public int Count => Facts.Count;
}

/// <summary>Computes a form over facts; generic over the definition (no form-specific code).</summary>
public static class FormComputation
{
    public static IReadOnlyList<FormCell> Compute(StatisticsFormDefinition form, IEnumerable<StatisticsFact> facts)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(facts);
        var counted = facts.Where(form.Includes).ToList();
        var cells = new List<FormCell>();
        foreach (var row in form.Rows.Where(r => !r.Heading))
        {
            foreach (var column in form.Columns.Where(c => !c.Heading))
            {
                cells.Add(new FormCell(row.Code, column.Code, counted.Where(f => row.Counts(f) && column.Counts(f)).ToList()));
            }
        }

        return cells;
    }
}
