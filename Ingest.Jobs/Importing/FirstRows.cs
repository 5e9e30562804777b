using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// The row number of the first value of each (commune, indicator, period) in one file, so that a second value for
/// the same key is quarantined as a duplicate of that row. This is the only thing an import keeps per row for the
/// whole file, so it is kept small: the codes repeat (168 communes, a few dozen indicators, a few periods), so each
/// distinct code is stored once and numbered, and a key is three numbers: under 30 bytes an entry with the
/// dictionary's own, instead of a reading's half a kilobyte. 250,000 values (the most a file may have) take about 10 MB.
/// </summary>
internal sealed class FirstRows
{
    private readonly Dictionary<string, int> _communes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<Period, int> _periods = [];
    private readonly Dictionary<(int Commune, int Indicator, int Period), int> _firstRow = [];

    /// <summary>Every period of a key seen so far, in order.</summary>
    public IReadOnlyList<Period> Periods => _periods.Keys.Order().ToList();

    /// <summary>Remembers the key at <paramref name="rowNumber"/>; false, with the row that had it first, when it was seen before.</summary>
    public bool TryAdd(string commune, string indicator, Period period, int rowNumber, out int firstRow)
    {
        var key = (Number(_communes, commune), Number(_indicators, indicator), Number(_periods, period));
        if (_firstRow.TryGetValue(key, out firstRow))
        {
            return false;
        }

        _firstRow.Add(key, rowNumber);
        firstRow = rowNumber;
        return true;
    }

    private static int Number<TCode>(Dictionary<TCode, int> codes, TCode code)
        where TCode : notnull
    {
        if (!codes.TryGetValue(code, out var number))
        {
            number = codes.Count;
            codes.Add(code, number);
        }

        return number;
    }
}
