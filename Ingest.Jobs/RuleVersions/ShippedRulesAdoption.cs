using System.Globalization;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Migrations;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Loading;

namespace DashboardKpi.Ingest.Jobs.RuleVersions;

/// <summary>
/// What a start does with the shipped rule file. A fresh database publishes it from its own effective-from, so there
/// is always a rule set in force. A database that already has published versions gets a newer shipped file once, as
/// a draft numbered after its newest version (author "system", audited), never published by itself: an admin reviews
/// the change notes and the what-if, then publishes it from a period of their choice. The migration lock serialises
/// nodes starting together; the ShippedRuleFile key makes a second store a no-op even without it.
/// </summary>
public sealed class ShippedRulesAdoption(
    ShippedRuleFile shipped,
    RuleSetRepository versions,
    ShippedRuleFileRepository markers,
    AuditLogRepository auditLog,
    DbConnectionFactory connections)
{
    public const string SystemAuthor = "system";

    /// <summary>What a start did with the shipped file.</summary>
    public enum Outcome
    {
        /// <summary>Fresh database: stored and published.</summary>
        Published,

        /// <summary>Newer than every published version: stored as a draft for an admin to publish.</summary>
        Drafted,

        /// <summary>Stored before (or its text is that of a stored version): nothing to do.</summary>
        AlreadyStored,

        /// <summary>Not newer than the newest published version: not offered.</summary>
        NotNewer,
    }

    public async Task<Outcome> AdoptAsync(DateTimeOffset now, CancellationToken ct)
    {
        var text = shipped.Text;
        var read = RuleSetReader.Read(text);
        var rules = read.RuleSet ?? throw new InvalidOperationException(
            "The shipped rule file does not validate: " + string.Join("; ", read.Errors.Select(e => e.Path + " " + e.Code)));
        if (rules.Id != ActiveRules.RuleSetId)
        {
            throw new InvalidOperationException($"The shipped rule file is rule set '{rules.Id}', not '{ActiveRules.RuleSetId}'.");
        }

        var sha256 = Sha256Hex.Of(text);
        await using var startLock = await MigrationLock.AcquireAsync(connections, connections.Options.MigrationLockTimeout, ct).ConfigureAwait(false);
        if (await markers.IsStoredAsync(sha256, ct).ConfigureAwait(false))
        {
            return Outcome.AlreadyStored;
        }

        var stored = await versions.ListAsync(ActiveRules.RuleSetId, ct).ConfigureAwait(false);
        if (stored.Count == 0)
        {
            var fresh = new NewRuleSetVersion
            {
                RuleSetId = rules.Id,
                Version = rules.Version,
                JsonText = text,
                EffectiveFrom = rules.EffectiveFrom,
                Author = SystemAuthor,
                CreatedAt = now,
            };
            return await markers.StoreAsync(fresh, sha256, rules.Version, SystemAuthor, null, auditLog, ct).ConfigureAwait(false)
                ? Outcome.Published
                : Outcome.AlreadyStored;
        }

        // A database seeded before shipped files were recorded holds the text as a version already.
        if (stored.FirstOrDefault(v => v.Sha256 == sha256) is { } same)
        {
            await markers.RecordAsync(sha256, rules.Id, rules.Version, same.Version, now, ct).ConfigureAwait(false);
            return Outcome.AlreadyStored;
        }

        var newestPublished = stored.Where(v => v.Status != RuleSetStatus.Draft).Select(v => v.Version).DefaultIfEmpty(0).Max();
        if (rules.Version <= newestPublished)
        {
            return Outcome.NotNewer;
        }

        // Numbered after every stored version (an analyst's own drafts included); the text says the same number.
        var number = stored.Max(v => v.Version) + 1;
        var draftText = number == rules.Version ? text : RuleVersionService.WithVersion(text, number);
        var draft = new NewRuleSetVersion
        {
            RuleSetId = rules.Id,
            Version = number,
            JsonText = draftText,
            EffectiveFrom = rules.EffectiveFrom,
            Author = SystemAuthor,
            CreatedAt = now,
        };
        var audit = new AuditEntry
        {
            At = now,
            UserName = SystemAuthor,
            Action = "ruleset.draft.create",
            Subject = string.Create(CultureInfo.InvariantCulture, $"ruleset:{rules.Id}:v{number}"),
            AfterSha256 = Sha256Hex.Of(draftText),
            DetailJson = JsonSerializer.Serialize(new { origin = "shipped", fileVersion = rules.Version, effectiveFrom = draft.EffectiveFrom }),
        };
        return await markers.StoreAsync(draft, sha256, rules.Version, null, audit, auditLog, ct).ConfigureAwait(false)
            ? Outcome.Drafted
            : Outcome.AlreadyStored;
    }
}
