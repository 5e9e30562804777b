using System.Text;

namespace DashboardKpi.Ingest.Jobs.ReferenceData;

/// <summary>
/// A minimal RFC 4180 reader for the merger table: commas, quoted fields with doubled quotes, LF or CRLF.
/// The file is small, fixed and checked by a test, so a CSV package would be more weight than help.
/// </summary>
public static class CsvReader
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadWithHeader(string text)
    {
        var records = Parse(text);
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0];
        return records.Skip(1)
            .Where(r => r.Count > 1 || r[0].Length > 0)
            .Select(r => (IReadOnlyDictionary<string, string>)header
                .Select((name, i) => (name, value: i < r.Count ? r[i] : ""))
                .ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal))
            .ToList();
    }

    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { inQuotes = false; }
                else { field.Append(c); }
                continue;
            }

            switch (c)
            {
                case '"': inQuotes = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n': record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; break;
                default: field.Append(c); break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
