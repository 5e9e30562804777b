using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Localization;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Runs;

namespace DashboardKpi.Ingest.Jobs.Sources;

/// <summary>
/// Pulls one configured city API through a resilient HttpClient (timeouts, retries with back-off, circuit breaker)
/// and imports what it returns through the common pipeline. Transport failures throw, so Hangfire retries the
/// job later; a malformed response is recorded as a failed run with its reason and not retried.
/// </summary>
public sealed class HttpIndicatorSource(IHttpClientFactory clients, IndicatorImporter importer, IngestRunRepository runs, RunLeases leases, TimeProvider clock)
{
    public static string ClientName(string sourceName) => "city-api:" + sourceName;

    public static string SourceId(string sourceName) => "api:" + sourceName;

    public async Task<ImportSummary> PullAsync(HttpSourceOptions source, string triggeredBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var request = new HttpRequestMessage(HttpMethod.Get, source.Url);
        if (!string.IsNullOrEmpty(source.ApiKeyHeader) && !string.IsNullOrEmpty(source.ApiKey))
        {
            request.Headers.TryAddWithoutValidation(source.ApiKeyHeader, source.ApiKey);
        }

        using var response = await clients.CreateClient(ClientName(source.Name)).SendAsync(request, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        try
        {
            var rows = ApiResponseMapper.Map(source, body);
            return await importer.ImportRowsAsync(rows, SourceId(source.Name), source.Url, triggeredBy, ct).ConfigureAwait(false);
        }
        catch (ApiResponseFormatException malformed)
        {
            return await RecordMalformedAsync(source, body, malformed.Message, triggeredBy, ct).ConfigureAwait(false);
        }
    }

    private async Task<ImportSummary> RecordMalformedAsync(HttpSourceOptions source, string body, string reason, string triggeredBy, CancellationToken ct)
    {
        var (vi, en) = IngestText.Both("Import.HttpMalformed", reason);
        var started = clock.GetUtcNow();
        var runId = await runs.StartAsync(new NewIngestRun
        {
            Source = SourceId(source.Name), FileName = source.Url, Sha256 = Sha256Hex.Of(body), TriggeredBy = triggeredBy, StartedAt = started,
            LeaseExpiresAt = leases.FirstExpiry(started),
        }, ct).ConfigureAwait(false);
        await runs.CompleteAsync(runId, new IngestRunCompletion { Status = IngestRunStatus.Failed, FinishedAt = clock.GetUtcNow(), Message = $"{vi} / {en}" }, ct)
            .ConfigureAwait(false);
        return new ImportSummary(runId, SourceId(source.Name), source.Url, IngestRunStatus.Failed, 0, 0, 0, 0, [], vi, en);
    }
}
