namespace DashboardKpi.Ingest.Jobs.Migrations;

/// <summary>One shipped script: its file name (also its journal entry) and its text.</summary>
public sealed record MigrationScript(string Name, string Text);
