namespace DashboardKpi.Ingest.Jobs.Actions;

/// <summary>A dispute as a chair files it: the criterion and period, why, and optionally the right figure and a file.</summary>
public sealed record NewDisputeInput(
    string CommuneCode, string? CriterionCode, string? Period, string? Reason, string? CorrectedValue, string? FileName, byte[]? FileContent);

/// <summary>A decision: accept (the corrected figure, the chair's unless the decider gives one) or reject (with a reason).</summary>
public sealed record DisputeDecision(bool Accept, string? Reason, string? CorrectedValue);
