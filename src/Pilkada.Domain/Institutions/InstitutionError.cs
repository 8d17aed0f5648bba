using System.Globalization;

namespace Pilkada.Domain.Institutions;

/// <summary>Why an institution, an oversight chain or a route could not be given. The values are stable.</summary>
public enum InstitutionError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The region is the empty code but the body is regional (or the contest needs a region).</summary>
    EmptyRegion = 1,

    /// <summary>The region code is well-formed but neither in the region catalogue nor among its retired codes.</summary>
    RegionNotFound = 2,

    /// <summary>The body does not sit at the region's level (e.g. a Bawaslu Provinsi at a kecamatan code).</summary>
    WrongRegionLevel = 3,

    /// <summary>A pemilihan bupati was asked for at a code that is not a kabupaten.</summary>
    NotAKabupaten = 4,

    /// <summary>A pemilihan wali kota was asked for at a code that is not a kota.</summary>
    NotAKota = 5,

    /// <summary>The region holds no such election: DIY's governor, DKI Jakarta's administrative cities and regency.</summary>
    NoElection = 6,

    /// <summary>The body did not hold its role on the date (e.g. KASN after 23 August 2024, Panwas Kabupaten/Kota after 28 January 2020).</summary>
    NotInForce = 7,

    /// <summary>A polling-station body was asked for without a TPS number.</summary>
    MissingTpsNumber = 8,

    /// <summary>A TPS number outside 1–999, or a TPS number for a body that has none.</summary>
    InvalidTpsNumber = 9,

    /// <summary>The route needs the region of the person concerned (a kepala desa in a governor contest) and none was given.</summary>
    MissingSubjectRegion = 10,

    /// <summary>The kind or matter is <c>None</c> or not defined.</summary>
    UnknownKind = 11,
}

/// <summary>
/// An institution, oversight chain or route was asked for with input that does not fit: the error code, and a
/// message naming the value and the reason (English in <see cref="Exception.Message"/>, either language from
/// <see cref="GetMessage(PilkadaLanguage)"/>).
/// </summary>
public sealed class InstitutionException : ArgumentException
{
    private readonly MessageArgument[] _arguments;

    /// <summary>Creates the exception.</summary>
    /// <param name="error">The error code.</param>
    /// <param name="arguments">The values named in the message.</param>
    public InstitutionException(InstitutionError error, params MessageArgument[] arguments)
        : base(Describe(error, PilkadaLanguage.English, arguments))
    {
        Error = error;
        _arguments = arguments;
    }

    /// <summary>The error code.</summary>
    public InstitutionError Error { get; }

    /// <summary>The stable message key, e.g. <c>Institution.NotInForce</c>.</summary>
    public string MessageKey => KeyOf(Error);

    /// <summary>The message in a language.</summary>
    /// <param name="language">The language.</param>
    public string GetMessage(PilkadaLanguage language) => Describe(Error, language, _arguments);

    /// <summary>The message in the language of a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture) => GetMessage(PilkadaLanguages.FromCulture(culture));

    /// <summary>The message key of an error: <c>Institution.{member}</c>.</summary>
    /// <param name="error">The error.</param>
    public static string KeyOf(InstitutionError error) => "Institution." + error.ToString();

    /// <summary>Builds the message of an error in a language.</summary>
    /// <param name="error">The error.</param>
    /// <param name="language">The language.</param>
    /// <param name="arguments">The values named in the message (<c>kind</c>, <c>region</c>, <c>date</c>, …).</param>
    public static string Describe(InstitutionError error, PilkadaLanguage language, params ReadOnlySpan<MessageArgument> arguments) =>
        PilkadaMessages.Format(KeyOf(error), language, arguments);
}
