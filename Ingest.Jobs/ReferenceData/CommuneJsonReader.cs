using System.Text;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Storage.Communes;

namespace DashboardKpi.Ingest.Jobs.ReferenceData;

/// <summary>Reads hcmc_units_168.json into <see cref="Commune"/> rows. Numbers are read from their JSON text as decimals, so 15.68 stays 15.68.</summary>
public static class CommuneJsonReader
{
    public static IReadOnlyList<Commune> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(ToCommune).ToList();
    }

    /// <summary>One unit object of the file (also the shape of a unit started by a re-organisation).</summary>
    internal static Commune ToCommune(JsonElement unit) => new()
    {
        Code = Text(unit, "code"),
        Type = Text(unit, "type"),
        TypeVi = Text(unit, "type_vi"),
        Name = Text(unit, "name"),
        FullName = Text(unit, "full_name"),
        FullNameAlt = OptionalText(unit, "full_name_alt"),
        NameEn = Text(unit, "name_en"),
        FullNameEn = Text(unit, "full_name_en"),
        CodeName = Text(unit, "code_name"),
        AreaKm2 = unit.GetProperty("area_km2").GetDecimal(),
        Population = unit.GetProperty("population").GetInt32(),
        LabelLat = unit.GetProperty("label_lat").GetDecimal(),
        LabelLon = unit.GetProperty("label_lon").GetDecimal(),
        AdminCenterVi = OptionalText(unit, "admin_center_vi"),
        DataNote = OptionalText(unit, "data_note"),
    };

    // The source is already NFC; normalising again makes that a guarantee for every name we store.
    private static string Text(JsonElement unit, string name) =>
        (unit.GetProperty(name).GetString() ?? "").Trim().Normalize(NormalizationForm.FormC);

    private static string? OptionalText(JsonElement unit, string name) =>
        unit.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text
            ? text.Trim().Normalize(NormalizationForm.FormC)
            : null;
}
