using Mediator;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Idempotency;
using ThiDua.Application.Events;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Common;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Documents;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Statistics;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence.Audit;
using ThiDua.Infrastructure.Persistence.Configurations;
using ThiDua.Infrastructure.Persistence.Documents;
using ThiDua.Infrastructure.Persistence.Events;
using ThiDua.Infrastructure.Persistence.Idempotency;

namespace ThiDua.Infrastructure.Persistence;

/// <summary>
/// The EF Core context, and the unit of work: <see cref="CommitAsync(CancellationToken)"/> dispatches
/// domain events (their handlers may change more aggregates), appends audit entries, and saves everything in one
/// transaction, translating concurrency and uniqueness conflicts into 409 errors with stable codes.
/// </summary>
public sealed class ThiDuaDbContext(
    DbContextOptions<ThiDuaDbContext> options,
    IPublisher publisher,
    ICurrentUser currentUser,
    TimeProvider clock,
    HistoryAuditMark? history = null,
    IdempotentRequest? idempotency = null,
    Queries.CommandScope? commandScope = null) : DbContext(options), IUnitOfWork, IReadAfterWrite
{
    public const string Schema = "thidua";

    /// <summary>The table in <see cref="Schema"/> where EF Core records the migrations applied.</summary>
    public const string MigrationsHistoryTable = "__EFMigrationsHistory";
    private const int MaxDispatchRounds = 10;
    private readonly List<IntegrationEvent> pendingIntegrationEvents = [];
    private string? operation;

    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();

    public DbSet<EmulationCluster> Clusters => Set<EmulationCluster>();

    public DbSet<Covenant> Covenants => Set<Covenant>();

    public DbSet<CovenantAssessment> CovenantAssessments => Set<CovenantAssessment>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignRegistration> CampaignRegistrations => Set<CampaignRegistration>();

    public DbSet<CampaignReport> CampaignReports => Set<CampaignReport>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<AwardRecord> AwardRecords => Set<AwardRecord>();

    public DbSet<Nomination> Nominations => Set<Nomination>();

    public DbSet<ProvinceParameters> ProvinceParameters => Set<ProvinceParameters>();

    public DbSet<ProvincialAwardType> ProvincialAwardTypes => Set<ProvincialAwardType>();

    public DbSet<ApparatusRegister> ApparatusRegisters => Set<ApparatusRegister>();

    public DbSet<Document> Documents => Set<Document>();

    /// <summary>Documents' bytes, apart from their metadata (ADR 0023); read only to serve a file's content.</summary>
    internal DbSet<StoredDocumentFile> DocumentFiles => Set<StoredDocumentFile>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<IntegrationEventRecord> IntegrationEvents => Set<IntegrationEventRecord>();

    public DbSet<WebhookSubscriptionRecord> WebhookSubscriptions => Set<WebhookSubscriptionRecord>();

    public DbSet<WebhookDeliveryRecord> WebhookDeliveries => Set<WebhookDeliveryRecord>();

    /// <summary>Excel imports (ADR 0033), their files and their errors.</summary>
    public DbSet<DataImports.ImportRecord> Imports => Set<DataImports.ImportRecord>();

    public DbSet<DataImports.ImportFileRecord> ImportFiles => Set<DataImports.ImportFileRecord>();

    public DbSet<DataImports.ImportErrorRecord> ImportErrors => Set<DataImports.ImportErrorRecord>();

    public DbSet<WebhookDeliveryAttemptRecord> WebhookDeliveryAttempts => Set<WebhookDeliveryAttemptRecord>();

    /// <summary>Lower-cases and strips Vietnamese diacritics in SQL (<c>thidua.search_normalize</c>, IMMUTABLE).</summary>
    [DbFunction("search_normalize", Schema)]
    public static string SearchNormalize(string value) =>
        throw new InvalidOperationException("Only for use in LINQ queries translated to SQL.");

    public async Task<IAsyncDisposable> BeginAsync(string operation, CancellationToken cancellationToken)
    {
        this.operation = operation;
        commandScope?.Began(this);
        pendingIntegrationEvents.Clear();
        var transaction = await Database.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);
        if (idempotency is { IsActive: true })
        {
            try
            {
                // The request's Idempotency-Key is claimed in this transaction (ADR 0022).
                await IdempotencyKeys.ClaimAsync(this, idempotency, cancellationToken);
            }
            catch
            {
                await transaction.DisposeAsync();
                throw;
            }
        }

        return transaction;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await WriteAsync(cancellationToken);
        if (Database.CurrentTransaction is { } transaction)
        {
            if (pendingIntegrationEvents.Count > 0)
            {
                // The outbox rows commit with the change, in commit order (ADR 0025).
                await IntegrationEventOutbox.WriteAsync(this, pendingIntegrationEvents, clock.GetUtcNow(), cancellationToken);
                pendingIntegrationEvents.Clear();
            }

            // The key and the command's result commit with the change, or not at all (ADR 0022).
            if (idempotency is { IsActive: true, PendingResult: not null })
            {
                await IdempotencyKeys.RecordAsync(this, idempotency, clock.GetUtcNow(), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            idempotency?.MarkCommitted();
        }
    }

    public async Task<T> ReadAsync<T>(Func<CancellationToken, Task<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A read after write runs inside a command's transaction.");
        }

        await WriteAsync(cancellationToken);
        return await read(cancellationToken)
            ?? throw new InvalidOperationException($"{operation ?? "The command"} could not read back the {typeof(T).Name} it has just written.");
    }

    /// <summary>Dispatches pending domain events, appends audit entries and writes every change, without committing.</summary>
    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        await DispatchDomainEventsAsync(cancellationToken);

        // Changes are detected once for the audit trail, which reads the change tracker three times, and once more by the
        // save: a detection compares every tracked property (a dossier's 200 lines), so reading entries does not repeat it.
        ChangeTracker.DetectChanges();
        AuditEntries.AddRange(WithoutDetectingChanges(() =>
            AuditTrail.Collect(ChangeTracker, operation ?? "unknown", currentUser, clock.GetUtcNow(), history is null ? null : history.For).ToList()));
        try
        {
            await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConflictException(
                ConflictException.Concurrency.WithMessage(
                "Một yêu cầu khác đã thay đổi dữ liệu này cùng lúc. Vui lòng đọc lại và thử lại.",
                "Another request changed this resource at the same time. Read it again and retry."),
                e);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg)
        {
            throw TranslateUniqueViolation(pg, e);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);

        // The unaccent and pg_trgm extensions are created (in schema public) by the InitialCreate migration's SQL:
        // HasPostgresExtension with a schema does not round-trip through the model snapshot (the snapshot drops it).
        foreach (var configuration in EntityConfigurations)
        {
            var entity = configuration.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>));
            ApplyConfiguration.MakeGenericMethod(entity.GenericTypeArguments[0]).Invoke(modelBuilder, [configuration]);
        }
    }

    /// <summary>
    /// Every entity configuration, listed. <c>ApplyConfigurationsFromAssembly</c> would find them, but it resolves the
    /// constructor of every type in the assembly to do so, which loaded the spreadsheet library (OpenXml, 2.4 MB resident)
    /// at start, before any request needs it (issue 13 target 4, ADR 0037). An architecture test checks the list against
    /// the configurations the assembly holds.
    /// </summary>
    public static IReadOnlyList<Type> EntityConfigurationTypes => [.. EntityConfigurations.Select(c => c.GetType())];

    private static readonly object[] EntityConfigurations =
    [
        new OrganisationUnitConfiguration(), new EmulationClusterConfiguration(), new CovenantConfiguration(), new CovenantAssessmentConfiguration(),
        new CampaignConfiguration(), new CampaignRegistrationConfiguration(), new CampaignReportConfiguration(), new PersonConfiguration(),
        new AwardRecordConfiguration(), new NominationConfiguration(), new ProvinceParametersConfiguration(), new ProvincialAwardTypeConfiguration(),
        new DocumentConfiguration(), new StoredDocumentFileConfiguration(), new ApparatusRegisterConfiguration(), new AuditEntryConfiguration(),
        new IdempotencyRecordConfiguration(), new IntegrationEventConfiguration(), new ImportConfiguration(), new ImportFileConfiguration(),
        new ImportErrorConfiguration(), new WebhookSubscriptionConfiguration(), new WebhookDeliveryConfiguration(), new WebhookDeliveryAttemptConfiguration(),
        new Certificates.CertificateConfiguration(), new Certificates.CertificateCounterConfiguration(),
    ];

    private static readonly System.Reflection.MethodInfo ApplyConfiguration = typeof(ModelBuilder).GetMethods()
        .Single(m => m.Name == nameof(ModelBuilder.ApplyConfiguration) && m.GetParameters()[0].ParameterType.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<UnitId>().HaveConversion<UnitIdConverter>();
        configurationBuilder.Properties<ClusterId>().HaveConversion<ClusterIdConverter>();
        configurationBuilder.Properties<CovenantId>().HaveConversion<CovenantIdConverter>();
        configurationBuilder.Properties<CovenantAssessmentId>().HaveConversion<CovenantAssessmentIdConverter>();
        configurationBuilder.Properties<CampaignId>().HaveConversion<CampaignIdConverter>();
        configurationBuilder.Properties<CampaignRegistrationId>().HaveConversion<CampaignRegistrationIdConverter>();
        configurationBuilder.Properties<CampaignReportId>().HaveConversion<CampaignReportIdConverter>();
        configurationBuilder.Properties<PersonId>().HaveConversion<PersonIdConverter>();
        configurationBuilder.Properties<AwardRecordId>().HaveConversion<AwardRecordIdConverter>();
        configurationBuilder.Properties<NominationId>().HaveConversion<NominationIdConverter>();
        configurationBuilder.Properties<ProvinceParametersId>().HaveConversion<ProvinceParametersIdConverter>();
        configurationBuilder.Properties<ProvincialAwardTypeId>().HaveConversion<ProvincialAwardTypeIdConverter>();
        configurationBuilder.Properties<DocumentId>().HaveConversion<DocumentIdConverter>();
        configurationBuilder.Properties<ApparatusRegisterId>().HaveConversion<ApparatusRegisterIdConverter>();
    }

    private static Exception TranslateUniqueViolation(PostgresException pg, DbUpdateException e) => pg.ConstraintName switch
    {
        UniqueConstraints.UnitCode => new DomainRuleViolationException(UnitErrors.CodeTaken),
        UniqueConstraints.UnitAgencyCode => new DomainRuleViolationException(UnitErrors.AgencyCodeTaken),
        UniqueConstraints.ClusterName => new DomainRuleViolationException(ClusterErrors.NameTaken),
        UniqueConstraints.ClusterMemberGrouping => new DomainRuleViolationException(ClusterErrors.UnitInOtherGrouping),
        UniqueConstraints.CovenantClusterYear => new DomainRuleViolationException(CovenantErrors.AlreadyExists),
        UniqueConstraints.CovenantSignatureUnit => new DomainRuleViolationException(CovenantErrors.AlreadySigned),
        UniqueConstraints.PersonCitizenId => new DomainRuleViolationException(PersonErrors.CitizenIdTaken),
        UniqueConstraints.AwardRecipientYear => new DomainRuleViolationException(AwardErrors.Duplicate),
        UniqueConstraints.ProvinceParametersEffectiveDate => new DomainRuleViolationException(RuleSetErrors.OverrideExists),
        UniqueConstraints.ProvincialAwardTypeCode => new DomainRuleViolationException(ProvincialAwardTypeErrors.CodeExists),
        UniqueConstraints.NominationDecisionNumber => new DomainRuleViolationException(NominationErrors.DecisionNumberTaken),
        UniqueConstraints.DocumentIdentity => new DomainRuleViolationException(DocumentErrors.Duplicate),
        UniqueConstraints.CampaignRegistrationUnit => new ConflictException(
            ConflictException.Concurrency.WithMessage("Một yêu cầu khác đã đăng ký cho đơn vị này cùng lúc. Vui lòng đọc lại bản đăng ký và thử lại.", "Another request registered this unit at the same time. Read the registration and retry."), e),
        UniqueConstraints.CampaignReportPeriod => new ConflictException(
            ConflictException.Concurrency.WithMessage("Một yêu cầu khác đã gửi báo cáo này cùng lúc. Vui lòng đọc lại và thử lại.", "Another request submitted this report at the same time. Read it again and retry."), e),
        UniqueConstraints.CovenantAssessmentAssessor => new ConflictException(
            ConflictException.Concurrency.WithMessage("Một yêu cầu khác đã ghi nhận bản chấm điểm này cùng lúc. Vui lòng đọc lại và thử lại.", "Another request recorded this assessment at the same time. Read it again and retry."), e),
        _ => new ConflictException(
            ConflictException.Concurrency.WithMessage(
            "Một yêu cầu khác đã tạo cùng bản ghi này cùng lúc. Vui lòng đọc lại dữ liệu và thử lại.",
            "Another request created the same record at the same time. Read the resource again and retry."),
            e),
    };

    /// <summary>Reads the change tracker as it stands: <c>ChangeTracker.Entries()</c> would first detect changes again.</summary>
    private T WithoutDetectingChanges<T>(Func<T> read)
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return read();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private async Task DispatchDomainEventsAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxDispatchRounds; round++)
        {
            // Aggregate roots are tracked by being added or read, never through a navigation (they refer to each other by
            // id), so finding the ones with events needs no detection of changes.
            var roots = WithoutDetectingChanges(() => ChangeTracker.Entries<IAggregateRoot>()
                .Select(e => e.Entity)
                .Where(r => r.DomainEvents.Count > 0)
                .ToList());
            if (roots.Count == 0)
            {
                return;
            }

            var events = roots.SelectMany(r => r.DomainEvents.Select(e => (Root: r, Event: e))).ToList();
            roots.ForEach(r => r.ClearDomainEvents());
            foreach (var (root, domainEvent) in events)
            {
                try
                {
                    // The object overload dispatches on the runtime type; the generic one would look for IDomainEvent handlers.
                    await publisher.Publish((object)domainEvent, cancellationToken);
                }
                catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                {
                    // An event with several handlers (NominationDecided: awards and certificates, ADR 0027) has its failures
                    // aggregated by the mediator; the first is the command's answer (a 422 stays a 422), and the unit of work
                    // rolls everything back.
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                }

                if (IntegrationEventTranslator.Translate(root, domainEvent) is { } integrationEvent)
                {
                    pendingIntegrationEvents.Add(integrationEvent);
                }
            }
        }

        throw new InvalidOperationException("Domain events kept raising further events; giving up to avoid an endless loop.");
    }
}
