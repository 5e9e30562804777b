using System.IO.Compression;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>
/// A wide upload template and the commune it is made for, read back as raw sheet text: enough to check which indicator
/// columns ("[CODE]") the template asks communes to fill.
/// </summary>
public static class TemplateText
{
    public static Commune ThuDauMot(int population = 0) => new()
    {
        Code = "25747", Type = "phuong", TypeVi = "Phường", Name = "Thủ Dầu Một", FullName = "Phường Thủ Dầu Một",
        NameEn = "Thu Dau Mot", FullNameEn = "Thu Dau Mot Ward", CodeName = "thu_dau_mot", Population = population,
    };

    public static string Of(RuleSet rules, IReadOnlyList<Commune> communes, Period period)
    {
        using var template = new MemoryStream();
        WideTemplate.Write(rules, communes, period, template);
        template.Position = 0;
        using var xlsx = new ZipArchive(template);
        return string.Join("\n", xlsx.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
