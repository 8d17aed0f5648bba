using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Pilkada.Domain.Benchmarks -- --filter '*Region*'
// Results land in BenchmarkDotNet.Artifacts/results; the committed copies are in benchmarks/results/.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
