using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// Every distribution the demo draws from, in one place; docs/demo-data.md gives each one's source. Shares are
/// fractions (0.97 = 97 %); months count from July 2025 = 0. Nothing here is derived from a rule set.
/// </summary>
internal static class DemoDistributions
{
    /// <summary>The reported indicators the demo generates, with the kind each is reported as (plan v2).</summary>
    public static readonly IReadOnlyDictionary<string, IndicatorKind> Kinds = new Dictionary<string, IndicatorKind>(StringComparer.Ordinal)
    {
        ["IOC_CONNECTED"] = IndicatorKind.YesNo, ["ONLINE_MEETING_CONNECTED"] = IndicatorKind.YesNo,
        ["ONLINE_DOSSIERS"] = IndicatorKind.Count, ["DOSSIERS_RESOLVED"] = IndicatorKind.Count, ["DOSSIERS_IN_PROGRESS"] = IndicatorKind.Count,
        ["RESULTS_DIGITAL"] = IndicatorKind.Ratio, ["STAFF_TRAINED"] = IndicatorKind.Ratio, ["PROCEDURES_RESTRUCTURED"] = IndicatorKind.Ratio,
        ["DOCUMENTS_ONLINE"] = IndicatorKind.Percentage, ["DOCUMENT_SYSTEM_CONNECTED"] = IndicatorKind.YesNo,
        ["DOSSIERS_DIGITISED"] = IndicatorKind.Ratio, ["AV_UPDATED_MACHINES"] = IndicatorKind.Ratio, ["BACKUPS_DONE"] = IndicatorKind.YesNo,
        ["STAFF_DIGITAL_SIGNATURE"] = IndicatorKind.Ratio, ["WORK_FILES_ONLINE"] = IndicatorKind.Percentage,
        ["AGENCY_ID_CODES"] = IndicatorKind.Task, ["INFO_SYSTEMS_IN_USE"] = IndicatorKind.Task, ["SINGLE_PROC_SYSTEM"] = IndicatorKind.YesNo,
        ["COMMUNITY_TECH_TEAMS"] = IndicatorKind.Ratio, ["RAPID_RESPONSE_TEAM"] = IndicatorKind.YesNo, ["URGENT_DX_TASKS"] = IndicatorKind.Task,
        ["PROCEDURE_LIST_PUBLISHED"] = IndicatorKind.Task, ["DIGITAL_SKILLS_SESSIONS"] = IndicatorKind.Count,
        ["DIGITAL_SKILLS_PARTICIPANTS"] = IndicatorKind.Count, ["VNEID_L2_ADULTS"] = IndicatorKind.Ratio, ["STAFF_WITH_COMPUTER"] = IndicatorKind.Ratio,
        ["SPECIALISED_NETWORK"] = IndicatorKind.YesNo, ["PROCEDURE_FOCAL_POINT"] = IndicatorKind.Task, ["STAFF_WITH_PROC_ACCOUNT"] = IndicatorKind.Ratio,
        ["SATISFACTION_RATE"] = IndicatorKind.Percentage, ["ON_TIME_RATE"] = IndicatorKind.Percentage, ["PREMISES_PLAN"] = IndicatorKind.Task,
        ["SERVICES_ON_NATIONAL_PORTAL"] = IndicatorKind.Ratio, ["SERVICE_FAULTS_REVIEWED"] = IndicatorKind.Task,
        ["SERVICE_FAULTS_REPORTED"] = IndicatorKind.Count, ["SERVICE_FAULTS_FIXED"] = IndicatorKind.Count, ["INFO_SYSTEMS_UPGRADED"] = IndicatorKind.Task,
        ["DIGITISATION_RESOURCES"] = IndicatorKind.Task, ["DISTRICT_RESULTS_DIGITISED"] = IndicatorKind.Ratio, ["DX_WORKING_GROUPS"] = IndicatorKind.Task,
        ["CIVIL_DATA_MIGRATED"] = IndicatorKind.Task, ["PROCESSES_STREAMLINED"] = IndicatorKind.Task, ["SERVICES_STREAMLINED"] = IndicatorKind.Count,
        ["OVERDUE_DOSSIERS"] = IndicatorKind.Count,
    };

