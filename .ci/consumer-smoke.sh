#!/usr/bin/env bash
# A brand-new console project, created outside the repository, references the packed Pilkada.Domain and
# Pilkada.Domain.Testing from a local folder feed, builds with -warnaserror, runs a validator and property tests with the
# package's region, NIK and laporan generators, and resolves the validators from AddPilkadaDomain; then the pilkada tool
# is installed from the same folder and run.
# Usage: .ci/consumer-smoke.sh <package folder>
set -euo pipefail
feed=$(cd "$1" && pwd)
version_of() { local p; p=$(ls "$feed"/"$1".[0-9]*.nupkg | grep -v '\.symbols\.' | head -n 1); p=$(basename "$p" .nupkg); echo "${p#$1.}"; }
version=$(version_of Pilkada.Domain)
testing_version=$(version_of Pilkada.Domain.Testing)
tool_version=$(version_of pilkada)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML
cat > Consumer.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Pilkada.Domain" Version="$version" />
    <PackageReference Include="Pilkada.Domain.Testing" Version="$testing_version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
  </ItemGroup>
</Project>
XML
cat > Program.cs <<'CS'
using System.Globalization;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Pilkada.Domain;
using Pilkada.Domain.Cases;
using Pilkada.Domain.People;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Testing;
using Pilkada.Domain.Validation;

var bima = RegionCatalog.Default[RegionCode.Parse("52.72", CultureInfo.InvariantCulture)];
Console.WriteLine($"{bima.Code} {bima.Name} {bima.TimeZone.Abbreviation()} {RegionCatalog.Default.Count}");

var validator = new InlineValidator<string>();
validator.RuleFor(s => s).RegionCode(RegionLevel.KabupatenKota);
var result = validator.Validate("52.99", PilkadaLanguage.Indonesian);
Console.WriteLine(result.Errors[0].ErrorCode);

// A property test a user writes for their own rule, with the package's generators.
var property = Prop.ForAll(PilkadaGenerators.CatalogRegionCodeAt(RegionLevel.KabupatenKota).ToArbitrary(),
    code => validator.Validate(code.ToString()).IsValid);
Check.QuickThrowOnFailure(property);
Console.WriteLine("property held");

// Every kind of malformed NIK fails with its own code.
Check.QuickThrowOnFailure(Prop.ForAll(PilkadaGenerators.InvalidNik.ToArbitrary(),
    bad => !Nik.TryParse(bad.Text.AsSpan(), out _, out var error) && error.Error == bad.Expected));
Console.WriteLine("nik property held");

// Reports from the generators, checked by the validator the container gives, with the clock at the reference instant.
var at = Instant.FromUtc(2024, 11, 2, 2, 0);
var services = new ServiceCollection();
services.AddSingleton<IClock>(new NodaTime.Testing.FakeClock(at));
services.AddPilkadaDomain(o => o.Language = PilkadaLanguage.Indonesian);
using var provider = services.BuildServiceProvider();
var laporanValidator = provider.GetRequiredService<IValidator<Laporan>>();
Check.QuickThrowOnFailure(Prop.ForAll(PilkadaGenerators.CompleteLaporan(at).ToArbitrary(), l => laporanValidator.Validate(l).IsValid));
Check.QuickThrowOnFailure(Prop.ForAll(PilkadaGenerators.LaporanMissingOne(at).ToArbitrary(),
    x => laporanValidator.Validate(x.Laporan).Errors.Select(e => e.ErrorCode).Distinct().SequenceEqual([x.ExpectedCode])));
Console.WriteLine("laporan properties held");
CS
dotnet build -c Release -warnaserror 2>&1 | tee build.log
dotnet run -c Release --no-build 2>&1 | tee run.log
grep -q "52.72 Kota Bima WITA 91599" run.log
grep -q "RegionCode.NotInCatalog" run.log
grep -q "property held" run.log
grep -q "nik property held" run.log
grep -q "laporan properties held" run.log
echo "consumer project passed with Pilkada.Domain $version and Pilkada.Domain.Testing $testing_version"

dotnet tool install pilkada --version "$tool_version" --tool-path "$work/tools" --add-source "$feed" > tool.log 2>&1 || { cat tool.log; exit 1; }
"$work/tools/pilkada" region 52.72 | tee tool-run.log
grep -q "Kota Bima" tool-run.log
echo "the pilkada tool installs from the package folder and runs"
