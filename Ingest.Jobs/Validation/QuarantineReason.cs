using DashboardKpi.Ingest.Jobs.Localization;

namespace DashboardKpi.Ingest.Jobs.Validation;

/// <summary>Why a row was quarantined: a stable code and the message in Vietnamese and English.</summary>
public sealed record QuarantineReason(string Code, string MessageVi, string MessageEn)
{
    // The messages are Quarantine.<code> in Resources/IngestText(.en).resx; the codes are stored and stable.
    private static readonly string[] _codes =
    [
        "row.tooFewCells",
        "commune.missing",
        "commune.unknown",
        "commune.ambiguousOldCode",
        "commune.notInForce",
        "period.invalid",
        "period.future",
        "period.beforeTwoTier",
        "indicator.unknown",
        "indicator.computedShare",
        "indicator.computedAccumulation",
        "indicator.computedPerCapita",
        "value.unparsable",
        "value.negative",
        "value.notWhole",
        "value.partExceedsWhole",
        "value.wholeNotPositive",
        "value.percentOutOfRange",
        "value.aboveSaneMax",
        "value.taskDateMissing",
        "value.taskDateFuture",
        "value.corrected",
        "row.duplicate",
    ];

    public static IReadOnlyCollection<string> Codes => _codes;

    public static QuarantineReason Of(string code, params object?[] args)
    {
        if (!_codes.Contains(code))
        {
            throw new KeyNotFoundException("Unknown quarantine reason code " + code);
        }

        var message = IngestText.Both("Quarantine." + code, [.. args.Select(Shorten)]);
        return new QuarantineReason(code, message.Vi, message.En);
    }

    /// <summary>A message quotes what was typed, but never a 100,000-character cell: the raw content keeps it whole.</summary>
    private static object? Shorten(object? arg) => arg is string text && text.Length > 80 ? text[..80] + "…" : arg;
}
