namespace DashboardKpi.Ingest.Jobs.Actions;

/// <summary>A new action as typed on the page or sent to the API. Period null: the unit's newest rated period.</summary>
public sealed record NewActionInput(string CommuneCode, string? CriterionCode, string? Period, string? Text, string? Owner, string? DueOn, string? Note);

/// <summary>
/// A change to an action: null fields are left as they are. Status "waitingForData" (done, waiting for data),
/// "open" (back to open) or "cancelled" (analysts and admins, with <see cref="Reason"/>).
/// </summary>
public sealed record ActionChange(string? Text, string? Owner, string? DueOn, string? Note, string? Status, string? Reason);
