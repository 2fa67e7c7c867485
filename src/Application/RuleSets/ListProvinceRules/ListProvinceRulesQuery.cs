using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.RuleSets.ListProvinceRules;

/// <summary>A province's rule parameters, oldest first (a handful, one page).</summary>
public sealed record ListProvinceRulesQuery(string Province) : IQuery<Page<ProvinceRuleDto>>;

/// <summary>A province's TTLĐTT threshold from a date, with its regulation.</summary>
public sealed record ProvinceRuleDto(Guid Id, string Province, DateOnly EffectiveFrom, decimal AdvancedCollectiveMemberShare, bool Inclusive, Common.Documents.DocumentDto LegalBasis, string Article)
{
    /// <summary>A version that sets the TTLĐTT share, as the first API showed it (ADR 0016).</summary>
    public static ProvinceRuleDto Of(ProvinceParameters r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id.Value, r.Province, r.EffectiveFrom, r.AdvancedCollectiveMemberShare!.Value, r.AdvancedCollectiveShareInclusive, Common.Documents.DocumentDto.From(r.LegalBasis)!, r.AdvancedCollectiveArticle!);
    }
}
