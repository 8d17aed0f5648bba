namespace Pilkada.Cli;

/// <summary>The exit codes of every pilkada command (documented in the README and in --help).</summary>
internal static class ExitCodes
{
    /// <summary>Done; the answer was printed.</summary>
    public const int Ok = 0;

    /// <summary>The command line itself is wrong (unknown option, missing argument).</summary>
    public const int Usage = 1;

    /// <summary>The input was read but is invalid: a malformed code, an invalid NIK, a report that fails its requirements.</summary>
    public const int Invalid = 2;

    /// <summary>Nothing matches, or the name is ambiguous and the candidates were printed.</summary>
    public const int NotFound = 3;

    /// <summary>A file could not be read or is not valid JSON.</summary>
    public const int FileError = 4;

    /// <summary>The help text for --help.</summary>
    public const string Description =
        "Exit codes: 0 done; 1 wrong command line; 2 invalid input (malformed code, invalid NIK/NIP, failed requirements); " +
        "3 not found or ambiguous; 4 unreadable file or JSON.";
}
