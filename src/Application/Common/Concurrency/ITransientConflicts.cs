namespace ThiDua.Application.Common.Concurrency;

/// <summary>
/// Recognises a deadlock or a serialisation failure of the database (PostgreSQL 40P01 / 40001), and clears what the
/// failed attempt left in the unit of work, so that the command can run again from the start (implemented in
/// Infrastructure).
/// </summary>
public interface ITransientConflicts
{
    bool IsTransient(Exception exception);

    void Reset();
}
