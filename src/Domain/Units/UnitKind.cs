namespace ThiDua.Domain.Units;

/// <summary>Kind of organisation unit.</summary>
public enum UnitKind
{
    /// <summary>Sở, or another department of a provincial People's Committee.</summary>
    Department = 1,

    /// <summary>Bệnh viện.</summary>
    Hospital = 2,

    /// <summary>Trung tâm (y tế, pháp y, kiểm nghiệm, ...).</summary>
    Centre = 3,

    /// <summary>Chi cục (e.g. Chi cục Dân số – KHHGĐ).</summary>
    SubDepartment = 4,

    /// <summary>Trường (cao đẳng, trung cấp).</summary>
    College = 5,

    /// <summary>Other bodies, e.g. a People's Committee or an emulation council.</summary>
    Other = 6,
}
