using System.Text;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>An uploaded rule file as text: UTF-8 (a byte-order mark honoured), bad bytes replaced rather than refused, so the edit page can show every error.</summary>
public static class UploadedRuleFile
{
    public static async Task<string> ReadAsync(IFormFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(ct);
    }
}
