using System.Text;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.ReferenceData;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class CommuneRepositoryTests(StorageProvider provider) : StorageTestBase(provider)
{
    private CommuneRepository Communes => new(Connections);

    [Test]
    public async Task ListAsync_AfterSeeding_Has168UnitsOf113Phuong54Xa1DacKhu()
    {
        var communes = await Communes.ListAsync(CancellationToken.None);

        var byType = communes.GroupBy(c => c.Type).ToDictionary(g => g.Key, g => g.Count());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(communes, Has.Count.EqualTo(168));
            Assert.That(byType[CommuneTypes.Phuong], Is.EqualTo(113));
            Assert.That(byType[CommuneTypes.Xa], Is.EqualTo(54));
            Assert.That(byType[CommuneTypes.DacKhu], Is.EqualTo(1));
        }
    }

    [Test]
    public async Task FindAsync_SaiGon_ReadsBackNamesAreaPopulationAndLabelPointExactly()
    {
        var commune = await Communes.FindAsync(TestData.SaiGon, CancellationToken.None);

        Assert.That(commune, Is.EqualTo(new Commune
        {
            Code = "26740",
            Type = "phuong",
            TypeVi = "Phường",
            Name = "Sài Gòn",
            FullName = "Phường Sài Gòn",
            NameEn = "Sai Gon",
            FullNameEn = "Sai Gon Ward",
            CodeName = "sai_gon",
            AreaKm2 = 3.04m,
            Population = 47022,
            LabelLat = 10.783331m,
            LabelLon = 106.704295m,
            AdminCenterVi = "45 - 47 Lê Duẩn, phường Bến Nghé, quận 1 cũ",
            DataNote = null,
        }));
        Assert.That(commune!.FullName.IsNormalized(NormalizationForm.FormC), Is.True);
    }

    [Test]
    public async Task ListMergerMappingAsync_AfterSeeding_Has493RowsAndCoDaoWithoutOldCode()
    {
        var rows = await Communes.ListMergerMappingAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Has.Count.EqualTo(493));
            Assert.That(rows.Count(r => r.OldCode is null), Is.EqualTo(1));
            Assert.That(rows.Single(r => r.OldCode is null).MergeType, Is.EqualTo("whole_district"));
            Assert.That(rows.Select(r => r.OldCode).Where(c => c is not null).Distinct().Count(), Is.EqualTo(441));
        }
    }

    [Test]
    public async Task ResolveCodeAsync_OldCodeMergedWhollyIntoOneUnit_MapsToThatUnit()
    {
        // 25753 Phường Phú Thọ (old Thủ Dầu Một city) went wholly into Phường Thủ Dầu Một.
        var resolution = await Communes.ResolveCodeAsync("25753", new Period(2025, 9), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.Status, Is.EqualTo(CodeResolutionStatus.Mapped));
            Assert.That(resolution.Code, Is.EqualTo(TestData.ThuDauMot));
            Assert.That(resolution.Candidates.Single().OldFullName, Is.EqualTo("Phường Phú Thọ"));
        }
    }

    [Test]
    public async Task ResolveCodeAsync_OldCodeSplitAcrossUnits_IsAmbiguousWithEveryCandidate()
    {
        // 25741 Phường Hiệp Thành was split between 25747 and 25750.
        var resolution = await Communes.ResolveCodeAsync("25741", new Period(2025, 9), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resolution.Status, Is.EqualTo(CodeResolutionStatus.Ambiguous));
            Assert.That(resolution.Code, Is.Null);
            Assert.That(resolution.Candidates.Select(c => c.NewCode), Is.EqualTo(new[] { "25747", "25750" }));
        }
    }

    [Test]
    public async Task ResolveCodeAsync_CurrentCodeThatWasAlsoSplit_IsCurrentAfterMergerAndAmbiguousBefore()
    {
        // 25768 is a current code and also an old code split into 25768 and 25771.
        var after = await Communes.ResolveCodeAsync("25768", new Period(2025, 7), CancellationToken.None);
        var before = await Communes.ResolveCodeAsync("25768", new Period(2025, 6), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.Status, Is.EqualTo(CodeResolutionStatus.Current));
            Assert.That(before.Status, Is.EqualTo(CodeResolutionStatus.Ambiguous));
        }
    }

    [Test]
    public async Task ResolveCodeAsync_UnknownCode_IsUnknown()
    {
        var resolution = await Communes.ResolveCodeAsync("99999", new Period(2025, 9), CancellationToken.None);

        Assert.That(resolution.Status, Is.EqualTo(CodeResolutionStatus.Unknown));
    }

    [Test]
    public async Task FindBoundaryAsync_AfterSeeding_Holds168FeaturesWithTheEmbeddedFileHash()
    {
        var boundary = await Communes.FindBoundaryAsync(MapOutline.Communes168, CancellationToken.None);

        using var geoJson = JsonDocument.Parse(boundary!.GeoJson);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(geoJson.RootElement.GetProperty("features").GetArrayLength(), Is.EqualTo(168));
            Assert.That(boundary.Sha256, Is.EqualTo(Sha256Hex.Of(ReferenceDataFiles.ReadText(ReferenceDataFiles.Boundaries))));
            Assert.That(Sha256Hex.Of(boundary.GeoJson), Is.EqualTo(boundary.Sha256));
        }
    }

    [Test]
    public async Task LoadAsync_SecondTime_LoadsNothingAndKeepsCounts()
    {
        var loader = Target.ReferenceDataLoader();

        var loaded = await loader.LoadAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(loaded, Is.Empty);
            Assert.That(await Communes.ListAsync(CancellationToken.None), Has.Count.EqualTo(168));
            Assert.That(await Communes.ListMergerMappingAsync(CancellationToken.None), Has.Count.EqualTo(493));
        }
    }

    [Test]
    public async Task LoadAsync_AfterTheStoredHashChanged_ReloadsWithoutDuplicating()
    {
        var repository = new ReferenceDataRepository(Connections);
        var stale = new ReferenceDataset { Name = ReferenceDataLoader.MergerMappingDataset, Sha256 = new string('0', 64), ItemCount = 0, LoadedAt = TestData.At };
        await repository.ReplaceMergerMappingAsync(await Communes.ListMergerMappingAsync(CancellationToken.None), stale, CancellationToken.None);

        var loaded = await Target.ReferenceDataLoader().LoadAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(loaded, Is.EqualTo(new[] { ReferenceDataLoader.MergerMappingDataset }));
            Assert.That(await Communes.ListMergerMappingAsync(CancellationToken.None), Has.Count.EqualTo(493));
        }
    }
}
