using System.Security.Cryptography;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Disputes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Actions;

/// <summary>
/// Files and decides disputes. Accepting stores the corrected figure through the one import pipeline as source
/// "correction" (a new revision; the earlier value stays readable; the period is queued for rescoring), and from then
/// on an upload that disagrees with it is quarantined (<see cref="ValidatedBatch"/>). Every step is audited.
/// </summary>
public sealed class DisputeService(
    DisputeRepository disputes,
    ActionService actions,
    ActiveRules rules,
    CommuneRepository communes,
    IndicatorRepository indicators,
    IndicatorImporter importer,
    TimeProvider clock)
{
    public async Task<Checked<Dispute>> FileAsync(NewDisputeInput input, string userName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await communes.FindAsync(input.CommuneCode, ct).ConfigureAwait(false) is null)
        {
            return ActionError.Of("commune.unknown", input.CommuneCode);
        }

        var (snapshot, error) = await actions.RatedAsync(input.CommuneCode, input.Period, ct).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var criterionCode = InputRules.Clean(input.CriterionCode);
        if (criterionCode is null)
        {
            return ActionError.Of("criterion.missing");
        }

        var ruleSet = await rules.GetForPeriodAsync(snapshot!.Period, ct).ConfigureAwait(false);
        var criterion = ruleSet.FindCriterion(criterionCode);
        if (criterion is null || snapshot.Criteria.All(c => c.CriterionCode != criterionCode))
        {
            return ActionError.Of("criterion.unknown", ActionService.Short(criterionCode), snapshot.Period);
        }

        var check = InputRules.Check("reason", input.Reason, InputRules.ReasonMax, required: true)
            ?? InputRules.Check("value", input.CorrectedValue, InputRules.ValueMax, required: false)
            ?? InputRules.Check("fileName", input.FileName, InputRules.FileNameMax, required: false);
        if (check is not null)
        {
            return check;
        }

        if (input.FileContent is { Length: > InputRules.FileBytes })
        {
            return ActionError.Of("file.tooLarge", InputRules.FileBytes / 1024 / 1024);
        }

        var corrected = InputRules.Clean(input.CorrectedValue);
        if (corrected is not null && await CheckValueAsync(input.CommuneCode, snapshot.Period, criterion.Indicator.Code, corrected, ct).ConfigureAwait(false) is { } bad)
        {
            return bad;
        }

        var open = await disputes.ListAsync(input.CommuneCode, DisputeStatus.Open, ct).ConfigureAwait(false);
        if (open.Any(d => d.Period == snapshot.Period && d.CriterionCode == criterionCode))
        {
            return ActionError.Of("dispute.alreadyOpen", criterionCode, snapshot.Period);
        }

        var file = input.FileContent is { Length: > 0 } ? input.FileContent : null;
        var dispute = new Dispute
        {
            CommuneCode = input.CommuneCode,
            Period = snapshot.Period,
            CriterionCode = criterionCode,
            IndicatorCode = criterion.Indicator.Code,
            Reason = InputRules.Clean(input.Reason)!,
            CorrectedValue = corrected,
            FileName = file is null ? null : SafeFileName(input.FileName),
            FileSha256 = file is null ? null : Convert.ToHexStringLower(SHA256.HashData(file)),
            Status = DisputeStatus.Open,
            FiledBy = userName,
            FiledAt = clock.GetUtcNow(),
        };
        var id = await disputes.InsertAsync(dispute, file, new AuditEntry
        {
            At = dispute.FiledAt,
            UserName = userName,
            Action = "dispute.file",
            Subject = "",
            AfterSha256 = dispute.FileSha256,
            DetailJson = JsonSerializer.Serialize(new { dispute.CommuneCode, dispute.Period, dispute.CriterionCode, dispute.IndicatorCode, dispute.CorrectedValue, dispute.FileName, fileBytes = file?.Length }),
        }, ct).ConfigureAwait(false);
        return dispute with { Id = id };
    }

    public async Task<Checked<Dispute>> DecideAsync(long id, DisputeDecision decision, string userName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var dispute = await disputes.FindAsync(id, ct).ConfigureAwait(false);
        if (dispute is null)
        {
            return ActionError.Of("dispute.unknown", id);
        }

        if (dispute.Status != DisputeStatus.Open)
        {
            return ActionError.Of("dispute.decided", id);
        }

        var check = InputRules.Check("reason", decision.Reason, InputRules.ReasonMax, required: !decision.Accept)
            ?? InputRules.Check("value", decision.CorrectedValue, InputRules.ValueMax, required: false);
        if (check is not null)
        {
            return check;
        }

        var value = InputRules.Clean(decision.CorrectedValue) ?? dispute.CorrectedValue;
        if (!decision.Accept)
        {
            var rejected = Decided(dispute, decision, null, null, userName);
            return await disputes.DecideAsync(rejected, Audit(rejected, null), ct).ConfigureAwait(false) ? rejected : ActionError.Of("dispute.decided", id);
        }

        if (value is null)
        {
            return ActionError.Of("value.missingToAccept");
        }

        if (await CheckValueAsync(dispute.CommuneCode, dispute.Period, dispute.IndicatorCode, value, ct).ConfigureAwait(false) is { } bad)
        {
            return bad;
        }

        // The corrected value and the decision land in one transaction: if either fails, the dispute stays open and no
        // correction is stored.
        var before = await CurrentValueTextAsync(dispute, ct).ConfigureAwait(false);
        Dispute? accepted = null;
        var summary = await importer.ImportCorrectionAsync(
            new RawRow(1, dispute.CommuneCode, dispute.Period.ToString(), dispute.IndicatorCode, value, $"dispute {dispute.Id}: {value}"),
            CommuneInputs.CorrectionSource, "dispute-" + dispute.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), userName,
            async (transaction, runId, token) =>
            {
                var decided = Decided(dispute, decision, value, runId, userName);
                var written = await disputes.DecideAsync(transaction, decided, Audit(decided, before), token).ConfigureAwait(false);
                accepted = written ? decided : null;
                return written;
            },
            ct).ConfigureAwait(false);
        if (accepted is not null)
        {
            return accepted;
        }

        var now = await disputes.FindAsync(id, ct).ConfigureAwait(false);
        return now is { Status: not DisputeStatus.Open }
            ? ActionError.Of("dispute.decided", id)
            : new ActionError("correction.failed", [], summary.MessageVi, summary.MessageEn);
    }

    private Dispute Decided(Dispute dispute, DisputeDecision decision, string? value, long? runId, string userName) => dispute with
    {
        Status = decision.Accept ? DisputeStatus.Accepted : DisputeStatus.Rejected,
        DecidedBy = userName,
        DecidedAt = clock.GetUtcNow(),
        DecisionReason = InputRules.Clean(decision.Reason),
        AcceptedValue = value,
        CorrectionRunId = runId,
    };

    private static AuditEntry Audit(Dispute decided, string? before) => new()
    {
        At = decided.DecidedAt!.Value,
        UserName = decided.DecidedBy!,
        Action = decided.Status == DisputeStatus.Accepted ? "dispute.accept" : "dispute.reject",
        Subject = "",
        DetailJson = JsonSerializer.Serialize(new { reason = decided.DecisionReason, value = decided.AcceptedValue, before, runId = decided.CorrectionRunId }),
    };

    /// <summary>The figure read the way an import reads it; a bad one is refused with the import's own reason.</summary>
    private async Task<ActionError?> CheckValueAsync(string communeCode, Period period, string indicatorCode, string value, CancellationToken ct)
    {
        var validator = new IndicatorRowValidator(
            await rules.GetLatestAsync(ct).ConfigureAwait(false),
            await CommuneDirectory.LoadAsync(communes, ct).ConfigureAwait(false),
            VietnamTime.Today(clock));
        var row = validator.Validate(new RawRow(1, communeCode, period.ToString(), indicatorCode, value, value), CommuneInputs.CorrectionSource);
        return row.Reason is { } reason ? new ActionError("value.invalid", [], reason.MessageVi, reason.MessageEn) : null;
    }

    private async Task<string?> CurrentValueTextAsync(Dispute dispute, CancellationToken ct)
    {
        var values = await indicators.ListForCommuneAsync(dispute.CommuneCode, dispute.Period, dispute.Period, ct).ConfigureAwait(false);
        var current = values.Where(v => v.IndicatorCode == dispute.IndicatorCode).OrderBy(v => v.UpdatedAt).LastOrDefault();
        return current is null ? null : current.Part is not null ? $"{current.Part}/{current.Whole} ({current.Source})" : $"{current.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? current.TaskStatus ?? current.Flag?.ToString()} ({current.Source})";
    }

    private static string SafeFileName(string? name)
    {
        var file = Path.GetFileName(InputRules.Clean(name) ?? "attachment");
        var safe = new string(file.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' ? c : '_').ToArray()).Trim();
        return safe.Length == 0 ? "attachment" : safe;
    }
}
