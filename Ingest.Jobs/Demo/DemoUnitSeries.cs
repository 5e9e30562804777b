using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// One unit's demo values month after month, from July 2025 (or <c>first</c> if earlier): every value is drawn from
/// the unit's facts, its character and the month, in a fixed order, so the same seed gives the same values whichever
/// indicators the caller keeps.
/// </summary>
internal sealed class DemoUnitSeries(DemoUnit unit, DemoCharacter character, DemoRandom random)
{
    private static readonly Period _july2025 = new(2025, 7);
    private readonly Dictionary<string, decimal> _stock = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flagsOn = new(StringComparer.Ordinal);

    public IEnumerable<IndicatorReading> Months(Period first, Period last, DateOnly asOf)
    {
        var start = first < _july2025 ? first : _july2025;
        foreach (var period in start.Through(last))
        {
            var month = (period.Year - 2025) * 12 + period.Month - 7;
            var readings = Month(period, month, asOf).ToList();
            if (period >= first)
            {
                foreach (var reading in readings)
                {
                    yield return reading;
                }
            }
        }
    }

    private IEnumerable<IndicatorReading> Month(Period period, int month, DateOnly asOf)
    {
        var shares = DemoDistributions.Shares.ToDictionary(s => s.Key, s => s.Share.At(unit, character.Standing[s.Key], character.Follow[s.Key], month, random.Normal()), StringComparer.Ordinal);
        IndicatorReading Count(string code, decimal value) => new() { CommuneCode = unit.Code, IndicatorCode = code, Period = period, Source = DemoDataGenerator.Source, Value = value };
        IndicatorReading Ratio(string code, decimal part, decimal whole) => new() { CommuneCode = unit.Code, IndicatorCode = code, Period = period, Source = DemoDataGenerator.Source, Part = part, Whole = whole };
        IndicatorReading Flag(string code, bool flag) => new() { CommuneCode = unit.Code, IndicatorCode = code, Period = period, Source = DemoDataGenerator.Source, Flag = flag };

        // Dossiers: all channels received, the online share of them, resolved, still open, overdue.
        var received = Math.Max(1, (int)Math.Round(unit.Population / 1000.0 * unit.DossiersPer1000 * (1 + 0.06 * random.Normal())));
        var online = (int)Math.Round(received * shares["ONLINE_SHARE"]);
        var resolved = (int)Math.Round(online * shares["RESOLVED_SHARE"]);
        var inProgress = (int)Math.Round(online * random.Between(0.04, 0.15));
        var overdue = random.Binomial(resolved, shares["OVERDUE_RATE"]);
        var resultsReturned = (int)Math.Round(received * random.Between(0.85, 0.98));
        yield return Count("ONLINE_DOSSIERS", online);
        yield return Count("DOSSIERS_RESOLVED", resolved);
        yield return Count("DOSSIERS_IN_PROGRESS", inProgress);
        yield return Count("OVERDUE_DOSSIERS", overdue);
        yield return Count("ON_TIME_RATE", resolved == 0 ? 100m : Math.Round(100m * (resolved - overdue) / resolved, 2));
        yield return Ratio("RESULTS_DIGITAL", Part(resultsReturned, shares["RESULTS_DIGITAL"]), resultsReturned);
        yield return Ratio("DOSSIERS_DIGITISED", Part(received, shares["DOSSIERS_DIGITISED"]), received);
        yield return Count("SATISFACTION_RATE", Percent(shares["SATISFACTION_RATE"], 2));
        yield return Count("DOCUMENTS_ONLINE", Percent(shares["DOCUMENTS_ONLINE"], 1));
        yield return Count("WORK_FILES_ONLINE", Percent(shares["WORK_FILES_ONLINE"], 1));

        // Stocks that only rise: machines protected, staff equipped, neighbourhoods covered, results digitised.
        yield return Ratio("STAFF_TRAINED", Trained(period, shares["STAFF_TRAINED"]), unit.Staff);
        yield return Ratio("PROCEDURES_RESTRUCTURED", Stock("PROCEDURES_RESTRUCTURED", unit.Procedures, shares), unit.Procedures);
        yield return Ratio("AV_UPDATED_MACHINES", Stock("AV_UPDATED_MACHINES", unit.Computers, shares), unit.Computers);
        yield return Ratio("STAFF_DIGITAL_SIGNATURE", Stock("STAFF_DIGITAL_SIGNATURE", unit.Staff, shares), unit.Staff);
        yield return Ratio("COMMUNITY_TECH_TEAMS", Stock("COMMUNITY_TECH_TEAMS", unit.Neighbourhoods, shares), unit.Neighbourhoods);
        yield return Ratio("VNEID_L2_ADULTS", Stock("VNEID_L2_ADULTS", unit.Adults, shares), unit.Adults);
        yield return Ratio("STAFF_WITH_COMPUTER", Stock("STAFF_WITH_COMPUTER", unit.Staff, shares), unit.Staff);
        yield return Ratio("STAFF_WITH_PROC_ACCOUNT", Stock("STAFF_WITH_PROC_ACCOUNT", unit.Staff, shares), unit.Staff);
        yield return Ratio("SERVICES_ON_NATIONAL_PORTAL", Stock("SERVICES_ON_NATIONAL_PORTAL", unit.OnlineServices, shares), unit.OnlineServices);
        yield return Ratio("DISTRICT_RESULTS_DIGITISED", Stock("DISTRICT_RESULTS_DIGITISED", unit.DistrictResults, shares), unit.DistrictResults);
        yield return Count("SERVICES_STREAMLINED", Stock("SERVICES_STREAMLINED", DemoDistributions.EssentialServices, shares));

        // Resident sessions, faults in online services.
        var sessions = random.Poisson(Math.Max(0.5, unit.Population / DemoDistributions.ResidentsPerSession * character.SessionZeal));
        yield return Count("DIGITAL_SKILLS_SESSIONS", sessions);
        yield return Count("DIGITAL_SKILLS_PARTICIPANTS", (int)Math.Round(sessions * random.Between(20, 80)));
        var faults = random.Poisson(0.5 + online / 3000.0);
        yield return Count("SERVICE_FAULTS_REPORTED", faults);
        yield return Count("SERVICE_FAULTS_FIXED", random.Binomial(faults, character.FixShare));

        yield return Flag("BACKUPS_DONE", random.Chance(shares["BACKUPS_DONE"]));
        foreach (var (code, flag) in DemoDistributions.Flags)
        {
            var chance = 1 - (1 - flag.July) * Math.Pow(1 - flag.MonthlyUptake, Math.Max(0, month));
            if (character.FlagDraw[code] < chance)
            {
                _flagsOn.Add(code);
            }

            yield return Flag(code, _flagsOn.Contains(code));
        }

        foreach (var (code, task) in DemoDistributions.Tasks)
        {
            yield return TaskState(code, task, period, period.LastDay < asOf ? period.LastDay : asOf);
        }
    }

