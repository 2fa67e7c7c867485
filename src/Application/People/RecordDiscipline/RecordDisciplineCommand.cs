using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.RecordDiscipline;

/// <summary>Records a discipline (kỷ luật) or a hold (đang xem xét, điều tra, khiếu nại) with its period and legal basis. Returns the person as the caller sees them.</summary>
public sealed record RecordDisciplineCommand(Guid PersonId, DisciplineKind Kind, DateOnly From, DateOnly? To, string Reason, DocumentInput LegalBasis) : ICommand<PersonDto>;
