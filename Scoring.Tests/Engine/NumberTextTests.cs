using System.Globalization;
using System.Text;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>Numbers and dates as the explanations write them, held to the plain definition of the format.</summary>
public class NumberTextTests
{
    [TestCase(1117, "1.117", "1,117")]
    [TestCase(42.5, "42,5", "42.5")]
    [TestCase(1234567.891, "1.234.567,89", "1,234,567.89")]
    [TestCase(0.005, "0,01", "0.01")]
    [TestCase(-1500.25, "-1.500,25", "-1,500.25")]
    [TestCase(95, "95", "95")]
    [TestCase(0, "0", "0")]
    public void Format_WritesEachLanguagesMarks(decimal value, string vi, string en) =>
        Assert.That((NumberText.Format(value, Language.Vi), NumberText.Format(value, Language.En)), Is.EqualTo((vi, en)));

    [Test]
    public void Format_AgreesWithTheDefinitionOnManyValues()
    {
        var random = new Random(20251119);
        var values = new List<decimal> { 0m, -0m, -0.001m, 0.004m, 0.005m, 999.995m, 1000m, 79228162514264337593543950335m / 10_000_000_000_000m, -42.50m, 40.00m, 17m / 40m * 100m };
        for (var i = 0; i < 20_000; i++)
        {
            values.Add(Math.Round((decimal)(random.NextDouble() * Math.Pow(10, random.Next(0, 12))) * (random.Next(4) == 0 ? -1 : 1), random.Next(0, 6)));
        }

        var wrong = (from value in values
                     from decimals in new[] { 0, 1, 2, 4 }
                     from language in new[] { Language.Vi, Language.En }
                     let expected = Definition(value, language, decimals)
                     let actual = NumberText.Format(value, language, decimals)
                     where actual != expected
                     select $"{value} ({decimals}, {language}): {actual} instead of {expected}").Take(10).ToList();

        Assert.That(wrong, Is.Empty);
    }

    [TestCase(Language.Vi, "1.234.567,5", "42,5%", "-0,5%")]
    [TestCase(Language.En, "1,234,567.5", "42.5%", "-0.5%")]
    public void FormatOf_IsFixedAndCultureIndependent(Language language, string number, string percent, string negativePercent)
    {
        var marks = NumberText.FormatOf(language);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo(language == Language.Vi ? "en-US" : "vi-VN"); // the other language's machine
        try
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(1234567.5m.ToString("N1", marks), Is.EqualTo(number));
                Assert.That(0.425m.ToString("P1", marks), Is.EqualTo(percent), "no space before % (glossary)");
                Assert.That((-0.005m).ToString("P1", marks), Is.EqualTo(negativePercent));
                Assert.That(marks.IsReadOnly, Is.True);
                Assert.That(NumberText.Percent(42.5m, language, 1), Is.EqualTo(percent));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void DateName_IsDayMonthYear() =>
        Assert.That((Words.DateName(new DateOnly(2025, 7, 1)).Vi, Words.DateName(new DateOnly(987, 12, 31)).En, Words.DateName(null).En), Is.EqualTo(("01/07/2025", "31/12/0987", "—")));

    /// <summary>The format as first written: round, invariant "0.############", regroup per language.</summary>
    private static string Definition(decimal value, Language language, int maxDecimals)
    {
        var invariant = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero).ToString("0.############", CultureInfo.InvariantCulture);
        var negative = invariant.StartsWith('-');
        invariant = negative ? invariant[1..] : invariant;
        var dot = invariant.IndexOf('.', StringComparison.Ordinal);
        var (integerPart, fraction) = dot < 0 ? (invariant, "") : (invariant[..dot], invariant[(dot + 1)..]);
        var (thousands, decimalMark) = language == Language.Vi ? ('.', ',') : (',', '.');
        var builder = new StringBuilder(negative ? "-" : "");
        for (var i = 0; i < integerPart.Length; i++)
        {
            builder.Append(i > 0 && (integerPart.Length - i) % 3 == 0 ? thousands.ToString() : "").Append(integerPart[i]);
        }

        return (fraction.Length > 0 ? builder.Append(decimalMark).Append(fraction) : builder).ToString();
    }
}
