using System.Globalization;
using System.Text;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Storage;

/// <summary>
/// Every column type we store, written and read back through the real repositories. Runs under vi-VN, where the
/// decimal separator is a comma, to prove no conversion depends on the current culture.
/// </summary>
[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
[SetCulture("vi-VN")]
public sealed class ColumnRoundTripTests(StorageProvider provider) : StorageTestBase(provider)
{
    private static readonly decimal[] Decimals =
        [42.5m, 0.1m, 1117m, 17m / 40m, 0.0000000001m, -3.25m, 123456789012345678.0123456789m, 0m];

    [TestCaseSource(nameof(Decimals))]
    public async Task Decimal_StoredAsValuePartWhole_ReadsBackExactly(decimal value)
    {
        var runId = await TestData.StartRunAsync(Connections);
        var reading = TestData.Reading("roundtrip.decimal." + value.ToString(CultureInfo.InvariantCulture), "2026-06", value) with { Part = value, Whole = value };
        var indicators = new IndicatorRepository(Connections);

        await indicators.UpsertAsync([reading], runId, TestData.At, CancellationToken.None);

        var stored = await indicators.FindAsync(reading.Key, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored!.Value, Is.EqualTo(value));
            Assert.That(stored.Part, Is.EqualTo(value));
            Assert.That(stored.Whole, Is.EqualTo(value));
        }
    }

    [Test]
    public async Task DateOnlyAndBoolAndTaskStatus_ReadBackExactly()
    {
        var runId = await TestData.StartRunAsync(Connections);
        var reading = TestData.Reading("roundtrip.task", "2026-06") with { TaskStatus = "done", CompletedOn = new DateOnly(2025, 7, 15), Flag = false };
        var indicators = new IndicatorRepository(Connections);

        await indicators.UpsertAsync([reading], runId, TestData.At, CancellationToken.None);

        var stored = await indicators.FindAsync(reading.Key, CancellationToken.None);
        Assert.That((stored!.TaskStatus, stored.CompletedOn, stored.Flag), Is.EqualTo(("done", (DateOnly?)new DateOnly(2025, 7, 15), (bool?)false)));
    }

    [Test]
    public async Task DateTimeOffset_WithTicksAndVietnamOffset_ReadsBackTickForTickWithItsOffset()
    {
        var at = new DateTimeOffset(2026, 11, 22, 23, 59, 59, TimeSpan.FromHours(7)).AddTicks(1234567);
        var audit = new AuditLogRepository(Connections);

        var id = await audit.AppendAsync(new AuditEntry { At = at, UserName = "roundtrip", Action = "test.datetimeoffset", Subject = "s" }, CancellationToken.None);

        var stored = (await audit.ListForSubjectAsync("s", 10, CancellationToken.None)).Single(e => e.Id == id);
        if (Provider == StorageProvider.PostgreSql)
        {
            // timestamptz keeps the instant, in UTC, to the microsecond: the same instant, the last tick digit dropped.
            Assert.That((stored.At.UtcTicks, stored.At.Offset), Is.EqualTo((at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero)));
        }
        else
        {
            Assert.That((stored.At.Ticks, stored.At.Offset), Is.EqualTo((at.Ticks, TimeSpan.FromHours(7))));
        }
    }

    [Test]
    public async Task VietnameseText_InNfc_ReadsBackIdenticalInNfc()
    {
        const string Text = "Phường Thủ Dầu Một – Đặc khu Côn Đảo: ưu tiên, hoàn thành, Nguyễn Thị Ánh Tuyết";
        Assert.That(Text.IsNormalized(NormalizationForm.FormC), Is.True);
        var audit = new AuditLogRepository(Connections);

        var id = await audit.AppendAsync(new AuditEntry { At = TestData.At, UserName = "người dùng", Action = "test.text", Subject = Text, DetailJson = "{\"ghiChú\":\"" + Text + "\"}" }, CancellationToken.None);

        var stored = (await audit.ListForSubjectAsync(Text, 10, CancellationToken.None)).Single(e => e.Id == id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.Subject, Is.EqualTo(Text));
            Assert.That(Encoding.UTF8.GetBytes(stored.Subject), Is.EqualTo(Encoding.UTF8.GetBytes(Text)));
            Assert.That(stored.UserName, Is.EqualTo("người dùng"));
            Assert.That(stored.Subject.IsNormalized(NormalizationForm.FormC), Is.True);
        }
    }
}
