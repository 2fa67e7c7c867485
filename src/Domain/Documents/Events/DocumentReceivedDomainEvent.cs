using ThiDua.Domain.Common;

namespace ThiDua.Domain.Documents.Events;

/// <summary>
/// A document was received and stored (Decree 30/2020/NĐ-CP, Appendix VI asks the receiving system to acknowledge
/// receipt). Not raised when an identical upload returns the document already stored.
/// </summary>
public sealed record DocumentReceivedDomainEvent(DocumentId DocumentId, DateTimeOffset ReceivedAt) : IDomainEvent;
