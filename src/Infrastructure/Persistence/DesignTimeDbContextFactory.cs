using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence;

/// <summary>Used by <c>dotnet ef</c> only: builds the context without the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ThiDuaDbContext>
{
    public ThiDuaDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__ThiDua")
            ?? "Host=127.0.0.1;Port=5432;Database=thidua;Username=thidua;Password=thidua";
        var options = new DbContextOptionsBuilder<ThiDuaDbContext>();
        DependencyInjection.ConfigureDbContext(options, connectionString);
        return new ThiDuaDbContext(options.Options, new NoPublisher(), new DesignTimeUser(), TimeProvider.System);
    }

    private sealed class NoPublisher : IPublisher
    {
        public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification => ValueTask.CompletedTask;

        public ValueTask Publish(object notification, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }

    private sealed class DesignTimeUser : ICurrentUser
    {
        public string Subject => "design-time";

        public string? DisplayName => null;

        public UnitId? UnitId => null;

        public bool IsInRole(string role) => false;
    }
}
