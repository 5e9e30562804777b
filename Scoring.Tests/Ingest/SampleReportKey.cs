namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// The answer key of TestData/Reports/README.md (the made-up Tân Định report, September 2025), written as the values
/// the reader proposes for the v2 indicators: task, indicator, value as the import reads it.
/// </summary>
internal static class SampleReportKey
{
    public static string Clean => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Reports", "tan-dinh-2025-09.txt"));

    public static string Ocr => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Reports", "tan-dinh-2025-09.ocr.txt"));

    public static readonly (string Task, string Code, string Value)[] Rows =
    [
        ("C1", "IOC_CONNECTED", "có"),
        ("C2", "ONLINE_DOSSIERS", "1482"),
        ("C2", "DOSSIERS_RESOLVED", "1305"),
        ("C2", "DOSSIERS_IN_PROGRESS", "177"),
        ("C2", "RESULTS_DIGITAL", "1258/1305"),
        ("C3", "STAFF_TRAINED", "38/41"),
        ("C4", "PROCEDURES_RESTRUCTURED", "126/131"),
        ("C5", "DOCUMENT_SYSTEM_CONNECTED", "có"),
        ("C5", "DOCUMENTS_ONLINE", "97,8"),
        ("C6", "DOSSIERS_DIGITISED", "1391/1482"),
        ("C7", "AV_UPDATED_MACHINES", "49/52"),
        ("C7", "BACKUPS_DONE", "có"),
        ("C8", "STAFF_DIGITAL_SIGNATURE", "40/41"),
        ("C8", "WORK_FILES_ONLINE", "92"),
        ("S1", "AGENCY_ID_CODES", "hoàn thành 28/06/2025"),
        ("S2", "INFO_SYSTEMS_IN_USE", "hoàn thành"),
        ("S3", "SINGLE_PROC_SYSTEM", "có"),
        ("S4", "COMMUNITY_TECH_TEAMS", "11/12"),
        ("S5", "URGENT_DX_TASKS", "đang thực hiện"),
        ("S6", "PROCEDURE_LIST_PUBLISHED", "hoàn thành 01/07/2025"),
        ("S7", "DIGITAL_SKILLS_SESSIONS", "6"),
        ("S7", "DIGITAL_SKILLS_PARTICIPANTS", "420"),
        ("S8", "STAFF_WITH_COMPUTER", "41/41"),
        ("S9", "PROCEDURE_FOCAL_POINT", "hoàn thành"),
        ("S10", "STAFF_WITH_PROC_ACCOUNT", "41/41"),
        ("S11", "SATISFACTION_RATE", "98,2"),
        ("S12", "PREMISES_PLAN", "hoàn thành"),
        ("S13", "SERVICES_ON_NATIONAL_PORTAL", "100%"),
        ("S14", "SERVICE_FAULTS_REPORTED", "4"),
        ("S14", "SERVICE_FAULTS_FIXED", "3"),
        ("S15", "INFO_SYSTEMS_UPGRADED", "đang thực hiện"),
        ("S16", "DIGITISATION_RESOURCES", "hoàn thành"),
        ("S17", "DISTRICT_RESULTS_DIGITISED", "8640/9000"),
        ("S18", "DX_WORKING_GROUPS", "hoàn thành 08/07/2025"),
        ("S19", "CIVIL_DATA_MIGRATED", "hoàn thành"),
        ("S20", "SERVICES_STREAMLINED", "7"),
        ("S21", "ON_TIME_RATE", "98,7"),
        ("S21", "OVERDUE_DOSSIERS", "17"),
    ];

    public static IEnumerable<TestCaseData> Cases => Rows.Select(r => new TestCaseData(r.Task, r.Code, r.Value).SetName($"{r.Task} {r.Code} = {r.Value}"));

    public static string? Expected(string code) => Rows.FirstOrDefault(r => r.Code == code).Value;
}
