using DashboardKpi.Ingest.Jobs.Parsing;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Ingest;

public class ValueParserTests
{
    [TestCase("17/40", 17, 40)]
    [TestCase(" 17 / 40 ", 17, 40)]
    [TestCase("1.117/2.000", 1117, 2000)]
    public void Parse_Ratio_KeepsPartAndWhole(string text, int part, int whole)
    {
        var value = ValueParser.Parse(IndicatorKind.Ratio, text);

        Assert.That((value!.Number, value.Whole), Is.EqualTo(((decimal?)part, (decimal?)whole)));
    }

    [TestCase("100%", "100")]
    [TestCase("85,5 %", "85.5")]
    [TestCase("85.5%", "85.5")]
    [TestCase(" 0 % ", "0")]
    [TestCase("1.5%", "1.5")]
    [TestCase("1.117%", "1.117")]
    [TestCase("120%", "120")]
    public void Parse_Ratio_AsAPercentage_KeepsThePercentWithoutAWhole(string text, string expected)
    {
        // The number as for a percentage: one mark is a decimal mark ("1.117%" is 1.117 %, never 1,117 %). 120 parses; the validator quarantines it.
        var value = ValueParser.Parse(IndicatorKind.Ratio, text);

        Assert.That((value!.Number, value.Whole), Is.EqualTo(((decimal?)decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), (decimal?)null)));
    }

    [TestCase("85")]
    [TestCase("85,5")]
    [TestCase("%")]
    [TestCase("85%%")]
    [TestCase("17/40%")]
    [TestCase("% 85")]
    public void Parse_Ratio_WithoutTheSignOrMalformed_IsRefused(string text)
    {
        Assert.That(ValueParser.Parse(IndicatorKind.Ratio, text), Is.Null);
    }

    [TestCase("1117", "1117")]
    [TestCase("1.117", "1117")]
    [TestCase("1,117", "1117")]
    [TestCase("12.000.000", "12000000")]
    [TestCase("1 117", "1117")]
    [TestCase("12.5", "12.5")]
    public void Parse_Count_ReadsThousandsGroupsAsPeopleWriteThem(string text, string expected)
    {
        Assert.That(ValueParser.Parse(IndicatorKind.Count, text)!.Number, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("42,5", "42.5")]
    [TestCase("42,5%", "42.5")]
    [TestCase("42.5", "42.5")]
    [TestCase("42.5 %", "42.5")]
    [TestCase("100", "100")]
    [TestCase("1.117,5", "1117.5")]
    public void Parse_Percentage_AcceptsCommaOrPointDecimals(string text, string expected)
    {
        Assert.That(ValueParser.Parse(IndicatorKind.Percentage, text)!.Number, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("có", true)]
    [TestCase("Có", true)]
    [TestCase("yes", true)]
    [TestCase("không", false)]
    [TestCase("KHÔNG", false)]
    [TestCase("no", false)]
    public void Parse_YesNo_InBothLanguages(string text, bool expected)
    {
        Assert.That(ValueParser.Parse(IndicatorKind.YesNo, text)!.Flag, Is.EqualTo(expected));
    }

    [Test]
    public void Parse_DecomposedVietnamese_IsNormalisedFirst()
    {
        Assert.That(ValueParser.Parse(IndicatorKind.YesNo, "không".Normalize(System.Text.NormalizationForm.FormD))!.Flag, Is.False);
    }

    [TestCase("hoàn thành 15/07/2025", TaskProgress.Done, "2025-07-15")]
    [TestCase("Hoàn thành ngày 15/07/2025", TaskProgress.Done, "2025-07-15")]
    [TestCase("done 2025-07-15", TaskProgress.Done, "2025-07-15")]
    [TestCase("done: 2025-07-15", TaskProgress.Done, "2025-07-15")]
    [TestCase("đang thực hiện", TaskProgress.InProgress, null)]
    [TestCase("in progress", TaskProgress.InProgress, null)]
    [TestCase("chưa thực hiện", TaskProgress.NotStarted, null)]
    [TestCase("not started", TaskProgress.NotStarted, null)]
    public void Parse_Task_StatusAndCompletionDate(string text, TaskProgress status, string? date)
    {
        var value = ValueParser.Parse(IndicatorKind.Task, text)!;

        Assert.That(value.Task, Is.EqualTo(status));
        Assert.That(value.CompletedOn, Is.EqualTo(date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase(IndicatorKind.Ratio, "17")]
    [TestCase(IndicatorKind.Ratio, "17/40/2")]
    [TestCase(IndicatorKind.Count, "nhiều")]
    [TestCase(IndicatorKind.Percentage, "4,2,5")]
    [TestCase(IndicatorKind.YesNo, "maybe")]
    [TestCase(IndicatorKind.Task, "sắp xong")]
    [TestCase(IndicatorKind.Count, "")]
    public void Parse_Nonsense_IsNull(IndicatorKind kind, string text)
    {
        Assert.That(ValueParser.Parse(kind, text), Is.Null);
    }

    [TestCase("2025-07", 2025, 7)]
    [TestCase("07/2025", 2025, 7)]
    [TestCase("7/2025", 2025, 7)]
    [TestCase("tháng 7/2025", 2025, 7)]
    public void PeriodParser_AcceptsTheUsualForms(string text, int year, int month)
    {
        Assert.That(PeriodParser.TryParse(text, out var period), Is.True);
        Assert.That(period, Is.EqualTo(new Period(year, month)));
    }

    [TestCase("2025-13")]
    [TestCase("13/2025")]
    [TestCase("July 2025")]
    [TestCase("2025/07")]
    public void PeriodParser_RejectsOtherForms(string text)
    {
        Assert.That(PeriodParser.TryParse(text, out _), Is.False);
    }
}
