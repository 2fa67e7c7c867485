using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.RecordLeave;

/// <summary>Records a leave period (thai sản, ốm đau, đi học, …) with the document it rests on. Returns the person as the caller sees them.</summary>
public sealed record RecordLeaveCommand(Guid PersonId, LeaveKind Kind, DateOnly From, DateOnly? To, DocumentInput Document) : ICommand<PersonDto>;
