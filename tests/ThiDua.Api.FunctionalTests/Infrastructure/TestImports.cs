using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ThiDua.Api.Endpoints.DataImports;
using ThiDua.Application.DataImports;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Arranges many records in one request through the public Excel import (ADR 0033), where a test needs a realistic
/// number of people, units, ratings or past awards but tests something else: one upload, then the job is awaited.
/// </summary>
internal static class TestImports
{
    /// <summary>Uploads <paramref name="workbook"/> as <paramref name="client"/> and waits until the import succeeded.</summary>
    public static async Task<ImportDto> ImportAsync(this HttpClient client, byte[] workbook, CancellationToken cancellationToken)
    {
        var import = await RunImportAsync(client, workbook, cancellationToken);
        import.Status.ShouldBe(ImportStatus.Succeeded, string.Join("; ", import.Errors.Select(e => e.ToString())) + import.Failure);
        return import;
    }

    /// <summary>Uploads <paramref name="workbook"/> as <paramref name="client"/> and waits until the import has succeeded or failed.</summary>
    public static async Task<ImportDto> RunImportAsync(this HttpClient client, byte[] workbook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue(ImportTemplate.ContentType);
        form.Add(file, ImportEndpoints.FileField, "du-lieu.xlsx");
        var started = await client.PostAsync("/api/v1/imports", form, cancellationToken);
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync(cancellationToken));
        var id = (await ReadImportAsync(started, cancellationToken)).Id;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var import = await ReadImportAsync(await client.GetAsync($"/api/v1/imports/{id}", cancellationToken), cancellationToken);
            if (import.Status is ImportStatus.Succeeded or ImportStatus.Failed)
            {
                return import;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, "the import did not finish");
            await Task.Delay(50, cancellationToken);
        }
    }

    private static async Task<ImportDto> ReadImportAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        (await response.Content.ReadFromJsonAsync<ImportDto>(FunctionalTestBase.Json, cancellationToken)).ShouldNotBeNull();
}
