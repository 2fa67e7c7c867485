using ThiDua.Domain.Common;

namespace ThiDua.Api.ErrorHandling;

/// <summary>
/// An endpoint refuses a request with a catalogued <see cref="ApiError"/> of the API layer (e.g. 413
/// <c>document.file_too_large</c>), optionally with a more specific message in both languages.
/// </summary>
public sealed class ApiProblemException(ApiError error, LocalizedText? text = null) : Exception(error?.Message)
{
    public ApiError Error { get; } = error ?? throw new ArgumentNullException(nameof(error));

    public LocalizedText Text { get; } = text ?? error.Text;
}
