using System.Text;
using DashboardKpi.Ingest.Jobs.Storage.Communes;

namespace DashboardKpi.Ingest.Jobs.ReferenceData;

/// <summary>Reads hcmc_merger_mapping.csv into <see cref="MergerMapping"/> rows; an empty old code (Côn Đảo) becomes null.</summary>
public static class MergerMappingCsvReader
{
    public static IReadOnlyList<MergerMapping> Read(string csv) =>
        CsvReader.ReadWithHeader(csv).Select(row => new MergerMapping
        {
            NewCode = Field(row, "new_code"),
            OldCode = Field(row, "old_code") is { Length: > 0 } oldCode ? oldCode : null,
            OldFullName = Field(row, "old_full_name"),
            OldDistrictCode = Field(row, "old_district_code"),
            OldDistrictName = Field(row, "old_district_name"),
            OldProvinceCode = Field(row, "old_province_code"),
            OldProvinceName = Field(row, "old_province_name"),
            MergeType = Field(row, "merge_type"),
            NoteVi = Field(row, "note_vi"),
        }).ToList();

    private static string Field(IReadOnlyDictionary<string, string> row, string name) =>
        row.TryGetValue(name, out var value)
            ? value.Trim().Normalize(NormalizationForm.FormC)
            : throw new FormatException("The merger table has no column " + name + ".");
}
