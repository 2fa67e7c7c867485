using Npgsql;

namespace ThiDua.Infrastructure.Persistence.ScaleOut;

/// <summary>The primary's connection string as the API uses it (ADR 0026 settings applied); connections opened here
/// share the pool of the EF Core context's connections (same string).</summary>
public sealed class PrimaryDatabase(string connectionString)
{
    public string ConnectionString { get; } = connectionString;

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
