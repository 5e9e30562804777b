using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.ReferenceData;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>Engine inputs from the demo generator for the first real units, built the way the rescore builds them.</summary>
public static class DemoInputs
{
    public static List<CommuneInput> For(RuleSet rules, Period first, Period last, int take = int.MaxValue)
    {
        var communes = CommuneJsonReader.Read(ReferenceDataFiles.ReadText(ReferenceDataFiles.Units)).Take(take).ToList();
        var revisions = DemoDataGenerator.Generate(rules, communes, first, last).Select((r, i) => new IndicatorValueRevision
        {
            Id = i + 1, CommuneCode = r.CommuneCode, IndicatorCode = r.IndicatorCode, Period = r.Period, Source = r.Source,
            Value = r.Value, Part = r.Part, Whole = r.Whole, Flag = r.Flag, TaskStatus = r.TaskStatus, CompletedOn = r.CompletedOn,
        }).ToList();
        return CommuneInputs.Build(new CommuneDirectory(communes, []), revisions);
    }
}
