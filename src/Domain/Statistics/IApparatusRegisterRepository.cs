using ThiDua.Domain.Units;

namespace ThiDua.Domain.Statistics;

public interface IApparatusRegisterRepository
{
    Task<ApparatusRegister?> FindAsync(UnitId authorityId, int year, CancellationToken cancellationToken);

    void Add(ApparatusRegister apparatusRegister);
}
