using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.UnitTests;

/// <summary>Builds organisation units and documents for tests, on a fixed clock.</summary>
internal static class TestUnits
{
    /// <summary>The fixed "now" of every test.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 8, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Default start of validity of the units built here.</summary>
    public static readonly DateOnly ValidFrom = new(2020, 1, 1);

    /// <summary>Default effective date of the reorganisations applied by <see cref="Inactive"/>.</summary>
    public static readonly DateOnly LeftOn = new(2025, 7, 1);

    public static OrganisationUnit Active(string code, OrganisationUnit? parent = null, DateOnly? validFrom = null) =>
        OrganisationUnit.Create(
            code,
            $"Đơn vị {code}",
            null,
            UnitKind.Hospital,
            parent,
            "Hà Nội",
            validFrom ?? ValidFrom,
            Now);

    /// <summary>A unit that has been merged into a fresh successor, or dissolved, on <see cref="LeftOn"/>.</summary>
    public static OrganisationUnit Inactive(string code, UnitStatus status)
    {
        var unit = Active(code);
        switch (status)
        {
            case UnitStatus.Merged:
                unit.MergeInto(Active($"{code}-NEW"), LeftOn, Doc(), null, Now);
                break;
            case UnitStatus.Dissolved:
                unit.Dissolve(LeftOn, Doc(), null, Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "Only Merged or Dissolved.");
        }

        return unit;
    }

    public static DocumentReference Doc(string number = "45/QĐ-SYT") =>
        DocumentReference.Create(number, new DateOnly(2025, 1, 15), "Sở Y tế");
}
