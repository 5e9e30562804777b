using System.Text;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Text;

/// <summary>Fills {placeholder}s of a rule-file template in both languages.</summary>
public static class Template
{
    public static LocalizedText Fill(LocalizedText template, IReadOnlyDictionary<string, LocalizedText> values) =>
        new(Fill(template.Vi, values, Language.Vi), Fill(template.En, values, Language.En));

    /// <summary>The names of every {placeholder} in a template, in order of appearance.</summary>
    public static IEnumerable<string> Placeholders(string template)
    {
        var start = -1;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{')
            {
                start = i;
            }
            else if (template[i] == '}' && start >= 0)
            {
                yield return template[(start + 1)..i];
                start = -1;
            }
        }
    }

    private static string Fill(string template, IReadOnlyDictionary<string, LocalizedText> values, Language language)
    {
        var builder = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            builder.Append(values.TryGetValue(name, out var value) ? value.In(language) : template[open..(close + 1)]);
            i = close + 1;
        }

        return builder.ToString();
    }
}
