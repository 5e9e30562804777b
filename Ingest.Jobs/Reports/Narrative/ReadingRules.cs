using System.Globalization;
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

    /// <summary>The text of the shipped rules (embedded resource ReportReadingRules.json).</summary>
    public static string ShippedJson { get; } = LoadShippedJson();

    /// <summary>The shipped rules (embedded resource), used when no edited version is stored.</summary>
    public static ReadingRules Shipped { get; } = Parse(ShippedJson);

    private static string LoadShippedJson()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReportReadingRules.json")
            ?? throw new InvalidOperationException("ReportReadingRules.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads and validates without throwing: the rules, or every problem, each starting with its JSON path.</summary>
    public static (ReadingRules? Rules, IReadOnlyList<ReadingRuleProblem> Problems) Check(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, [new("$", "Tệp trống.", "The document is empty.")]);
        }

        ReadingRules? rules;
        try
        {
            rules = JsonSerializer.Deserialize<ReadingRules>(json, _json);
        }
        catch (JsonException exception)
        {
            return (null, [new(exception.Path ?? "$", "JSON không hợp lệ: " + exception.Message, "Not valid JSON: " + exception.Message)]);
        }

        var problems = Validate(rules);
        return problems.Count == 0 ? (rules, []) : (null, problems);
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
        return problems.Count == 0 ? rules! : throw new FormatException("Reading rules are invalid: " + string.Join("; ", problems.Select(p => p.Path + ": " + p.MessageEn)));
    }

    private static List<ReadingRuleProblem> Validate(ReadingRules? rules)
    {
        if (rules is null)
        {
            return [new("$", "Tệp trống.", "The document is empty.")];
        }

        var problems = new List<ReadingRuleProblem>();
        if (rules.Indicators is null || rules.Indicators.Count == 0)
        {
            return [new("$.indicators", "Cần ít nhất một chỉ tiêu.", "At least one indicator is needed.")];
        }

        foreach (var duplicate in rules.Indicators.GroupBy(i => i.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new("$.indicators", $"{duplicate.Key} được khai báo hai lần.", $"{duplicate.Key} is listed twice."));
        }

        for (var i = 0; i < rules.Indicators.Count; i++)
        {
            var indicator = rules.Indicators[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"$.indicators[{i}]");
            if (string.IsNullOrWhiteSpace(indicator.Code))
            {
                problems.Add(new(at + ".code", "Chỉ tiêu cần có mã.", "An indicator needs a code."));
            }

            if (indicator.Tasks.Count == 0 || indicator.Tasks.Any(t => TaskNumbering.Parse(t) is null))
            {
                problems.Add(new(at + ".tasks", $"{indicator.Code}: nhiệm vụ phải là C1..C8 hoặc S1..S21.", $"{indicator.Code}: tasks must be C1..C8 or S1..S21."));
            }

            var needsPatterns = indicator.Shape is ValueShape.Count or ValueShape.Percentage or ValueShape.Ratio;
            if (needsPatterns && indicator.Patterns.Count == 0)
            {
                problems.Add(new(at + ".patterns", $"{indicator.Code}: dạng {indicator.Shape} cần ít nhất một mẫu (pattern).", $"{indicator.Code}: a {indicator.Shape} needs at least one pattern."));
            }

            if (indicator.Shape == ValueShape.YesNo && !indicator.FromStatus && indicator.Any.Count == 0)
            {
                problems.Add(new(at + ".any", $"{indicator.Code}: dạng yesNo cần cụm từ \"any\" hoặc \"fromStatus\".", $"{indicator.Code}: a yesNo needs \"any\" phrases or \"fromStatus\"."));
            }

            for (var p = 0; p < indicator.Patterns.Count; p++)
            {
                if (indicator.Shape == ValueShape.Count && indicator.Patterns[p].Unit.Count == 0)
                {
                    problems.Add(new(string.Create(CultureInfo.InvariantCulture, $"{at}.patterns[{p}].unit"), $"{indicator.Code}: mẫu đếm cần có đơn vị (unit).", $"{indicator.Code}: a count pattern needs a unit."));
                }
            }
        }

        return problems;
    }
}

/// <summary>One problem in a reading rules file: its JSON path and the message in Vietnamese and English.</summary>
public sealed record ReadingRuleProblem(string Path, string MessageVi, string MessageEn);

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
