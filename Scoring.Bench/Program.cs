using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using DashboardKpi.Scoring.Bench;
using DashboardKpi.Scoring.Bench.Ingest;

// dotnet run -c Release --project Scoring.Bench -- --filter '*'       every benchmark, short job (docs/benchmarks.md)
// dotnet run -c Release --project Scoring.Bench -- --check            every set-up once, results checked (about a minute)
// dotnet run -c Release --project Scoring.Bench -- --ingest-memory    peak memory of imports by row count
// scripts/bench-stores.sh                                             import and rescore on SQLite and PostgreSQL
if (args is ["--check", ..])
{
    return await SelfCheck.RunAsync();
}

if (args is ["--stores", ..])
{
    return await StoreComparison.RunAsync();
}

if (args is ["--ingest-memory", ..])
{
    return await IngestMemory.RunAsync();
}

// The short job (1 launch, 3 warm-ups, 3 iterations) keeps a full run around ten minutes on a shared 2-core
// machine; "--job medium" or "--job long" on the command line replace it for steadier numbers.
var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
if (!args.Any(a => a is "--job" or "-j"))
{
    config = config.AddJob(Job.ShortRun);
}

BenchmarkSwitcher.FromAssembly(typeof(BenchData).Assembly).Run(args, config);
return 0;
