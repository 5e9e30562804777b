namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>The import pipeline, rescore and reproduction of <see cref="RescoreAndReproduceTests"/>, on the SQLite default.</summary>
public sealed class SqliteRescoreAndReproduceTests : RescoreAndReproduceTests;
