using System.Text;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>Turns FluentValidation's property paths ("Criteria[3].Threshold.Yellow") into JSON paths ("$.criteria[3].threshold.yellow").</summary>
internal static class JsonPath
{
    public static string FromPropertyPath(string propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return "$";
        }

        var builder = new StringBuilder("$");
        foreach (var segment in propertyPath.Split('.'))
        {
            builder.Append('.');
            builder.Append(char.ToLowerInvariant(segment[0])).Append(segment, 1, segment.Length - 1);
        }

        return builder.ToString();
    }
}
