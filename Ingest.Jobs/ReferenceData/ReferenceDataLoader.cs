using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Ingest.Jobs.ReferenceData;

/// <summary>
/// Loads the embedded communes, merger table, boundaries and recorded re-organisations at start-up. Each file is loaded only when its
/// SHA-256 differs from the one recorded in ReferenceDataset, so a second start is a no-op and a corrected file
/// shipped with a new release is picked up without a migration.
/// </summary>
public sealed class ReferenceDataLoader(ReferenceDataRepository repository, TimeProvider clock, ILogger<ReferenceDataLoader> logger)
{
    public const string CommunesDataset = "communes";
    public const string MergerMappingDataset = "merger-mapping";
    public const string BoundariesDataset = "boundaries";
    public const string UnitChangesDataset = "unit-changes";

    /// <summary>Returns the names of the datasets that were (re)loaded; empty when everything was current.</summary>
    public async Task<IReadOnlyList<string>> LoadAsync(CancellationToken ct)
    {
        var loaded = new List<string>();

        // Communes first: the merger table refers to them.
        var unitsText = ReferenceDataFiles.ReadText(ReferenceDataFiles.Units);
        if (await NeedsLoadAsync(CommunesDataset, unitsText, ct).ConfigureAwait(false) is { } communesHash)
        {
            var communes = CommuneJsonReader.Read(unitsText);
            await repository.UpsertCommunesAsync(communes, Marker(CommunesDataset, communesHash, communes.Count), ct).ConfigureAwait(false);
            loaded.Add(CommunesDataset);
        }

        var mappingText = ReferenceDataFiles.ReadText(ReferenceDataFiles.MergerMapping);
        if (await NeedsLoadAsync(MergerMappingDataset, mappingText, ct).ConfigureAwait(false) is { } mappingHash)
        {
            var rows = MergerMappingCsvReader.Read(mappingText);
            await repository.ReplaceMergerMappingAsync(rows, Marker(MergerMappingDataset, mappingHash, rows.Count), ct).ConfigureAwait(false);
            loaded.Add(MergerMappingDataset);
        }

        var geoJson = ReferenceDataFiles.ReadText(ReferenceDataFiles.Boundaries);
        if (await NeedsLoadAsync(BoundariesDataset, geoJson, ct).ConfigureAwait(false) is { } boundaryHash)
        {
            var boundary = new MapOutline { Name = MapOutline.Communes168, Sha256 = boundaryHash, GeoJson = geoJson, LoadedAt = clock.GetUtcNow() };
            await repository.UpsertBoundaryAsync(boundary, Marker(BoundariesDataset, boundaryHash, 1), ct).ConfigureAwait(false);
            loaded.Add(BoundariesDataset);
        }

        if (await LoadUnitChangesAsync(ReferenceDataFiles.ReadText(ReferenceDataFiles.UnitChanges), ct).ConfigureAwait(false))
        {
            loaded.Add(UnitChangesDataset);
        }

        if (loaded.Count > 0)
        {
            logger.LogInformation("Loaded reference data: {Datasets}", loaded);
        }

        return loaded;
    }

    /// <summary>
    /// Stores the re-organisations recorded in <paramref name="json"/> (hcmc_unit_changes.json's form) when they differ
    /// from what was loaded; true when stored. Checked first against the units of 1 July 2025: a file with a problem
    /// throws <see cref="InvalidDataException"/> naming each one and stores nothing.
    /// </summary>
    public async Task<bool> LoadUnitChangesAsync(string json, CancellationToken ct)
    {
        if (await NeedsLoadAsync(UnitChangesDataset, json, ct).ConfigureAwait(false) is not { } hash)
        {
            return false;
        }

        var changes = UnitChangesJsonReader.Read(json);
        var founding = CommuneJsonReader.Read(ReferenceDataFiles.ReadText(ReferenceDataFiles.Units)).Select(c => c.Code);
        if (UnitChangesCheck.Problems(changes, founding) is { Count: > 0 } problems)
        {
            throw new InvalidDataException(ReferenceDataFiles.UnitChanges + ": " + string.Join(" ", problems));
        }

        var started = changes.SelectMany(c => c.Started).ToList();
        var links = changes.SelectMany(c => c.Links()).ToList();
        await repository.ReplaceUnitChangesAsync(started, links, Marker(UnitChangesDataset, hash, changes.Count), ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>The new hash when the stored one differs (or is missing); null when the dataset is current.</summary>
    private async Task<string?> NeedsLoadAsync(string dataset, string text, CancellationToken ct)
    {
        var hash = Sha256Hex.Of(text);
        var stored = await repository.FindDatasetAsync(dataset, ct).ConfigureAwait(false);
        return stored?.Sha256 == hash ? null : hash;
    }

    private ReferenceDataset Marker(string name, string hash, int count) =>
        new() { Name = name, Sha256 = hash, ItemCount = count, LoadedAt = clock.GetUtcNow() };
}
