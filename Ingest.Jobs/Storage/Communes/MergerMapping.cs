namespace DashboardKpi.Ingest.Jobs.Storage.Communes;

/// <summary>One row of the official old→new conversion table: which pre-July-2025 unit went (wholly or partly) into which new unit.</summary>
public sealed record MergerMapping
{
    public long Id { get; init; }
    public required string NewCode { get; init; }

    /// <summary>Null only for Côn Đảo, whose old district had no commune-level units.</summary>
    public string? OldCode { get; init; }

    public required string OldFullName { get; init; }
    public required string OldDistrictCode { get; init; }
    public required string OldDistrictName { get; init; }
    public required string OldProvinceCode { get; init; }
    public required string OldProvinceName { get; init; }

    /// <summary>full / partial / unchanged / whole_district.</summary>
    public required string MergeType { get; init; }

    public required string NoteVi { get; init; }
}
