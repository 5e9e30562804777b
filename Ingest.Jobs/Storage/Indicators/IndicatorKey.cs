using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Indicators;

/// <summary>The natural key of an indicator value: one value per commune, indicator, period and source.</summary>
public sealed record IndicatorKey(string CommuneCode, string IndicatorCode, Period Period, string Source);
