using System.Globalization;
using DashboardKpi.Ingest.Jobs.Localization;
using DashboardKpi.Ingest.Jobs.Parsing;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Validation;

/// <summary>
/// Checks one raw value against the communes, the active rule set and common sense, and turns it into a reading
/// to store or a reason to quarantine it. The same checks serve the file drop, the HTTP sources and manual entry.
/// </summary>
public sealed class IndicatorRowValidator(RuleSet rules, CommuneDirectory communes, DateOnly today)
{
    /// <summary>The first period of two-tier local government; nothing earlier is rated.</summary>
    public static readonly Period FirstPeriod = new(2025, 7);

    // The kind's name is ValueKind.* in Resources/IngestText(.en).resx; the examples are values, the same in both languages.
    private static readonly Dictionary<IndicatorKind, (string Key, string Examples)> _kinds = new()
    {
        [IndicatorKind.Ratio] = ("ValueKind.Ratio", "17/40, 85,5%"),
        [IndicatorKind.Count] = ("ValueKind.Count", "1117, 1.117"),
        [IndicatorKind.Percentage] = ("ValueKind.Percentage", "42,5 / 42,5% / 42.5"),
        [IndicatorKind.YesNo] = ("ValueKind.YesNo", "có, không, yes, no"),
        [IndicatorKind.Task] = ("ValueKind.Task", "hoàn thành 15/07/2025, đang thực hiện, chưa thực hiện"),
    };

    public ValidatedRow Validate(RawRow raw, string source)
    {
        if (raw.Problem is not null)
        {
            return Reject(raw, QuarantineReason.Of(raw.Problem));
        }

        var resolution = communes.Resolve(raw.CommuneCode);
        switch (resolution.Status)
        {
            case CodeResolutionStatus.Unknown:
                return Reject(raw, raw.CommuneCode.Length == 0 ? QuarantineReason.Of("commune.missing") : QuarantineReason.Of("commune.unknown", raw.CommuneCode));
            case CodeResolutionStatus.Ambiguous:
                return Reject(raw, QuarantineReason.Of("commune.ambiguousOldCode", raw.CommuneCode, string.Join(", ", communes.CandidatesFor(raw.CommuneCode))));
        }

        if (!PeriodParser.TryParse(raw.Period, out var period))
        {
            return Reject(raw, QuarantineReason.Of("period.invalid", raw.Period));
        }

        // A unit a re-organisation ended (or had not started yet) is not rated for the period: its value would be stored
        // and never used. The sender is told which units were in force instead.
        if (resolution.Code is { } resolved && !communes.IsInForce(resolved, period))
        {
            return Reject(raw, QuarantineReason.Of("commune.notInForce", resolved, period, string.Join(", ", communes.InForceRelatives(resolved))));
        }

        if (period > Period.Of(today))
        {
            return Reject(raw, QuarantineReason.Of("period.future", period));
        }

        if (period < FirstPeriod)
        {
            return Reject(raw, QuarantineReason.Of("period.beforeTwoTier", period));
        }

        var indicator = rules.FindIndicator(raw.IndicatorCode.Trim().ToUpperInvariant());
        if (indicator is null)
        {
            return Reject(raw, QuarantineReason.Of("indicator.unknown", raw.IndicatorCode));
        }

        if (indicator.Share is { } share)
        {
            return Reject(raw, QuarantineReason.Of("indicator.computedShare", indicator.Code, share.Part, share.Whole));
        }

        if (indicator.Accumulate is { } accumulate)
        {
            return Reject(raw, QuarantineReason.Of("indicator.computedAccumulation", indicator.Code, accumulate.Of));
        }

        if (indicator.PerCapita is { } perCapita)
        {
            return Reject(raw, QuarantineReason.Of("indicator.computedPerCapita", indicator.Code, perCapita.Of));
        }

        var value = ValueParser.Parse(indicator.Kind, raw.Value);
        if (value is null)
        {
            var kind = _kinds[indicator.Kind];
            return Reject(raw, QuarantineReason.Of("value.unparsable", raw.Value, IngestText.Both(kind.Key), kind.Examples));
        }

        if (Check(indicator, value, raw.Value) is { } problem)
        {
            return Reject(raw, problem);
        }

        var reading = value.ToReading(resolution.Code!, indicator, period, source);
        var note = resolution.Status == CodeResolutionStatus.Mapped
            ? string.Create(CultureInfo.InvariantCulture, $"old code {raw.CommuneCode} → {resolution.Code}")
            : null;
        return new ValidatedRow(raw, reading, null, note);
    }

    private QuarantineReason? Check(Indicator indicator, ParsedValue value, string raw)
    {
        if (value.Number < 0 || value.Whole < 0)
        {
            return QuarantineReason.Of("value.negative", raw);
        }

        // A ratio reported as a percentage only ("100%") is checked as a percentage: there is no count to check.
        var isPercentageOnly = indicator.Kind == IndicatorKind.Ratio && value.Whole is null;
        switch (indicator.Kind)
        {
            case IndicatorKind.Ratio when isPercentageOnly && value.Number > 100:
                return QuarantineReason.Of("value.percentOutOfRange", raw);
            case IndicatorKind.Ratio when isPercentageOnly:
                break;
            case IndicatorKind.Ratio when value.Whole <= 0:
                return QuarantineReason.Of("value.wholeNotPositive", raw);
            case IndicatorKind.Ratio when value.Number > value.Whole:
                return QuarantineReason.Of("value.partExceedsWhole", raw);
            case IndicatorKind.Ratio or IndicatorKind.Count when value.Number != decimal.Truncate(value.Number!.Value) || (value.Whole is { } whole && whole != decimal.Truncate(whole)):
                return QuarantineReason.Of("value.notWhole", raw);
            case IndicatorKind.Percentage when value.Number > 100:
                return QuarantineReason.Of("value.percentOutOfRange", raw);
            case IndicatorKind.Task when value.Task == TaskProgress.Done && value.CompletedOn is null:
                return QuarantineReason.Of("value.taskDateMissing");
            case IndicatorKind.Task when value.CompletedOn > today:
                return QuarantineReason.Of("value.taskDateFuture", value.CompletedOn.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        }

        var magnitude = indicator.Kind == IndicatorKind.Ratio ? value.Whole : value.Number;
        return indicator.SaneMax is { } max && magnitude > max
            ? QuarantineReason.Of("value.aboveSaneMax", raw, max.ToString(CultureInfo.InvariantCulture))
            : null;
    }

    private static ValidatedRow Reject(RawRow raw, QuarantineReason reason) => new(raw, null, reason);
}
