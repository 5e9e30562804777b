using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>
/// The reading rules: per indicator, the tasks whose section holds it, the value shape and the phrases near it
/// (ReportReadingRules.json, versioned data of its own, apart from the rating rules). Phrases are stored as written
/// and compared through <see cref="KeyText"/>.
/// </summary>
public sealed record ReadingRules
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public string? Comment { get; init; }
    public IReadOnlyList<string> TargetMarkers { get; init; } = [];
    public IReadOnlyList<string> Negations { get; init; } = [];
    public required IReadOnlyList<IndicatorReading> Indicators { get; init; }

    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The shipped rules (embedded resource).</summary>
    public static ReadingRules Shipped { get; } = LoadShipped();

    private static ReadingRules LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReportReadingRules.json")
            ?? throw new InvalidOperationException("ReportReadingRules.json is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads and validates; throws <see cref="FormatException"/> listing every problem.</summary>
    public static ReadingRules Parse(string json)
    {
        ReadingRules? rules;
        try
        {
            rules = JsonSerializer.Deserialize<ReadingRules>(json, _json);
        }
        catch (JsonException exception)
        {
            throw new FormatException("Reading rules are not valid JSON: " + exception.Message, exception);
        }

        var problems = Validate(rules);
        return problems.Count == 0 ? rules! : throw new FormatException("Reading rules are invalid: " + string.Join("; ", problems));
    }

    private static List<string> Validate(ReadingRules? rules)
    {
        if (rules is null)
        {
            return ["empty document"];
        }

        var problems = new List<string>();
        foreach (var duplicate in rules.Indicators.GroupBy(i => i.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Key} is listed twice");
        }

        foreach (var indicator in rules.Indicators)
        {
            if (indicator.Tasks.Count == 0 || indicator.Tasks.Any(t => TaskNumbering.Parse(t) is null))
            {
                problems.Add($"{indicator.Code}: tasks must be C1..C8 or S1..S21");
            }

            var needsPatterns = indicator.Shape is ValueShape.Count or ValueShape.Percentage or ValueShape.Ratio;
            if (needsPatterns && indicator.Patterns.Count == 0)
            {
                problems.Add($"{indicator.Code}: a {indicator.Shape} needs at least one pattern");
            }

            if (indicator.Shape == ValueShape.YesNo && !indicator.FromStatus && indicator.Any.Count == 0)
            {
                problems.Add($"{indicator.Code}: a yesNo needs \"any\" phrases or \"fromStatus\"");
            }

            if (indicator.Shape == ValueShape.Count && indicator.Patterns.Any(p => p.Unit.Count == 0))
            {
                problems.Add($"{indicator.Code}: a count pattern needs a unit");
            }
        }

        return problems;
    }
}

public enum ValueShape
{
    Ratio,
    Count,
    Percentage,
    YesNo,
    Task,
}

/// <summary>How one indicator is read.</summary>
public sealed record IndicatorReading
{
    public required string Code { get; init; }
    public required IReadOnlyList<string> Tasks { get; init; }
    public required ValueShape Shape { get; init; }

    /// <summary>Ratios: a bare "96,4%" (with a unit after it) is taken when no "x/y" is written.</summary>
    public bool AllowPercent { get; init; }

    public IReadOnlyList<ValuePattern> Patterns { get; init; } = [];

    /// <summary>Yes/no: a clause holding all of these …</summary>
    public IReadOnlyList<string> All { get; init; } = [];

    /// <summary>… and one of these (a negation just before it makes it "no").</summary>
    public IReadOnlyList<string> Any { get; init; } = [];

    /// <summary>Yes/no read from the task's status ("đã thực hiện" yes, "chưa thực hiện" no).</summary>
    public bool FromStatus { get; init; }
}

/// <summary>Lead: phrases before the value in its clause; unit: what follows the number at once.</summary>
public sealed record ValuePattern
{
    public IReadOnlyList<string> Lead { get; init; } = [];
    public IReadOnlyList<string> Unit { get; init; } = [];

    /// <summary>Most key characters between the end of the lead and the value.</summary>
    public int MaxGap { get; init; } = 60;
}
