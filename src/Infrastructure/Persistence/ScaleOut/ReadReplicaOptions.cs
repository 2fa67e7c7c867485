namespace ThiDua.Infrastructure.Persistence.ScaleOut;

/// <summary>
/// Reads from a streaming replica (ADR 0031). <c>ConnectionStrings:ThiDuaReads</c> names the hosts reads may use,
/// typically the standby first and the primary after it with <c>Target Session Attributes=prefer-standby</c>, so that
/// reads fall back to the primary when no standby answers. Unset: every request uses the primary.
/// </summary>
public sealed class ReadReplicaOptions
{
    public const string Section = "Database:Replica";
    public const string ConnectionStringName = "ThiDuaReads";

    /// <summary>
    /// How long a read of a client that has written waits for the standby to replay up to the client's last write
    /// before it goes to the primary instead (milliseconds; default 200).
    /// </summary>
    public int WaitMilliseconds { get; set; } = 200;

    /// <summary>How often the standby's replay position is asked while waiting (milliseconds; default 10).</summary>
    public int PollMilliseconds { get; set; } = 10;
}
