using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>
/// The publish form as posted: checked before anything is stored (a malformed period is a 400, a missing
/// confirmation only asks again), then handed to <c>RuleVersionService.PublishAsync</c>.
/// </summary>
public sealed record PublishRequest(bool Confirm, bool RepublishHistory, string? EffectiveFrom)
{
    /// <summary>The period the admin typed, trimmed; null when the draft's own applies.</summary>
    public string? ChosenFrom => string.IsNullOrWhiteSpace(EffectiveFrom) ? null : EffectiveFrom.Trim();

    /// <summary>What happened: published (with the rescoring job), refused by the service (409), or not sent (the message and status).</summary>
    public sealed record Outcome(bool Published, string? JobId, PublishResult? Refused, string? Error, int Status);

    public async Task<Outcome> SendAsync(RuleVersionService versions, int version, string userName, Ui ui, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(ui);
        if (ChosenFrom is { } chosen && !Period.TryParse(chosen, out _))
        {
            return new Outcome(false, null, null, ui.Format("Publish.BadFrom", chosen), StatusCodes.Status400BadRequest);
        }

        if (!Confirm)
        {
            return new Outcome(false, null, null, ui["Publish.ConfirmMissing"], StatusCodes.Status200OK);
        }

        var result = await versions.PublishAsync(version, userName, RepublishHistory, ChosenFrom is null ? null : Period.Parse(ChosenFrom), ct);
        return result.Published ? new Outcome(true, result.RescoreJobId, null, null, StatusCodes.Status200OK) : new Outcome(false, null, result, null, StatusCodes.Status409Conflict);
    }
}
