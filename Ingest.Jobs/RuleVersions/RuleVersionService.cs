using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Localization;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.RuleVersions;

/// <summary>
/// What analysts and admins do with rule-set versions: start a draft (from the version in force or an upload),
/// edit it (a broken draft can be saved, never published), check it (validation and golden cases), compare
/// versions, and publish atomically with an audit entry and a rescoring job. Ratings of periods before the new
/// version's effective-from never change, unless an admin explicitly re-publishes history (audited as such).
/// </summary>
public sealed class RuleVersionService(
    RuleSetRepository repository,
    AuditLogRepository auditLog,
    ActiveRules active,
    RescoreRequests rescores,
    TimeProvider clock)
{
    public Task<IReadOnlyList<RuleSetVersion>> ListAsync(CancellationToken ct) => repository.ListAsync(ActiveRules.RuleSetId, ct);

    public Task<RuleSetVersion?> FindAsync(int version, CancellationToken ct) => repository.FindAsync(ActiveRules.RuleSetId, version, ct);

    /// <summary>A new draft numbered after the newest version, from the given text (or, when null, the newest published version).</summary>
    public async Task<RuleSetVersion> CreateDraftAsync(string? jsonText, string author, CancellationToken ct)
    {
        var versions = await ListAsync(ct).ConfigureAwait(false);
        var number = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1;
        var source = jsonText ?? versions.Where(v => v.Status == RuleSetStatus.Published).MaxBy(v => v.Version)?.JsonText
            ?? throw new InvalidOperationException("There is no published version to start a draft from.");
        var text = WithVersion(source, number);
        var effectiveFrom = ReadEffectiveFrom(text) ?? Period.Of(VietnamTime.Today(clock));
        await repository.InsertDraftAsync(new NewRuleSetVersion
        {
            RuleSetId = ActiveRules.RuleSetId,
            Version = number,
            JsonText = text,
            EffectiveFrom = effectiveFrom,
            Author = author,
            CreatedAt = clock.GetUtcNow(),
        }, ct).ConfigureAwait(false);
        return (await FindAsync(number, ct).ConfigureAwait(false))!;
    }

    /// <summary>Saves a draft's text whatever its state and returns what is wrong with it (empty when valid).</summary>
    public async Task<(bool Saved, IReadOnlyList<RuleSetError> Errors)> SaveDraftAsync(int version, string jsonText, CancellationToken ct)
    {
        var text = WithVersion(jsonText, version);
        var effectiveFrom = ReadEffectiveFrom(text);
        var current = await FindAsync(version, ct).ConfigureAwait(false);
        var saved = current is not null && await repository.UpdateDraftAsync(ActiveRules.RuleSetId, version, text,
            effectiveFrom ?? current.EffectiveFrom, ct).ConfigureAwait(false);
        return (saved, Validate(text).Errors);
    }

    /// <summary>
    /// A draft as the site checks it: the loader (every error with its path), then ScoringRules.schema.json, so a draft
    /// the editors' schema refuses is never valid here either. A schema error at or around a path the loader already
    /// reports is left out: the loader's message is the more specific one.
    /// </summary>
    public static RuleSetReadResult Validate(string jsonText)
    {
        var read = RuleSetReader.Read(jsonText);
        var schemaErrors = RuleFileSchema.Validate(jsonText).Where(s => !read.Errors.Any(r => Overlaps(r.Path, s.Path))).ToList();
        return schemaErrors.Count == 0 ? read : new RuleSetReadResult(null, [.. read.Errors, .. schemaErrors]);
    }

    /// <summary>Same place, or one inside the other below the root ("$.a" and "$.a.b", "$.a" and "$.a[0]").</summary>
    private static bool Overlaps(string a, string b)
    {
        static bool Inside(string inner, string outer) =>
            outer != "$" && inner.Length > outer.Length && inner.StartsWith(outer, StringComparison.Ordinal) && inner[outer.Length] is '.' or '[';
        return a == b || Inside(a, b) || Inside(b, a);
    }

    /// <summary>The draft's golden cases, or nothing when it does not validate.</summary>
    public static IReadOnlyList<GoldenCaseResult> RunCases(string jsonText) =>
        Validate(jsonText).RuleSet is { } rules ? GoldenCaseRunner.Run(rules) : [];

    /// <summary>Criterion-by-criterion differences; null when either version does not validate (shown as text instead).</summary>
    public IReadOnlyList<RuleChange>? Diff(RuleSetVersion before, RuleSetVersion after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var (a, b) = (Validate(before.JsonText).RuleSet, Validate(after.JsonText).RuleSet);
        return a is null || b is null ? null : RuleSetDiff.Compare(a, b);
    }

    /// <summary>
    /// Publishes a valid draft that states the basis of every number (<see cref="PublishRequirements"/>) and whose golden
    /// cases pass, from its effective-from period. An effective-from before the
    /// current month would re-rate published history and needs <paramref name="republishHistory"/> (admins only).
    /// </summary>
    public Task<PublishResult> PublishAsync(int version, string publishedBy, bool republishHistory, CancellationToken ct) =>
        PublishAsync(version, publishedBy, republishHistory, null, ct);

    /// <summary>
    /// Publishes a valid draft whose golden cases pass, in force from <paramref name="effectiveFrom"/> (null: the
    /// draft's own; never earlier than the period its text is written for). Periods before it stay rated by the
    /// versions in force for them; the rescore covers the chosen period through the current month. A period before
    /// the current month re-rates published history and needs <paramref name="republishHistory"/> (admins only,
    /// audited as a re-publication). The text, and so its hash, is published as it is.
    /// </summary>
    public async Task<PublishResult> PublishAsync(int version, string publishedBy, bool republishHistory, Period? effectiveFrom, CancellationToken ct)
    {
        var draft = await FindAsync(version, ct).ConfigureAwait(false);
        if (draft is null || draft.Status != RuleSetStatus.Draft)
        {
            return PublishResult.Refused(IngestText.Both("Publish.NotDraft", version));
        }

        var read = Validate(draft.JsonText);
        if (read.RuleSet is not { } rules)
        {
            var reason = IngestText.Both("Publish.DraftHasErrors");
            return new PublishResult(false, read.Errors, [], reason.Vi, reason.En, null, []);
        }

        var unmet = PublishRequirements.Check(rules);
        if (unmet.Count > 0)
        {
            var reason = IngestText.Both("Publish.BasisMissing");
            return new PublishResult(false, unmet, [], reason.Vi, reason.En, null, []);
        }

        var failing = GoldenCaseRunner.Run(rules).Where(r => !r.Passed).ToList();
        if (failing.Count > 0)
        {
            var reason = IngestText.Both("Publish.CasesFail");
            return new PublishResult(false, [], failing, reason.Vi, reason.En, null, []);
        }

        var now = clock.GetUtcNow();
        var currentMonth = Period.Of(VietnamTime.Today(clock));
        var from = effectiveFrom ?? rules.EffectiveFrom;
        if (from < rules.EffectiveFrom)
        {
            return PublishResult.Refused(IngestText.Both("Publish.BeforeEffectiveFrom", from, rules.EffectiveFrom));
        }

        if (from > currentMonth.AddMonths(MaxMonthsAhead))
        {
            return PublishResult.Refused(IngestText.Both("Publish.TooFarAhead", from, currentMonth.AddMonths(MaxMonthsAhead)));
        }

        if (from < currentMonth && !republishHistory)
        {
            return PublishResult.Refused(IngestText.Both("Publish.NeedsRepublish", from));
        }

        var previous = await active.FindForPeriodAsync(from, ct).ConfigureAwait(false);
        var periods = from <= currentMonth ? from.Through(currentMonth).ToList() : [];

        var audit = new AuditEntry
        {
            At = now,
            UserName = publishedBy,
            Action = republishHistory && from < currentMonth ? "ruleset.republish" : "ruleset.publish",
            Subject = string.Create(CultureInfo.InvariantCulture, $"ruleset:{ActiveRules.RuleSetId}:v{version}"),
            BeforeSha256 = previous?.Version.Sha256,
            AfterSha256 = draft.Sha256,
            DetailJson = JsonSerializer.Serialize(new
            {
                effectiveFrom = from.ToString(),
                draftEffectiveFrom = rules.EffectiveFrom.ToString(),
                previousVersion = previous?.Version.Version,
                periods = periods.Select(p => p.ToString()),
            }),
        };
        if (!await repository.PublishAsync(ActiveRules.RuleSetId, version, publishedBy, now, auditLog, audit, ct, from).ConfigureAwait(false))
        {
            return PublishResult.Refused(IngestText.Both("Publish.ChangedMeanwhile", version));
        }

        var jobId = periods.Count == 0 ? null : await rescores.RequestAsync(periods, RescoreRequester.Publish, ct).ConfigureAwait(false);
        return new PublishResult(true, [], [], null, null, jobId, periods);
    }

    /// <summary>How far ahead of the current month a version may be published to take effect.</summary>
    public const int MaxMonthsAhead = 24;

    /// <summary>Keeps the text's "version" equal to the stored version number, so the two can never disagree.</summary>
    internal static string WithVersion(string jsonText, int version)
    {
        try
        {
            if (JsonNode.Parse(jsonText) is JsonObject node)
            {
                node["version"] = version;
                return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            }
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            // A draft that is not JSON yet (or repeats a key, which JsonObject refuses with an ArgumentException) is
            // saved as typed; validation reports the problem.
        }

        return jsonText;
    }

    private static Period? ReadEffectiveFrom(string jsonText)
    {
        try
        {
            return JsonNode.Parse(jsonText)?["effectiveFrom"]?.GetValue<string>() is { } text && Period.TryParse(text, out var period) ? period : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
