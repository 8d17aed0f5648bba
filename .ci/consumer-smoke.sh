#!/usr/bin/env bash
# Creates a brand-new console project outside the repository that references the packed Pilkada.Domain from a
# local folder feed, builds it with warnings as errors and runs it. Usage: .ci/consumer-smoke.sh <package folder>
set -euo pipefail
feed=$(cd "$1" && pwd)
package=$(ls "$feed"/Pilkada.Domain.[0-9]*.nupkg | grep -v '\.symbols\.' | head -n 1)
version=$(basename "$package" .nupkg); version=${version#Pilkada.Domain.}
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
  </ItemGroup>
</Project>
XML
cat > Program.cs <<'CS'
using System.Globalization;
using FluentValidation;
using Pilkada.Domain;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Validation;

var bima = RegionCatalog.Default[RegionCode.Parse("52.72", CultureInfo.InvariantCulture)];
Console.WriteLine($"{bima.Code} {bima.Name} {bima.TimeZone.Abbreviation()} {RegionCatalog.Default.Count}");

var validator = new InlineValidator<string>();
validator.RuleFor(s => s).RegionCode(RegionLevel.KabupatenKota);
var result = validator.Validate("52.99", PilkadaLanguage.Indonesian);
Console.WriteLine(result.Errors[0].ErrorCode);
CS
dotnet run -c Release 2>&1 | tee run.log
grep -q "52.72 Kota Bima WITA 91599" run.log
grep -q "RegionCode.NotInCatalog" run.log
echo "consumer smoke test passed with Pilkada.Domain $version"
