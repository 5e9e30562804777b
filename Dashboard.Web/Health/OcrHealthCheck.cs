using DashboardKpi.Ingest.Jobs.Reports.Ocr;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DashboardKpi.Dashboard.Web.Health;

/// <summary>Readiness: the OCR tools are installed ("Degraded" without them: only scanned reports are refused).</summary>
public sealed class OcrHealthCheck(OcrTools tools) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var ocr = await tools.CheckAsync(cancellationToken);
        var data = new Dictionary<string, object> { ["available"] = ocr.Available };
        if (ocr.Version is not null)
        {
            data["version"] = ocr.Version;
        }

        if (!ocr.Available)
        {
            data["reasonVi"] = ocr.ReasonVi ?? "";
        }

        return ocr.Available
            ? HealthCheckResult.Healthy("OCR available: " + ocr.Version + ", language " + tools.Options.Language, data)
            : HealthCheckResult.Degraded("OCR unavailable: " + ocr.ReasonEn, data: data);
    }
}
