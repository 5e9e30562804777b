using System.Text;
using DashboardKpi.Ingest.Jobs.Csv;
using DashboardKpi.Ingest.Jobs.Storage.Communes;

namespace DashboardKpi.Ingest.Jobs.ReferenceData;

/// <summary>Reads hcmc_merger_mapping.csv into <see cref="MergerMapping"/> rows; an empty old code (Côn Đảo) becomes null. Read by <see cref="CsvRecords"/>, the reader the report files use.</summary>
public static class MergerMappingCsvReader
{
    public static IReadOnlyList<MergerMapping> Read(string csv) =>
        Rows(csv).Select(row => new MergerMapping
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

    /// <summary>Each non-blank record after the header, keyed by the header's names; a short record's missing cells are empty.</summary>
    private static IEnumerable<Dictionary<string, string>> Rows(string csv)
    {
        using var text = new StringReader(csv);
        IReadOnlyList<string>? header = null;
        foreach (var record in CsvRecords.Read(text, ','))
        {
            if (header is null)
            {
                header = record.Fields;
            }
            else if (record.Fields.Count > 1 || record.Fields[0].Length > 0)
            {
                yield return header.Select((name, i) => (name, value: i < record.Fields.Count ? record.Fields[i] : ""))
                    .ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal);
            }
        }
    }

    private static string Field(IReadOnlyDictionary<string, string> row, string name) =>
        row.TryGetValue(name, out var value)
            ? value.Trim().Normalize(NormalizationForm.FormC)
            : throw new FormatException("The merger table has no column " + name + ".");
}
