using System.Reflection;
using System.Reflection.Emit;
using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Architecture;

/// <summary>
/// The demo draws every value from its own documented distributions (docs/demo-data.md): no code in the Demo namespace may
/// see a threshold, a criterion, a rating or a colour, nor read the rule file. Checked on the compiled code (signatures,
/// locals and every member each method body calls), so a lambda or an iterator cannot hide a reference.
/// </summary>
public class DemoIndependenceTests
{
    private const string DemoNamespace = "DashboardKpi.Ingest.Jobs.Demo";

    /// <summary>What the Demo namespace may use from Scoring.Engine: periods, task states, and indicator codes and kinds.</summary>
    private static readonly HashSet<Type> _allowedEngineTypes = [typeof(Period), typeof(RuleSet), typeof(Indicator), typeof(IndicatorKind), typeof(TaskProgress)];

    private static readonly HashSet<string> _allowedEngineMembers =
        ["RuleSet.get_Indicators", "RuleSet.get_Sha256", "Indicator.get_Code", "Indicator.get_Kind", "Indicator.get_IsComputed"];

    [Test]
    public void DemoNamespace_UsesNoRatingThresholdCriterionOrRuleReadingTypeOfTheEngine()
    {
        var offenders = DemoTypes().SelectMany(EngineOffences).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.That(DemoTypes().Select(t => t.Name), Does.Contain(nameof(DemoDataGenerator)));
        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void DemoGenerator_TouchesNothingThatRates()
    {
        // Only the seeder (DemoData) may hand stored values to the rescorer and delete demo ratings; the drawing code may not.
        var offenders = DemoTypes().Where(t => (t.DeclaringType ?? t) != typeof(DemoData))
            .SelectMany(t => References(t).Where(r => r.Type.Namespace is { } ns && ns.Contains(".Ratings", StringComparison.Ordinal)).Select(r => $"{t.Name}: {r.Type.FullName} ({r.Where})"))
            .Distinct().ToList();

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void DemoSources_DoNotReadTheRuleFile()
    {
        var folder = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "Ingest.Jobs", "Demo"));
        var hits = Directory.EnumerateFiles(folder, "*.cs")
            .SelectMany(f => new[] { "ScoringRules", "ShippedRules", "RuleSetReader" }.Where(File.ReadAllText(f).Contains).Select(word => $"{Path.GetFileName(f)}: {word}"))
            .ToList();

        Assert.That(Directory.Exists(folder), Is.True, folder);
        Assert.That(hits, Is.Empty);
    }

    [Test]
    public void TheCheck_FindsTheRatingTypesWhereTheyAreUsed()
    {
        // The rescorer rates: the same scan must see that, or the tests above prove nothing.
        Assert.That(EngineOffences(typeof(Rescorer)).Concat(typeof(Rescorer).GetNestedTypes(BindingFlags.NonPublic).SelectMany(EngineOffences)), Is.Not.Empty);
    }

    private static IEnumerable<Type> DemoTypes() =>
        typeof(DemoDataGenerator).Assembly.GetTypes().Where(t => t.Namespace == DemoNamespace);

    private static IEnumerable<string> EngineOffences(Type type)
    {
        var engine = typeof(Period).Assembly;
        foreach (var (referenced, where, member) in References(type))
        {
            if (referenced.Assembly != engine)
            {
                continue;
            }

            if (!_allowedEngineTypes.Contains(referenced))
            {
                yield return $"{type.Name}: {referenced.FullName} ({where})";
            }
            else if (member is not null && (referenced == typeof(RuleSet) || referenced == typeof(Indicator))
                && !_allowedEngineMembers.Contains($"{referenced.Name}.{member}"))
            {
                yield return $"{type.Name}: {referenced.Name}.{member} ({where})";
            }
        }
    }

    /// <summary>Every type a type's fields, signatures, locals and method bodies refer to (generic arguments unfolded), and the member called on it.</summary>
    private static IEnumerable<(Type Type, string Where, string? Member)> References(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<(Type, string, string?)>();
        void Add(Type? t, string where, string? member = null)
        {
            // A member belongs to the type it is called on, not to that type's generic arguments (Task<RuleSet>.GetAwaiter).
            var own = t is { IsGenericType: true } ? t.GetGenericTypeDefinition() : t;
            foreach (var part in Unfold(t))
            {
                found.Add((part, where, part == own ? member : null));
            }
        }

        Add(type.BaseType, "base");
        foreach (var field in type.GetFields(all))
        {
            Add(field.FieldType, $"field {field.Name}");
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            var where = $"{method.Name}";
            Add((method as MethodInfo)?.ReturnType, where);
            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType, where);
            }

            var body = method.GetMethodBody();
            foreach (var local in body?.LocalVariables ?? [])
            {
                Add(local.LocalType, where);
            }

            foreach (var called in MembersIn(method, body?.GetILAsByteArray() ?? []))
            {
                switch (called)
                {
                    case Type t:
                        Add(t, where);
                        break;
                    case FieldInfo f:
                        Add(f.DeclaringType, where, f.Name);
                        Add(f.FieldType, where);
                        break;
                    case MethodBase m:
                        Add(m.DeclaringType, where, m.Name);
                        Add((m as MethodInfo)?.ReturnType, where);
                        foreach (var p in m.GetParameters())
                        {
                            Add(p.ParameterType, where);
                        }

                        if (m.IsGenericMethod)
                        {
                            foreach (var g in m.GetGenericArguments())
                            {
                                Add(g, where);
                            }
                        }

                        break;
                }
            }
        }

        return found;
    }

    private static IEnumerable<Type> Unfold(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var inner in Unfold(type.GetElementType()))
            {
                yield return inner;
            }

            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            foreach (var inner in Unfold(argument))
            {
                yield return inner;
            }
        }
    }

    private static readonly Dictionary<short, OpCode> _opCodes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The members and types a method body's instructions refer to by token.</summary>
    private static IEnumerable<MemberInfo> MembersIn(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var members = new List<MemberInfo>();
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? _opCodes[unchecked((short)(0xFE00 | il[i + 1]))] : _opCodes[il[i]];
            i += code.Size;
            var operandSize = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                members.Add(method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments)!);
            }

            i += operandSize;
        }

        return members;
    }
}
