using System.Text;
using System.Text.Json;

namespace DashboardKpi.Ingest.Jobs.ReferenceData;

/// <summary>
/// Reads hcmc_unit_changes.json: an array of re-organisations, each
/// <c>{ "effective": "yyyy-MM", "basis": "…", "ended": ["code", …], "started": [unit, …] }</c>, where a started unit is
/// written like a unit of hcmc_units_168.json. docs/ingest.md, "Recording a re-organisation", shows an example.
/// </summary>
public static class UnitChangesJsonReader
{
    public static IReadOnlyList<Reorganisation> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(ToReorganisation).ToList();
    }

    private static Reorganisation ToReorganisation(JsonElement change) => new(
        Text(change, "effective"),
        change.TryGetProperty("basis", out var basis) && basis.GetString() is { Length: > 0 } text ? text.Trim().Normalize(NormalizationForm.FormC) : null,
        change.GetProperty("ended").EnumerateArray().Select(code => (code.GetString() ?? "").Trim()).ToList(),
        change.GetProperty("started").EnumerateArray().Select(CommuneJsonReader.ToCommune).ToList());

    private static string Text(JsonElement element, string name) => (element.GetProperty(name).GetString() ?? "").Trim();
}