    /// <summary>
    /// Coverages and rates, in a fixed order (the order the unit's standings are drawn in). "Stock" shares (machines,
    /// staff, neighbourhoods) only ever rise month to month; flows (dossiers) are drawn afresh each month.
    /// </summary>
    public static readonly IReadOnlyList<(string Key, DemoShare Share)> Shares =
    [
        ("ONLINE_SHARE", new DemoShare(0.13, 0.99, 0.55, 0.9, Gain: 0.8, Tau: 4, Start: 2, Urban: 1.0, Xa: -0.3, BaRiaVungTau: -0.2)),
        ("RESOLVED_SHARE", new DemoShare(0.80, 1.00, 0.92, 0.6, Gain: 0.4, Tau: 6)),
        ("OVERDUE_RATE", new DemoShare(0.00, 0.09, 0.034, 0.8, Gain: -1.5, Tau: 6, Noise: 0.25)),
        ("RESULTS_DIGITAL", new DemoShare(0.60, 1.00, 0.90, 1.0, Gain: 1.2, Tau: 5, Urban: 0.3)),
        ("STAFF_TRAINED", new DemoShare(0.50, 1.00, 0.88, 1.0, Gain: 2.0, Tau: 3)),
        ("PROCEDURES_RESTRUCTURED", new DemoShare(0.70, 1.00, 0.95, 1.0, Gain: 1.5, Tau: 4)),
        ("DOCUMENTS_ONLINE", new DemoShare(0.85, 1.00, 0.97, 0.8, Gain: 1.0, Tau: 4)),
        ("DOSSIERS_DIGITISED", new DemoShare(0.30, 0.98, 0.52, 0.8, Gain: 1.2, Tau: 6, Urban: 0.4, BaRiaVungTau: -0.1)),
        ("AV_UPDATED_MACHINES", new DemoShare(0.40, 1.00, 0.88, 1.2, Gain: 1.5, Tau: 5)),
        ("BACKUPS_DONE", new DemoShare(0.50, 1.00, 0.90, 1.0, Gain: 1.0, Tau: 6)),
        ("STAFF_DIGITAL_SIGNATURE", new DemoShare(0.70, 1.00, 0.92, 1.0, Gain: 1.5, Tau: 3)),
        ("WORK_FILES_ONLINE", new DemoShare(0.40, 1.00, 0.70, 0.8, Gain: 1.0, Tau: 6)),
        ("COMMUNITY_TECH_TEAMS", new DemoShare(0.50, 1.00, 0.90, 1.0, Gain: 1.0, Tau: 4)),
        ("VNEID_L2_ADULTS", new DemoShare(0.60, 0.90, 0.76, 0.8, Gain: 0.8, Tau: 8, Urban: 0.3)),
        ("STAFF_WITH_COMPUTER", new DemoShare(0.80, 1.00, 0.95, 1.0, Gain: 1.0, Tau: 4)),
        ("STAFF_WITH_PROC_ACCOUNT", new DemoShare(0.85, 1.00, 0.96, 1.0, Gain: 1.5, Tau: 3)),
        ("SATISFACTION_RATE", new DemoShare(0.97, 1.00, 0.996, 0.8, Gain: 0.5, Tau: 6)),
        ("SERVICES_ON_NATIONAL_PORTAL", new DemoShare(0.90, 1.00, 0.97, 1.0, Gain: 1.5, Tau: 4)),
        ("DISTRICT_RESULTS_DIGITISED", new DemoShare(0.30, 1.00, 0.70, 1.0, Gain: 2.5, Tau: 4)),
        ("SERVICES_STREAMLINED", new DemoShare(0.00, 1.00, 0.30, 1.0, Gain: 2.5, Tau: 6)),
    ];

    /// <summary>Yes/no answers that, once yes, stay yes (a connection, a team set up).</summary>
    public static readonly IReadOnlyList<(string Code, DemoFlag Flag)> Flags =
    [
        ("IOC_CONNECTED", new DemoFlag(0.95, 0.50)),
        ("ONLINE_MEETING_CONNECTED", new DemoFlag(0.93, 0.50)),
        ("DOCUMENT_SYSTEM_CONNECTED", new DemoFlag(0.97, 0.50)),
        ("SINGLE_PROC_SYSTEM", new DemoFlag(0.97, 0.50)),
        ("SPECIALISED_NETWORK", new DemoFlag(0.90, 0.30)),
        ("RAPID_RESPONSE_TEAM", new DemoFlag(0.60, 0.15)),
    ];

    public static readonly IReadOnlyList<(string Code, DemoTask Task)> Tasks =
    [
        ("AGENCY_ID_CODES", new DemoTask(new DateOnly(2025, 6, 10), 18, 0.8, 0.02)),
        ("INFO_SYSTEMS_IN_USE", new DemoTask(new DateOnly(2025, 6, 15), 18, 0.8, 0.02)),
        ("URGENT_DX_TASKS", new DemoTask(new DateOnly(2025, 7, 1), 100, 0.6, 0.06)),
        ("PROCEDURE_LIST_PUBLISHED", new DemoTask(new DateOnly(2025, 6, 5), 18, 0.7, 0.01)),
        ("PROCEDURE_FOCAL_POINT", new DemoTask(new DateOnly(2025, 6, 10), 18, 0.8, 0.02)),
        ("PREMISES_PLAN", new DemoTask(new DateOnly(2025, 6, 10), 18, 0.9, 0.03)),
        ("SERVICE_FAULTS_REVIEWED", new DemoTask(new DateOnly(2025, 7, 1), 45, 0.7, 0.05)),
        ("INFO_SYSTEMS_UPGRADED", new DemoTask(new DateOnly(2025, 7, 15), 130, 0.6, 0.08)),
        ("DIGITISATION_RESOURCES", new DemoTask(new DateOnly(2025, 7, 1), 60, 0.7, 0.04)),
        ("DX_WORKING_GROUPS", new DemoTask(new DateOnly(2025, 6, 25), 12, 0.7, 0.02)),
        ("CIVIL_DATA_MIGRATED", new DemoTask(new DateOnly(2025, 6, 25), 10, 0.8, 0.03)),
        ("PROCESSES_STREAMLINED", new DemoTask(new DateOnly(2025, 7, 15), 80, 0.6, 0.05)),
    ];

    /// <summary>How much a unit's standing on one indicator follows its general standing (the rest is its own).</summary>
    public const double GeneralWeight = 0.6;

    /// <summary>Essential services whose workflow Plan 02 asks to streamline.</summary>
    public const int EssentialServices = 25;

    /// <summary>Residents per digital-skills session a month, at a unit of median zeal.</summary>
    public const double ResidentsPerSession = 20_000;
}
