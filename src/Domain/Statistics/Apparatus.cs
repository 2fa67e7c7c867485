namespace ThiDua.Domain.Statistics;

/// <summary>The level of a TĐKT organisational unit (form 0604).</summary>
public enum ApparatusLevel
{
    /// <summary>At the reporting authority itself (the Sở's TĐKT office or unit).</summary>
    Authority = 1,

    /// <summary>At a unit under the authority (hospital, centre, ...).</summary>
    SubordinateUnit = 2,
}

/// <summary>Chuyên trách (dedicated) or kiêm nhiệm (part-time, alongside other duties).</summary>
public enum Staffing
{
    Dedicated = 1,
    PartTime = 2,
}

/// <summary>Trình độ chuyên môn of a TĐKT civil servant (form 0605).</summary>
public enum EducationLevel
{
    /// <summary>Sau đại học.</summary>
    Postgraduate = 1,

    /// <summary>Đại học.</summary>
    University = 2,

    /// <summary>Cao đẳng.</summary>
    College = 3,

    /// <summary>Trung cấp.</summary>
    Intermediate = 4,

    /// <summary>Trình độ khác.</summary>
    Other = 5,
}

/// <summary>Age bands of form 0605, the age reached in the report year (report year − birth year).</summary>
public enum AgeBand
{
    Under30 = 1,
    From30To39 = 2,
    From40To49 = 3,
    From50To59 = 4,
    From60 = 5,
}

/// <summary>Years in the TĐKT field of form 0605 (report year − first year in the field).</summary>
public enum YearsInFieldBand
{
    Under5 = 1,
    From5To9 = 2,
    From10To19 = 3,
    From20 = 4,
}

/// <summary>The bands of form 0605.</summary>
public static class ApparatusBands
{
    public static AgeBand AgeBandOf(int birthYear, int reportYear) => (reportYear - birthYear) switch
    {
        < 30 => AgeBand.Under30,
        < 40 => AgeBand.From30To39,
        < 50 => AgeBand.From40To49,
        < 60 => AgeBand.From50To59,
        _ => AgeBand.From60,
    };

    public static YearsInFieldBand YearsInFieldOf(int firstYearInField, int reportYear) => (reportYear - firstYearInField) switch
    {
        < 5 => YearsInFieldBand.Under5,
        < 10 => YearsInFieldBand.From5To9,
        < 20 => YearsInFieldBand.From10To19,
        _ => YearsInFieldBand.From20,
    };
}
