using System.Globalization;
using DashboardKpi.Ingest.Jobs.Parsing;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// NumberParser against docs/ingest.md ("Numbers"): every accepted form with its value, every refused form null.
/// "whole" is a count or either side of a ratio; "decimal" is a percentage.
/// </summary>
public class NumberParserTests
{
    private const bool Whole = true;
    private const bool Decimal = false;

    // Plain digits and a leading minus (a negative count is read, then quarantined as negative by the validator).
    [TestCase("1117", Whole, "1117")]
    [TestCase("0", Whole, "0")]
    [TestCase("007", Whole, "7")]
    [TestCase("-3", Whole, "-3")]
    [TestCase("  1117  ", Whole, "1117")]
    // One group separator, the same throughout, between groups of exactly three digits.
    [TestCase("1.117", Whole, "1117")]
    [TestCase("1,117", Whole, "1117")]
    [TestCase("1 117", Whole, "1117")]
    [TestCase("1\u00A0117", Whole, "1117")]
    [TestCase("1\u202F117", Whole, "1117")]
    [TestCase("12.000.000", Whole, "12000000")]
    [TestCase("12,000,000", Whole, "12000000")]
    [TestCase("12 000 000", Whole, "12000000")]
    [TestCase("-1.117", Whole, "-1117")]
    [TestCase("12.000.000", Decimal, "12000000")]
    [TestCase("1 117", Decimal, "1117")]
    // A decimal mark: the only mark when the number need not be whole, or the last of two different marks.
    [TestCase("42,5", Decimal, "42.5")]
    [TestCase("42.5", Decimal, "42.5")]
    [TestCase("1.117", Decimal, "1.117")]
    [TestCase("1,117", Decimal, "1.117")]
    [TestCase("1.117,5", Decimal, "1117.5")]
    [TestCase("1,117.5", Decimal, "1117.5")]
    [TestCase("1 117,5", Decimal, "1117.5")]
    [TestCase("12.5", Whole, "12.5")]
    [TestCase("1.117,5", Whole, "1117.5")]
    [TestCase("0.117", Whole, "0.117")]
    [TestCase("1234.567", Whole, "1234.567")]
    public void TryParse_AcceptedForm_GivesItsValue(string text, bool wholeNumberExpected, string expected)
    {
        var parsed = NumberParser.TryParse(text, wholeNumberExpected, out var value);

        Assert.That((parsed, value), Is.EqualTo((true, decimal.Parse(expected, CultureInfo.InvariantCulture))));
    }

    // Irregular grouping
    [TestCase("1 1 1 1")]
    [TestCase("11 11")]
    [TestCase("1 1117")]
    [TestCase("1  117")]
    [TestCase("1\t117")]
    [TestCase("1,5,3")]
    [TestCase("1.11.117")]
    [TestCase("1.117.5")]
    [TestCase("1,117,5")]
    [TestCase("0.117.000")]
    [TestCase("1.117 000")]
    [TestCase("1,117.000.000")]
    [TestCase("1.117,000.5")]
    [TestCase("1 117 ,5")]
    [TestCase("1.117,5,5")]
    // Signs
    [TestCase("+5")]
    [TestCase("5-")]
    [TestCase("--5")]
    [TestCase("- 5")]
    [TestCase("\u22125")]
    [TestCase("(5)")]
    // Digits that are not ASCII: Arabic-Indic, extended Arabic-Indic, full-width, Devanagari
    [TestCase("\u0661\u0662\u0663")]
    [TestCase("\u06F1\u06F2")]
    [TestCase("\uFF11\uFF12\uFF13")]
    [TestCase("\u0967\u0968")]
    // Other notations
    [TestCase("1e6")]
    [TestCase("1E+3")]
    [TestCase("0x1F")]
    [TestCase("$5")]
    [TestCase("5đ")]
    [TestCase("5 VND")]
    [TestCase("₫1.000")]
    [TestCase(".5")]
    [TestCase("5.")]
    [TestCase(",5")]
    [TestCase("5,")]
    [TestCase("1..5")]
    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("99999999999999999999999999999999999")]
    public void TryParse_RefusedForm_IsFalse(string text)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(NumberParser.TryParse(text, wholeNumberExpected: true, out _), Is.False, "as a whole number");
            Assert.That(NumberParser.TryParse(text, wholeNumberExpected: false, out _), Is.False, "as a decimal number");
        }
    }
}
