using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Nominations.ReturnNomination;

/// <summary>The receiving authority returns a submitted dossier for completion (trả lại), with its reason.</summary>
public sealed record ReturnNominationCommand(Guid NominationId, string Reason, uint? ExpectedVersion) : ICommand<NominationDto>, IVersionedCommand;
