using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;

namespace DashboardKpi.Ingest.Jobs.Validation;

/// <summary>The outcome of validating one raw value: a reading to store (with a note when an old code was mapped) or a quarantine reason.</summary>
public sealed record ValidatedRow(RawRow Raw, IndicatorReading? Reading, QuarantineReason? Reason, string? Note = null)
{
    public bool IsValid => Reading is not null;
}
