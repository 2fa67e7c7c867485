using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Infrastructure.Persistence.Events;

namespace ThiDua.Infrastructure.Persistence.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscriptionRecord>
{
    /// <summary>An encrypted secret (<c>enc1.{key id}.{base64url}</c>, about 125 characters) or one stored before encryption.</summary>
    private const int WebhookSecretColumnLength = 256;

    public void Configure(EntityTypeBuilder<WebhookSubscriptionRecord> b)
    {
        b.ToTable("webhook_subscriptions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Url).HasMaxLength(2000).IsRequired();
        b.Property(x => x.EventTypes).IsRequired();
        b.Property(x => x.Secret).HasMaxLength(WebhookSecretColumnLength).IsRequired();
        b.Property(x => x.PreviousSecret).HasMaxLength(WebhookSecretColumnLength);
        b.Property(x => x.CreatedBy).HasMaxLength(200).IsRequired();
        b.HasIndex(x => x.AuthorityUnitId);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDeliveryRecord>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryRecord> b)
    {
        b.ToTable("webhook_deliveries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Status).HasMaxLength(16).IsRequired();
        b.Property(x => x.LastError).HasMaxLength(1000);
        b.HasOne<WebhookSubscriptionRecord>().WithMany().HasForeignKey(x => x.SubscriptionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IntegrationEventRecord>().WithMany().HasForeignKey(x => x.EventSequence).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SubscriptionId, x.EventSequence }).IsUnique();

        // The worker's claim: due pending deliveries, oldest first.
        b.HasIndex(x => x.NextAttemptAt).HasFilter("status = 'pending'");
    }
}

internal sealed class WebhookDeliveryAttemptConfiguration : IEntityTypeConfiguration<WebhookDeliveryAttemptRecord>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryAttemptRecord> b)
    {
        b.ToTable("webhook_delivery_attempts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).UseIdentityAlwaysColumn();
        b.Property(x => x.Error).HasMaxLength(1000);
        b.HasOne<WebhookDeliveryRecord>().WithMany().HasForeignKey(x => x.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DeliveryId, x.Attempt });
    }
}
