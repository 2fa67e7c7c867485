using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Exceptions;

/// <summary>
/// The addressed resource does not exist (HTTP 404). Its code is one of <see cref="NotFoundErrors"/> (ADR 0018), its
/// message in Vietnamese and English (ADR 0019).
/// </summary>
public sealed class NotFoundException : Exception
{
    /// <summary>Vietnamese names of the resources addressed by id (ADR 0019).</summary>
    private static readonly Dictionary<string, string> VietnameseNames = new(StringComparer.Ordinal)
    {
        ["Campaign"] = "Phong trào thi đua",
        ["Cluster"] = "Cụm, khối thi đua",
        ["Unit"] = "Đơn vị",
        ["Person"] = "Cá nhân",
        ["Covenant"] = "Giao ước thi đua",
        ["Award"] = "Khen thưởng",
        ["Nomination"] = "Hồ sơ đề nghị khen thưởng",
        ["Document"] = "Văn bản",
    };

    public NotFoundException(string resource, object key)
        : this(NotFoundErrors.For(resource).WithMessage(
            $"Không tìm thấy {VietnameseName(resource)} '{key}'.",
            $"{resource} '{key}' was not found."))
    {
    }

    public NotFoundException(DomainError error)
        : base(error.Message)
    {
        Code = error.Code;
        Text = error.Text;
    }

    public string Code { get; }

    /// <summary>The message in Vietnamese and English.</summary>
    public LocalizedText Text { get; }

    /// <summary>The Vietnamese name of a resource, in lower case as it stands inside a sentence ("đơn vị").</summary>
    public static string VietnameseName(string resource) =>
        VietnameseNames.TryGetValue(resource, out var name) ? char.ToLowerInvariant(name[0]) + name[1..] : resource;
}
