using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>
/// Reads rule-file text into a validated <see cref="RuleSet"/>. Never throws for a bad file: every problem
/// comes back as a <see cref="RuleSetError"/> with its JSON path, code and vi/en message.
/// </summary>
public static class RuleSetReader
{
    private static readonly JsonSerializerOptions _options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly RuleSetValidator _validator = new();

    public static RuleSetReadResult Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var reader = new StreamReader(utf8Json, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader.ReadToEnd());
    }

    public static RuleSetReadResult Read(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Failed(ErrorMessages.Create("$", "json.empty"));
        }

        RuleSetDocument? document;
        string sha256;
        try
        {
            using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            sha256 = CanonicalJson.Sha256(parsed.RootElement);
            document = parsed.RootElement.Deserialize<RuleSetDocument>(_options);
        }
        catch (JsonException exception)
        {
            return Failed(ErrorMessages.Create(exception.Path ?? "$", "json.malformed",
                (exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1, FirstSentence(exception.Message)));
        }

        if (document is null)
        {
            return Failed(ErrorMessages.Create("$", "json.empty"));
        }

        var result = _validator.Validate(document);
        if (!result.IsValid)
        {
            var errors = result.Errors
                .Select(f => ErrorMessages.Create(JsonPath.FromPropertyPath(f.PropertyName), f.ErrorCode, (object?[]?)f.CustomState ?? []))
                .Distinct()
                .ToList();
            return new RuleSetReadResult(null, errors);
        }

        return new RuleSetReadResult(RuleSetMapper.Map(document, sha256), []);
    }

    private static RuleSetReadResult Failed(RuleSetError error) => new(null, [error]);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
