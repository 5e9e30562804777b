namespace DashboardKpi.Ingest.Jobs.Storage.Indicators;

/// <summary>The natural key of an indicator value: one value per commune, indicator, period ('yyyy-MM') and source.</summary>
public sealed record IndicatorKey(string CommuneCode, string IndicatorCode, string Period, string Source);
