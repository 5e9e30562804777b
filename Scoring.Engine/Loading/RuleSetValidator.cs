using System.Text.RegularExpressions;
using FluentValidation;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>Validates a whole rule file: its header, aggregation, texts, and (through child validators) indicators and criteria.</summary>
internal sealed partial class RuleSetValidator : AbstractValidator<RuleSetDocument>
{
    public RuleSetValidator()
    {
        RuleFor(d => d).Custom((document, context) =>
        {
            if (document.Id is null)
            {
                context.Fail("Id", "required");
            }
            else if (!IdPattern().IsMatch(document.Id))
            {
                context.Fail("Id", "code.invalid", document.Id, IdPattern().ToString());
            }

            if (document.Version is null)
            {
                context.Fail("Version", "required");
            }
            else if (document.Version < 1)
            {
                context.Fail("Version", "number.notPositive", document.Version);
            }

            if (!Model.Period.TryParse(document.EffectiveFrom, out _))
            {
                context.Fail("EffectiveFrom", document.EffectiveFrom is null ? "required" : "period.invalid", document.EffectiveFrom);
            }

            context.RequireVi("Title", document.Title);
            context.RequireEnum("Boundary", document.Boundary, Vocabulary.Names(Vocabulary.Boundaries));
            ValidateTexts(document.Texts, context);
            ValidateList(document.Indicators, "Indicators", i => i.Code, context);
            ValidateList(document.Criteria, "Criteria", c => c.Code, context);
        });

        RuleForEach(d => d.Indicators).SetValidator(new IndicatorValidator());
        RuleForEach(d => d.Criteria).SetValidator((document, _) => new CriterionValidator(document));
        RuleForEach(d => d.Cases).SetValidator((document, _) => new GoldenCaseValidator(document));
        RuleFor(d => d.Aggregation).Custom((_, context) => AggregationRules.Validate(context.InstanceToValidate, context));
        RuleFor(d => d.Indicators).Custom((_, context) => ShareRules.Validate(context.InstanceToValidate, context));
        RuleFor(d => d.Indicators).Custom((_, context) => AccumulateRules.Validate(context.InstanceToValidate, context));
        RuleFor(d => d.Indicators).Custom((_, context) => PerCapitaRules.Validate(context.InstanceToValidate, context));
        RuleFor(d => d.Changes).Custom((_, context) => ChangeNotesRules.Validate(context.InstanceToValidate, context));
        RuleFor(d => d.PeerGroups).Custom((_, context) => StabilityRules.ValidatePeers(context.InstanceToValidate, context));
        RuleFor(d => d.Aggregation).Custom((aggregation, context) =>
            StabilityRules.Validate(aggregation?.Stability, "Aggregation.Stability", null, overall: true, context));
    }

    private static void ValidateTexts(TextsDocument? texts, ValidationContext<RuleSetDocument> context)
    {
        if (texts is null)
        {
            context.Fail("Texts", "required");
            return;
        }

        foreach (var (key, text) in TextsEntries.Of(texts))
        {
            var path = "Texts." + key;
            context.RequireVi(path, text);
            CheckPlaceholders(context, path, text, TemplatePlaceholders.Texts[key]);
        }

        // Optional, unlike the others: files written before holdState existed stay valid (and keep their hash).
        if (texts.Held is not null)
        {
            context.RequireVi("Texts.held", texts.Held);
            CheckPlaceholders(context, "Texts.held", texts.Held, TemplatePlaceholders.Texts["held"]);
        }
    }

    internal static void CheckPlaceholders<T>(ValidationContext<T> context, string path, LocalizedTextDocument? text, string[] allowed)
    {
        foreach (var (language, template) in new[] { ("Vi", text?.Vi), ("En", text?.En) })
        {
            foreach (var name in Text.Template.Placeholders(template ?? "").Distinct())
            {
                if (!allowed.Contains(name, StringComparer.Ordinal))
                {
                    context.Fail($"{path}.{language}", "template.unknownPlaceholder", name, allowed.Length == 0 ? "—" : string.Join(", ", allowed));
                }
            }
        }
    }

    private static void ValidateList<TItem>(List<TItem>? items, string path, Func<TItem, string?> code, ValidationContext<RuleSetDocument> context)
    {
        if (items is null || items.Count == 0)
        {
            context.Fail(path, items is null ? "required" : "list.empty");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (code(items[i]) is { } value && !seen.Add(value))
            {
                context.Fail($"{path}[{i}].Code", "code.duplicate", value);
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex IdPattern();
}
