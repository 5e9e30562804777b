using DashboardKpi.Ingest.Jobs.Reports.Narrative;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>The clean sample under seeded damage the reader was not written against: recall measured, no wrong value allowed.</summary>
public class NarrativeReaderDamageTests
{
    [TestCase(0.05)]
    [TestCase(0.10)]
    [TestCase(0.20)]
    [TestCase(0.40)]
    public void SeededDamage_KeepsMostValues_AndNeverProposesAWrongOne(double rate)
    {
        var total = 0;
        var found = 0;
        var wrong = new List<string>();
        for (var seed = 1; seed <= 20; seed++)
        {
            var reading = NarrativeReader.Read(ReportDamage.Apply(SampleReportKey.Clean, seed, rate));
            var proposals = reading.Proposals.ToDictionary(p => p.IndicatorCode);
            foreach (var (_, code, value) in SampleReportKey.Rows)
            {
                total++;
                var proposed = proposals[code].Value;
                if (proposed == value)
                {
                    found++;
                }
                else if (proposed is not null)
                {
                    wrong.Add($"seed {seed} {code}: {proposed} ≠ {value}");
                }
            }
        }

        var recall = (double)found / total;
        TestContext.Out.WriteLine($"damage rate {rate:P0}: recall {recall:P1} ({found}/{total}), wrong {wrong.Count}");
        Assert.That(wrong, Is.Empty);
        Assert.That(recall, Is.GreaterThanOrEqualTo(rate switch { <= 0.10 => 0.95, <= 0.20 => 0.9, _ => 0.7 }));
    }
}
