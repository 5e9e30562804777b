using DashboardKpi.Ingest.Jobs.Reports.Narrative;

namespace DashboardKpi.Scoring.Tests.Ingest;

public class NarrativeReaderTests
{
    private static readonly Lazy<NarrativeReading> _clean = new(() => NarrativeReader.Read(SampleReportKey.Clean));
    private static readonly Lazy<NarrativeReading> _ocr = new(() => NarrativeReader.Read(SampleReportKey.Ocr));

    [TestCaseSource(typeof(SampleReportKey), nameof(SampleReportKey.Cases))]
    public void CleanSample_ProposesTheAnswerKeyValue(string task, string code, string value)
    {
        var proposal = _clean.Value.Proposals.Single(p => p.IndicatorCode == code);

        Assert.That((proposal.Task, proposal.Value), Is.EqualTo((task, value)), $"{proposal.NoteEn} | {proposal.Evidence}");
        Assert.That(proposal.Evidence.Substring(proposal.MatchStart, proposal.MatchLength), Is.Not.Empty);
    }

    [Test]
    public void CleanSample_FindsAll29TaskSections()
    {
        Assert.That(_clean.Value.Sections.Select(s => s.Task), Is.EqualTo(TaskNumbering.All()));
    }

    [Test]
    public void OcrSample_FindsAll29TaskSections()
    {
        Assert.That(_ocr.Value.Sections.Select(s => s.Task), Is.EqualTo(TaskNumbering.All()));
    }

    [Test]
    public void OcrSample_ProposesAtLeast90PercentOfTheKey_AndNothingThatContradictsIt()
    {
        var proposals = _ocr.Value.Proposals.ToDictionary(p => p.IndicatorCode);
        var wrong = SampleReportKey.Rows.Where(r => proposals[r.Code].Value is { } v && v != r.Value).Select(r => $"{r.Code}: {proposals[r.Code].Value} ≠ {r.Value}").ToList();
        var found = SampleReportKey.Rows.Count(r => proposals[r.Code].Value == r.Value);
        var missing = SampleReportKey.Rows.Where(r => proposals[r.Code].Value is null).Select(r => $"{r.Code} ({proposals[r.Code].NoteEn})");

        Assert.That(wrong, Is.Empty);
        Assert.That(found, Is.GreaterThanOrEqualTo((int)Math.Ceiling(SampleReportKey.Rows.Length * 0.9)), string.Join("; ", missing));
    }

    [Test]
    public void Targets_AreNeverProposedAsValues()
    {
        foreach (var reading in new[] { _clean.Value, _ocr.Value })
        {
            Assert.That(reading.Found.Select(p => p.Value), Has.None.EqualTo("1000"));
            Assert.That(reading.Proposals.Single(p => p.IndicatorCode == "ONLINE_DOSSIERS").Value, Is.EqualTo("1482"));
            Assert.That(reading.Proposals.Single(p => p.IndicatorCode == "RESULTS_DIGITAL").Value, Is.EqualTo("1258/1305"));
        }
    }

    [Test]
    public void ATargetAlone_IsNotAValue_AndTheNoteSaysSo()
    {
        var reading = NarrativeReader.Read("""
            I. KẾT QUẢ THỰC HIỆN 8 NHIỆM VỤ CHUNG
            2) Về dịch vụ công trực tuyến: Phường phấn đấu đạt chỉ tiêu 100% kết quả được trả bằng hình thức điện tử và tiếp nhận 1.000 hồ sơ trực tuyến/năm.
            """);

        var results = reading.Proposals.Single(p => p.IndicatorCode == "RESULTS_DIGITAL");
        var dossiers = reading.Proposals.Single(p => p.IndicatorCode == "ONLINE_DOSSIERS");
        Assert.That((results.Value, dossiers.Value), Is.EqualTo(((string?)null, (string?)null)));
        Assert.That(results.NoteEn, Does.Contain("target"));
    }

    [Test]
    public void AFigureGivenTwiceDifferently_IsFlagged_NotPicked()
    {
        var reading = NarrativeReader.Read("""
            I. KẾT QUẢ THỰC HIỆN 8 NHIỆM VỤ CHUNG
            7) An toàn thông tin: 17/40 máy được cập nhật phần mềm diệt virus. Theo thống kê khác, 18/40 máy đã cập nhật.
            """);

        var av = reading.Proposals.Single(p => p.IndicatorCode == "AV_UPDATED_MACHINES");
        Assert.That(av.Value, Is.Null);
        Assert.That(av.NoteEn, Does.Contain("17/40").And.Contain("18/40"));
    }

    [TestCase("hệ thống có 52 máy tính, trong đó 49 máy đã được cài đặt và cập nhật phần mềm phòng, chống mã độc", "49/52")]
    [TestCase("he thong có 52 máy tinh, trong dó 49 máy da đưoc cai dât và câp nhat phân mern phong, ch6ng mã d0c", "49/52")]
    [TestCase("Hệ thống máy tính có 17/40 máy được cập nhật phần mềm diệt virus", "17/40")]
    [TestCase("cập nhật phần mềm diệt virus cho l7/4O máy", "17/40")]
    [TestCase("có 49 máy trên tổng số 52 máy đã cập nhật phần mềm", "49/52")]
    public void MachinesWithAntiMalware_AreReadInTheirUsualForms(string sentence, string expected)
    {
        var reading = NarrativeReader.Read($"I. NHIỆM VỤ CHUNG\n7) Về an toàn thông tin: {sentence}.\n");

        Assert.That(reading.Proposals.Single(p => p.IndicatorCode == "AV_UPDATED_MACHINES").Value, Is.EqualTo(expected));
    }

    [Test]
    public void DossiersPerMonth_WithResolvedInside_AreRead()
    {
        var reading = NarrativeReader.Read("I. NHIỆM VỤ CHUNG\n2) Dịch vụ công trực tuyến: đạt 1117 hồ sơ/tháng, trong đó 822 hồ sơ đã giải quyết, 295 hồ sơ đang giải quyết.\n");

        var values = reading.Found.ToDictionary(p => p.IndicatorCode, p => p.Value);
        Assert.That((values["ONLINE_DOSSIERS"], values["DOSSIERS_RESOLVED"], values["DOSSIERS_IN_PROGRESS"]), Is.EqualTo(("1117", "822", "295")));
    }

    [Test]
    public void ATextThatIsNoReport_GivesNoValues_AndSaysWhy()
    {
        var reading = NarrativeReader.Read("Kính gửi: Sở Khoa học và Công nghệ. Nội dung không liên quan.");

        Assert.That(reading.Found, Is.Empty);
        Assert.That(reading.Proposals.All(p => p.NoteVi is not null && p.NoteEn is not null), Is.True);
    }
}
