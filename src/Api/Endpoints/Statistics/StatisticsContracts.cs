using ThiDua.Api.OpenApi;
using ThiDua.Application.Statistics.DeclareApparatusRegister;

namespace ThiDua.Api.Endpoints.Statistics;

/// <summary>
/// An authority's TĐKT apparatus register for a report year (forms 0604 and 0605): its TĐKT organisational units and
/// its staff doing TĐKT work, anonymously, as they stand on 30/11.
/// </summary>
[ValidatedAs(typeof(DeclareApparatusRegisterCommand))]
public sealed record ApparatusRegisterRequest
{
    /// <summary>TĐKT units: reference, name, <c>level</c> (<c>authority</c>, <c>subordinateUnit</c>), <c>staffing</c> (<c>dedicated</c>, <c>partTime</c>).</summary>
    public IReadOnlyList<ApparatusUnitInput>? Units { get; init; }

    /// <summary>
    /// Staff: reference, <c>gender</c>, <c>birthYear</c>, <c>education</c> (<c>postgraduate</c>, <c>university</c>,
    /// <c>college</c>, <c>intermediate</c>, <c>other</c>), <c>firstYearInField</c>, <c>staffing</c>. No name, citizen id or birth date.
    /// </summary>
    public IReadOnlyList<ApparatusStaffInput>? Staff { get; init; }
}
