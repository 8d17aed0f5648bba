using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Cases;
using Pilkada.Domain.DependencyInjection;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Pilkada.Domain's catalogues, clock, legal regimes and validators in a service collection.</summary>
public static class PilkadaServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons: <see cref="PilkadaDomainOptions"/>, <see cref="RegionCatalog"/>,
    /// <see cref="ElectionCatalog"/>, <see cref="NonWorkingDayTable"/>, <see cref="WorkingDayCalendar"/>,
    /// <see cref="InstitutionDirectory"/>, <see cref="Jurisdiction"/>, <see cref="OffenceCatalog"/>,
    /// <see cref="ILegalRegimeProvider"/>, <see cref="IClock"/>, <see cref="LaporanValidatorOptions"/>,
    /// <see cref="LaporanValidator"/> and <see cref="TemuanValidator"/>, and the validators as FluentValidation's
    /// <see cref="IValidator{T}"/> of <see cref="Laporan"/> and <see cref="Temuan"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Every registration is a <c>TryAdd</c>: a service you register yourself (before, or after for single-service
    /// resolution) is the one used, also inside the validators — e.g. a NodaTime <c>FakeClock</c> as <see cref="IClock"/>
    /// in tests. Calling the method again adds nothing and applies its <paramref name="configure"/> to the same options.
    /// </para>
    /// <para>
    /// The registrations are explicit (no assembly scanning), so they are trimming- and native-AOT-safe.
    /// </para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> for the defaults (embedded data, Pilkada regime, system clock, messages in the current UI culture's language).</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are inconsistent (an undefined regime or language, a null option object).</exception>
    public static IServiceCollection AddPilkadaDomain(this IServiceCollection services, Action<PilkadaDomainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = ExistingOptions(services);
        var isNew = options is null;
        options ??= new PilkadaDomainOptions();
        configure?.Invoke(options);
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(configure));
        }

        if (!isNew)
        {
            return services;
        }

        services.TryAddSingleton(options);
        services.TryAddSingleton<IClock>(sp => Options(sp).Clock ?? SystemClock.Instance);
        services.TryAddSingleton(sp => Options(sp).Regions ?? RegionCatalog.Default);
        services.TryAddSingleton(sp => Options(sp).Elections ?? ElectionCatalog.Default);
        services.TryAddSingleton(sp => Options(sp).NonWorkingDays ?? NonWorkingDayTable.Default);
        services.TryAddSingleton(sp =>
        {
            var table = sp.GetRequiredService<NonWorkingDayTable>();
            var workingDays = Options(sp).WorkingDays;
            return workingDays is null && ReferenceEquals(table, NonWorkingDayTable.Default) ? WorkingDayCalendar.Default : table.ToCalendar(workingDays);
        });
        services.TryAddSingleton(sp =>
        {
            if (Options(sp).Institutions is { } institutions)
            {
                return institutions;
            }

            var regions = sp.GetRequiredService<RegionCatalog>();
            return ReferenceEquals(regions, RegionCatalog.Default) ? InstitutionDirectory.Default : new InstitutionDirectory(regions, InstitutionProfiles.Default);
        });
        services.TryAddSingleton(sp =>
        {
            var directory = sp.GetRequiredService<InstitutionDirectory>();
            return ReferenceEquals(directory, InstitutionDirectory.Default) ? Jurisdiction.Default : new Jurisdiction(directory);
        });
        services.TryAddSingleton(sp => Options(sp).Offences ?? OffenceCatalog.Default);
        services.TryAddSingleton<ILegalRegimeProvider>(sp => new LegalRegimeProvider(Options(sp).Regime, Options(sp).RegimeOptions));
        services.TryAddSingleton(ValidatorOptions);
        services.TryAddSingleton(sp => new LaporanValidator(sp.GetRequiredService<LaporanValidatorOptions>()));
        services.TryAddSingleton<IValidator<Laporan>>(sp => sp.GetRequiredService<LaporanValidator>());
        services.TryAddSingleton(sp => new TemuanValidator(sp.GetRequiredService<LaporanValidatorOptions>()));
        services.TryAddSingleton<IValidator<Temuan>>(sp => sp.GetRequiredService<TemuanValidator>());
        return services;
    }

    private static PilkadaDomainOptions Options(IServiceProvider services) => services.GetRequiredService<PilkadaDomainOptions>();

    private static PilkadaDomainOptions? ExistingOptions(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(PilkadaDomainOptions) && !descriptor.IsKeyedService && descriptor.ImplementationInstance is PilkadaDomainOptions existing)
            {
                return existing;
            }
        }

        return null;
    }

    /// <summary>The validators' options: the strictness of <see cref="PilkadaDomainOptions.Validation"/> with the regime, language, clock and catalogues of the container.</summary>
    private static LaporanValidatorOptions ValidatorOptions(IServiceProvider services)
    {
        var options = Options(services);
        var validation = options.Validation;
        return validation with
        {
            Regime = options.Regime,
            Language = options.Language,
            Clock = services.GetRequiredService<IClock>(),
            Regions = services.GetRequiredService<RegionCatalog>(),
            Elections = services.GetRequiredService<ElectionCatalog>(),
            WorkingDays = services.GetRequiredService<WorkingDayCalendar>(),
            Deadlines = validation.Deadlines ?? options.RegimeOptions.DeadlineOptions,
            CorrectionRule = options.RegimeOptions.Correction ?? validation.CorrectionRule,
        };
    }
}
