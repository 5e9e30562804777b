namespace DashboardKpi.Ingest.Jobs.Storage.Communes;

/// <summary>One of the 168 commune-level units. Names are the official NFC spellings; the label point lies inside the shape.</summary>
public sealed record Commune
{
    public required string Code { get; init; }

    /// <summary>phuong / xa / dac_khu.</summary>
    public required string Type { get; init; }

    public required string TypeVi { get; init; }
    public required string Name { get; init; }
    public required string FullName { get; init; }

    /// <summary>Old-style tone-mark spelling ("Hoà"), for matching reports that use it; null for most units.</summary>
    public string? FullNameAlt { get; init; }

    public required string NameEn { get; init; }
    public required string FullNameEn { get; init; }
    public required string CodeName { get; init; }

    /// <summary>Official natural area (km²); use it for density, not the polygon area.</summary>
    public decimal AreaKm2 { get; init; }

    /// <summary>Official population at 31/12/2024.</summary>
    public int Population { get; init; }

    public decimal LabelLat { get; init; }
    public decimal LabelLon { get; init; }
    public string? AdminCenterVi { get; init; }

    /// <summary>Says when area or population was corrected from a second source.</summary>
    public string? DataNote { get; init; }
}
