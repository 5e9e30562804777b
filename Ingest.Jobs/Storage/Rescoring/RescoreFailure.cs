namespace DashboardKpi.Ingest.Jobs.Storage.Rescoring;

/// <summary>A unit the last rescore of a period could not rate or store, and the error.</summary>
public sealed record RescoreFailure(string CommuneCode, string Error);