    private IndicatorReading TaskState(string code, DemoTask task, Period period, DateOnly asOf)
    {
        var reading = new IndicatorReading { CommuneCode = unit.Code, IndicatorCode = code, Period = period, Source = DemoDataGenerator.Source };
        return character.Completion[code] is { } done && done <= asOf
            ? reading with { TaskStatus = TaskStatusText.Of(TaskProgress.Done), CompletedOn = done }
            : reading with
            {
                TaskStatus = TaskStatusText.Of(asOf < task.Start || (character.Completion[code] is null && character.StuckNotStarted[code])
                    ? TaskProgress.NotStarted : TaskProgress.InProgress),
            };
    }

    /// <summary>Year to date: the 2025 share rises towards all staff by December; from January it restarts and grows month by month.</summary>
    private decimal Trained(Period period, double share2025)
    {
        var key = "STAFF_TRAINED:" + period.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var share = period.Year <= 2025 ? share2025 : Math.Min(1, period.Month * character.TrainingPerMonth * (1 + 0.1 * random.Normal()));
        var part = Math.Max(_stock.GetValueOrDefault(key), Part(unit.Staff, share));
        _stock[key] = part;
        return part;
    }

    private decimal Stock(string key, int whole, Dictionary<string, double> shares)
    {
        var part = Math.Max(_stock.GetValueOrDefault(key), Part(whole, shares[key]));
        _stock[key] = part;
        return part;
    }

    private static decimal Part(int whole, double share) => Math.Clamp((decimal)Math.Round(whole * share), 0, whole);

    private static decimal Percent(double share, int decimals) => Math.Round((decimal)(share * 100), decimals);
}
