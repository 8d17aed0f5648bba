using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Pilkada.Domain.Cases;

namespace Pilkada.Domain.DependencyInjection;

/// <summary>
/// Pilihan rezim hukum (the choice of legal regime): the <see cref="LegalRegime"/> a case is handled under, by the kind of
/// election and the date the case starts, with the options the application chose (the Pejabat Pembina Kepegawaian's
/// period, the correction period, day-count conventions). Registered by <c>AddPilkadaDomain</c>.
/// </summary>
public interface ILegalRegimeProvider
{
    /// <summary>The kind of election the application handles by default (<see cref="PilkadaDomainOptions.Regime"/>).</summary>
    LegalRegimeKind DefaultKind { get; }

    /// <summary>The options every regime given here carries.</summary>
    LegalRegimeOptions Options { get; }

    /// <summary>The regime of <see cref="DefaultKind"/> in force on a date, with <see cref="Options"/>.</summary>
    /// <param name="date">The date the case starts.</param>
    /// <exception cref="ArgumentOutOfRangeException">No regime of that kind is in force on the date.</exception>
    LegalRegime For(LocalDate date);

    /// <summary>The regime of a kind of election in force on a date, with <see cref="Options"/>.</summary>
    /// <param name="kind">Pilkada or Pemilu.</param>
    /// <param name="date">The date the case starts.</param>
    /// <exception cref="ArgumentOutOfRangeException">No regime of that kind is in force on the date.</exception>
    LegalRegime For(LegalRegimeKind kind, LocalDate date);

    /// <summary>The regime of a kind of election in force on a date, with <see cref="Options"/>, if one is encoded.</summary>
    /// <param name="kind">Pilkada or Pemilu.</param>
    /// <param name="date">The date the case starts.</param>
    /// <param name="regime">The regime.</param>
    bool TryFor(LegalRegimeKind kind, LocalDate date, [NotNullWhen(true)] out LegalRegime? regime);
}

/// <summary>The <see cref="ILegalRegimeProvider"/> over <see cref="LegalRegime.All"/>: immutable and thread-safe.</summary>
public sealed class LegalRegimeProvider : ILegalRegimeProvider
{
    /// <summary>Creates the provider.</summary>
    /// <param name="defaultKind">The kind of election handled by default: Pilkada or Pemilu.</param>
    /// <param name="options">The options every regime carries; <see langword="null"/> for <see cref="LegalRegimeOptions.None"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defaultKind"/> is neither Pilkada nor Pemilu.</exception>
    public LegalRegimeProvider(LegalRegimeKind defaultKind, LegalRegimeOptions? options = null)
    {
        if (defaultKind is not (LegalRegimeKind.Pilkada or LegalRegimeKind.Pemilu))
        {
            throw new ArgumentOutOfRangeException(nameof(defaultKind), defaultKind, "The default kind must be LegalRegimeKind.Pilkada or LegalRegimeKind.Pemilu.");
        }

        DefaultKind = defaultKind;
        Options = options ?? LegalRegimeOptions.None;
    }

    /// <inheritdoc/>
    public LegalRegimeKind DefaultKind { get; }

    /// <inheritdoc/>
    public LegalRegimeOptions Options { get; }

    /// <inheritdoc/>
    public LegalRegime For(LocalDate date) => For(DefaultKind, date);

    /// <inheritdoc/>
    public LegalRegime For(LegalRegimeKind kind, LocalDate date) => LegalRegime.For(kind, date).With(Options);

    /// <inheritdoc/>
    public bool TryFor(LegalRegimeKind kind, LocalDate date, [NotNullWhen(true)] out LegalRegime? regime)
    {
        if (LegalRegime.TryFor(kind, date, out var found))
        {
            regime = found.With(Options);
            return true;
        }

        regime = null;
        return false;
    }
}
