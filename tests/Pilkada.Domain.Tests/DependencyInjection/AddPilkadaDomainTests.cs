using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Cases;
using Pilkada.Domain.DependencyInjection;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Tests.Infrastructure;
using Pilkada.Domain.Violations;

namespace Pilkada.Domain.Tests.DependencyInjection;

public class AddPilkadaDomainTests
{
    // A report known on Friday 25 October 2024 in Kota Pangkal Pinang (WIB) and filed on Monday 4 November 2024 at 10.00:
    // day 10 after it became known. Too late under the Pilkada's 7 hari kalender (UU 1/2015 Pasal 134 ayat (4)); under the
    // Pemilu's 7 hari kerja (UU 7/2017 Pasal 454 ayat (6)) the last day is Tuesday 5 November, so it is in time.
    private static readonly Laporan LateForPilkada = IntakeArbitraries.Complete with { FiledAt = Instant.FromUtc(2024, 11, 4, 3, 0) };

    private static ServiceProvider Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void Every_service_resolves_from_a_real_container_with_the_defaults()
    {
        using var provider = Build(s => s.AddPilkadaDomain());

        Assert.Same(RegionCatalog.Default, provider.GetRequiredService<RegionCatalog>());
        Assert.Same(ElectionCatalog.Default, provider.GetRequiredService<ElectionCatalog>());
        Assert.Same(NonWorkingDayTable.Default, provider.GetRequiredService<NonWorkingDayTable>());
        Assert.Same(WorkingDayCalendar.Default, provider.GetRequiredService<WorkingDayCalendar>());
        Assert.Same(InstitutionDirectory.Default, provider.GetRequiredService<InstitutionDirectory>());
        Assert.Same(Jurisdiction.Default, provider.GetRequiredService<Jurisdiction>());
        Assert.Same(OffenceCatalog.Default, provider.GetRequiredService<OffenceCatalog>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Equal(LegalRegimeKind.Pilkada, provider.GetRequiredService<ILegalRegimeProvider>().DefaultKind);
        Assert.IsType<LaporanValidator>(provider.GetRequiredService<IValidator<Laporan>>());
        Assert.IsType<TemuanValidator>(provider.GetRequiredService<IValidator<Temuan>>());
        Assert.Same(provider.GetRequiredService<LaporanValidator>(), provider.GetRequiredService<IValidator<Laporan>>());
        Assert.Same(provider.GetRequiredService<IValidator<Temuan>>(), provider.GetRequiredService<IValidator<Temuan>>());
        Assert.NotNull(provider.GetRequiredService<PilkadaDomainOptions>());
    }

    [Fact]
    public void The_Pilkada_regime_rejects_a_report_on_day_10_and_the_Pemilu_regime_accepts_it_within_7_working_days()
    {
        using var pilkada = Build(s => s.AddPilkadaDomain());
        using var pemilu = Build(s => s.AddPilkadaDomain(o => o.Regime = LegalRegimeKind.Pemilu));

        var pilkadaResult = pilkada.GetRequiredService<IValidator<Laporan>>().Validate(LateForPilkada);
        var pemiluResult = pemilu.GetRequiredService<IValidator<Laporan>>().Validate(LateForPilkada);

        Assert.Contains(pilkadaResult.Errors, e => e.ErrorCode == LaporanRequirements.Daluwarsa);
        Assert.True(pemiluResult.IsValid, string.Join(" | ", pemiluResult.Errors));
        Assert.Equal(PemiluDeadlines.Report, pemilu.GetRequiredService<LaporanValidatorOptions>().ReportRule);
    }

    [Fact]
    public void The_options_language_and_regime_flow_into_the_message_7_hari_kerja()
    {
        using var provider = Build(s => s.AddPilkadaDomain(o =>
        {
            o.Regime = LegalRegimeKind.Pemilu;
            o.Language = PilkadaLanguage.Indonesian;
        }));
        var late = IntakeArbitraries.Complete with { FiledAt = Instant.FromUtc(2024, 11, 8, 3, 0) };

        using (new CultureScope("en-US"))
        {
            var error = Assert.Single(provider.GetRequiredService<IValidator<Laporan>>().Validate(late).Errors);

            Assert.Equal(LaporanRequirements.Daluwarsa, error.ErrorCode);
            Assert.Contains("7 hari kerja", error.ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_language_chosen_by_the_call_wins_over_the_options()
    {
        using var provider = Build(s => s.AddPilkadaDomain(o => o.Language = PilkadaLanguage.Indonesian));
        var validator = provider.GetRequiredService<LaporanValidator>();

        var english = validator.ValidateAll(LateForPilkada, PilkadaLanguage.English);
        var byDefault = validator.ValidateAll(LateForPilkada);

        Assert.Contains("days", english.Unmet.Single().Message, StringComparison.Ordinal);
        Assert.Contains("hari", byDefault.Unmet.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_language_the_current_UI_culture_is_read_at_each_call()
    {
        using var provider = Build(s => s.AddPilkadaDomain());
        var validator = provider.GetRequiredService<IValidator<Laporan>>();

        string Message() => Assert.Single(validator.Validate(LateForPilkada).Errors).ErrorMessage;

        using (new CultureScope("id-ID"))
        {
            Assert.Contains("hari", Message(), StringComparison.Ordinal);
        }

        using (new CultureScope("en-GB"))
        {
            Assert.Contains("days", Message(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_fake_clock_in_the_options_gives_now()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 10, 28, 3, 0));
        using var provider = Build(s => s.AddPilkadaDomain(o => o.Clock = clock));

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        var assessment = provider.GetRequiredService<LaporanValidator>().ValidateAll(IntakeArbitraries.Complete);
        Assert.Equal(clock.GetCurrentInstant(), assessment.ReferenceInstant);

        // "Now" is before the filing: a report cannot have been filed in the future.
        clock.Reset(Instant.FromUtc(2024, 10, 27, 0, 0));
        Assert.Contains(provider.GetRequiredService<IValidator<Laporan>>().Validate(IntakeArbitraries.Complete).Errors, e => e.ErrorCode == LaporanRequirements.Daluwarsa);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_user_registered_clock_wins_before_or_after(bool before)
    {
        var mine = new FakeClock(Instant.FromUtc(2024, 10, 28, 3, 0));
        var options = new FakeClock(Instant.FromUtc(2030, 1, 1, 0, 0));
        using var provider = Build(s =>
        {
            if (before)
            {
                s.AddSingleton<IClock>(mine);
            }

            s.AddPilkadaDomain(o => o.Clock = options);
            if (!before)
            {
                s.AddSingleton<IClock>(mine);
            }
        });

        Assert.Same(mine, provider.GetRequiredService<IClock>());
        Assert.Same(mine, provider.GetRequiredService<LaporanValidatorOptions>().Clock);
    }

    [Fact]
    public void Calling_it_twice_registers_once_and_applies_both_configurations()
    {
        var services = new ServiceCollection();
        services.AddPilkadaDomain(o => o.Regime = LegalRegimeKind.Pemilu);
        var count = services.Count;
        services.AddPilkadaDomain(o => o.Language = PilkadaLanguage.Indonesian);

        Assert.Equal(count, services.Count);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<LaporanValidatorOptions>();
        Assert.Equal(LegalRegimeKind.Pemilu, options.Regime);
        Assert.Equal(PilkadaLanguage.Indonesian, options.Language);
    }

    [Fact]
    public void A_user_registered_catalogue_is_the_one_the_validators_use()
    {
        var table = NonWorkingDayTable.Default.Without(new LocalDate(2024, 11, 27));
        using var provider = Build(s =>
        {
            s.AddSingleton(table);
            s.AddPilkadaDomain();
        });

        Assert.Same(table, provider.GetRequiredService<NonWorkingDayTable>());
        Assert.True(provider.GetRequiredService<WorkingDayCalendar>().IsWorkingDay(new LocalDate(2024, 11, 27)));
        Assert.Same(provider.GetRequiredService<WorkingDayCalendar>(), provider.GetRequiredService<LaporanValidatorOptions>().WorkingDays);
    }

    [Fact]
    public void Strictness_and_the_PPK_follow_up_rule_come_from_the_options()
    {
        var ppk = new DeadlineRule("ppk.follow-up", DeadlinePeriod.WorkingDays(14), "Tindak lanjut PPK", "PPK follow-up", new LegalReference("Surat edaran instansi"));
        using var provider = Build(s => s.AddPilkadaDomain(o =>
        {
            o.Validation = new LaporanValidatorOptions { MinimumDescriptionWords = 50 };
            o.RegimeOptions = new LegalRegimeOptions { PpkFollowUp = ppk };
        }));

        var errors = provider.GetRequiredService<IValidator<Laporan>>().Validate(IntakeArbitraries.Complete with { FiledAt = Instant.FromUtc(2024, 10, 28, 3, 0) }).Errors;
        Assert.Contains(errors, e => e.ErrorCode == LaporanRequirements.Uraian);
        var regime = provider.GetRequiredService<ILegalRegimeProvider>().For(new LocalDate(2024, 10, 28));
        Assert.Equal(LegalRegimeKind.Pilkada, regime.Kind);
        Assert.Same(ppk, regime.PpkFollowUp);
    }

    [Fact]
    public void Inconsistent_options_fail_at_registration_naming_the_option()
    {
        var services = new ServiceCollection();

        var regime = Assert.Throws<ArgumentException>(() => services.AddPilkadaDomain(o => o.Regime = LegalRegimeKind.None));
        var language = Assert.Throws<ArgumentException>(() => services.AddPilkadaDomain(o => o.Language = (PilkadaLanguage)7));

        Assert.Contains("Regime", regime.Message, StringComparison.Ordinal);
        Assert.Contains("Language", language.Message, StringComparison.Ordinal);
    }
}
