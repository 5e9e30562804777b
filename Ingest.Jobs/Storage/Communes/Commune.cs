using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Communes;

/// <summary>
/// A commune-level unit: one of the 168 of 1 July 2025, or one started by a later re-organisation (<see cref="UnitChange"/>).
/// Names are the official NFC spellings; the label point lies inside the shape.
/// </summary>
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

    /// <summary>The first period the unit is in force 2025-07 for the 168, else the period of the change that started it.</summary>
    public Period ValidFrom { get; init; } = CommuneRepository.MergerEffective;

    /// <summary>The first period a later change put other units in its place; null while it is in force.</summary>
    public Period? SucceededFrom { get; init; }

    /// <summary>The last period the unit is in force; null while it is in force.</summary>
    public Period? ValidTo => SucceededFrom?.AddMonths(-1);

    /// <summary>
    /// Whether the unit is rated and listed for <paramref name="period"/>. The 168 units of the 2025 merger also stand for
    /// earlier periods: the database holds no older units, reports under pre-merger codes are mapped onto them.
    /// </summary>
    public bool IsInForce(Period period) =>
        (ValidFrom <= CommuneRepository.MergerEffective || ValidFrom <= period)
        && (SucceededFrom is not { } succeeded || period < succeeded);
}
