namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>C1..C8 (nhiệm vụ chung) and S1..S21 (nhiệm vụ cụ thể).</summary>
public static class TaskNumbering
{
    public const int CommonTasks = 8;
    public const int SpecificTasks = 21;

    public static (bool Common, int Number)? Parse(string task)
    {
        if (task is null || task.Length < 2 || !int.TryParse(task.AsSpan(1), out var number))
        {
            return null;
        }

        return task[0] switch
        {
            'C' when number is >= 1 and <= CommonTasks => (true, number),
            'S' when number is >= 1 and <= SpecificTasks => (false, number),
            _ => null,
        };
    }

    public static string Name(bool common, int number) => (common ? "C" : "S") + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<string> All() =>
        Enumerable.Range(1, CommonTasks).Select(n => Name(true, n)).Concat(Enumerable.Range(1, SpecificTasks).Select(n => Name(false, n)));
}
