using System.Globalization;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Reports;

namespace DashboardKpi.Ingest.Jobs.Sources;

/// <summary>
/// Turns a city API's JSON response into raw rows through the configured field mapping. Items are numbered from 1
/// so a quarantined value can be found in the response. A response that is not JSON or lacks the items array
/// throws <see cref="ApiResponseFormatException"/>: that is not a transient fault and is not retried.
/// </summary>
public static class ApiResponseMapper
{
    public static IReadOnlyList<RawRow> Map(HttpSourceOptions source, string body)
    {
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            throw new ApiResponseFormatException($"The response is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            var items = Navigate(document.RootElement, source.ItemsPath);
            if (items is not { ValueKind: JsonValueKind.Array } array)
            {
                throw new ApiResponseFormatException($"The response has no array at '{(source.ItemsPath.Length == 0 ? "(root)" : source.ItemsPath)}'.");
            }

            var rows = new List<RawRow>();
            var number = 0;
            foreach (var item in array.EnumerateArray())
            {
                number++;
                var raw = item.GetRawText();
                raw = raw.Length <= 1000 ? raw : raw[..1000] + "…";
                var (commune, period) = (Field(item, source.CommuneField), Field(item, source.PeriodField));
                if (source.IndicatorField is { } indicatorField && source.ValueField is { } valueField)
                {
                    rows.Add(new RawRow(number, commune, period, Field(item, indicatorField), Field(item, valueField), raw));
                    continue;
                }

                foreach (var (code, field) in source.Indicators.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    var value = Field(item, field);
                    if (value.Length > 0)
                    {
                        rows.Add(new RawRow(number, commune, period, code, value, raw));
                    }
                }
            }

            return rows;
        }
    }

    private static JsonElement? Navigate(JsonElement root, string path)
    {
        var current = root;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>A field as text: numbers in invariant form (so 42.5 stays 42.5), booleans as yes/no, missing as empty.</summary>
    private static string Field(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? "",
                JsonValueKind.Number => value.TryGetDecimal(out var number) ? number.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
                JsonValueKind.True => "yes",
                JsonValueKind.False => "no",
                _ => "",
            }
            : "";
}

public sealed class ApiResponseFormatException(string message) : Exception(message);
