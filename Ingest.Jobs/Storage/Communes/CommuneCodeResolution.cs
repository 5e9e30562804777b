namespace DashboardKpi.Ingest.Jobs.Storage.Communes;

/// <summary>
/// The answer to "which current unit is this code?". <see cref="Code"/> is set for Current and Mapped;
/// <see cref="Candidates"/> lists the merger rows behind a Mapped or Ambiguous answer.
/// </summary>
public sealed record CommuneCodeResolution(
    string InputCode,
    CodeResolutionStatus Status,
    string? Code,
    IReadOnlyList<MergerMapping> Candidates);
