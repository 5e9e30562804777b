using System.Globalization;

namespace DashboardKpi.Ingest.Jobs.Csv;

/// <summary>A CSV file that cannot be read, with why and the 1-based row where reading stopped.</summary>
public sealed class CsvFileException(CsvProblem problem, int rowNumber, Exception? inner = null)
    : Exception(string.Create(CultureInfo.InvariantCulture, $"CSV row {rowNumber}: {problem}."), inner)
{
    public CsvProblem Problem { get; } = problem;

    public int RowNumber { get; } = rowNumber;
}
