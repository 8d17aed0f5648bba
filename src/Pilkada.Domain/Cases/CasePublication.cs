using System.Text;
using Pilkada.Domain.People;

namespace Pilkada.Domain.Cases;

/// <summary>
/// Redaction for publication (<see cref="ViolationCase.ForPublication"/>): the reporter's identity (and a kuasa's and
/// the witnesses') removed, every NIK and NIP masked, and in every free text the personal numbers masked and the names
/// of reporter, kuasa and witnesses replaced by <see cref="Redacted"/>.
/// </summary>
internal static class CasePublication
{
    /// <summary>What a removed name becomes in free text.</summary>
    internal const string Redacted = "[disamarkan]";

    /// <summary>Digit runs at least this long are masked in free text (a NIK has 16 digits, a NIP 18).</summary>
    private const int PersonalNumberDigits = 16;

    internal static IReadOnlyList<CaseEvent> Redact(ViolationCase @case)
    {
        var scrubber = new Scrubber(NamesIn(@case));
        var result = new CaseEvent[@case.Events.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Redact(@case.Events[i], scrubber);
        }

        return result;
    }

    private static List<string> NamesIn(ViolationCase @case)
    {
        var names = new List<string>();
        void Add(string? name)
        {
            if (name is { } n && n.Trim().Length >= 3 && !names.Contains(n.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                names.Add(n.Trim());
            }
        }

        foreach (var e in @case.Events)
        {
            if (e is LaporanReceived { Laporan: { } received })
            {
                AddNames(received, Add);
            }
            else if (e is LaporanCorrected { Laporan: { } corrected })
            {
                AddNames(corrected, Add);
            }
        }

        // Longest first, so that "Siti Aminah" is replaced before "Siti".
        names.Sort((a, b) => b.Length.CompareTo(a.Length));
        return names;
    }

    private static void AddNames(Laporan laporan, Action<string?> add)
    {
        add(laporan.Pelapor?.Name);
        add(laporan.Pelapor?.Kuasa?.Name);
        foreach (var witness in laporan.Witnesses ?? [])
        {
            add(witness?.Name);
        }
    }

    private static CaseEvent Redact(CaseEvent e, Scrubber s)
    {
        var common = e with { Note = s.Clean(e.Note), RecordedBy = s.Clean(e.RecordedBy) };
        return common switch
        {
            LaporanReceived r => r with { Laporan = Redact(r.Laporan, s) },
            LaporanCorrected c => c with { Laporan = Redact(c.Laporan, s) },
            TemuanRecorded t => t with { Temuan = Redact(t.Temuan, s) },
            LaporanWithdrawn w => w with { Reason = s.Clean(w.Reason) },
            ClarificationHeld c => c with { Who = s.Clean(c.Who) },
            Decided { Decision: HandlingStopped stopped } d => d with { Decision = stopped with { Reason = s.Clean(stopped.Reason) ?? string.Empty } },
            FollowUpRecorded f => f with { Outcome = Redact(f.Outcome, s) },
            DistrictCourtVerdict v => v with { Sentence = s.Clean(v.Sentence) },
            HighCourtVerdict v => v with { Sentence = s.Clean(v.Sentence) },
            Closed c => c with { Reason = s.Clean(c.Reason) },
            _ => common,
        };
    }

    private static FollowUpOutcome Redact(FollowUpOutcome outcome, Scrubber s) => outcome switch
    {
        SanctionImposed imposed => imposed with { Description = s.Clean(imposed.Description) },
        KpuAction action => action with { Description = s.Clean(action.Description) ?? string.Empty },
        FollowUpRefused refused => refused with { Reason = s.Clean(refused.Reason) },
        _ => outcome,
    };

    private static Laporan Redact(Laporan laporan, Scrubber s)
    {
        if (laporan is null)
        {
            return laporan!;
        }

        return laporan with
        {
            Pelapor = laporan.Pelapor is { } pelapor
                ? pelapor with
                {
                    Name = null,
                    Address = null,
                    Contact = null,
                    Nik = MaskNik(pelapor.Nik),
                    Kuasa = pelapor.Kuasa is { } kuasa ? kuasa with { Name = null, Address = null, Nik = MaskNik(kuasa.Nik) } : null,
                }
                : null,
            Terlapor = Redact(laporan.Terlapor, s),
            Incident = laporan.Incident is { } incident ? incident with { Place = s.Clean(incident.Place) } : null,
            Description = s.Clean(laporan.Description),
            Evidence = [.. (laporan.Evidence ?? []).Select(x => x is null ? x! : x with { Description = s.Clean(x.Description) })],
            Witnesses = [.. (laporan.Witnesses ?? []).Select(w => w is null ? w! : w with { Name = null, Address = null, Contact = null })],
        };
    }

    private static Temuan Redact(Temuan temuan, Scrubber s)
    {
        if (temuan is null)
        {
            return temuan!;
        }

        return temuan with
        {
            Terlapor = Redact(temuan.Terlapor, s),
            Incident = temuan.Incident is { } incident ? incident with { Place = s.Clean(incident.Place) } : null,
            Description = s.Clean(temuan.Description),
            Evidence = [.. (temuan.Evidence ?? []).Select(x => x is null ? x! : x with { Description = s.Clean(x.Description) })],
        };
    }

    private static IReadOnlyList<Terlapor> Redact(IReadOnlyList<Terlapor>? terlapor, Scrubber s) =>
        [.. (terlapor ?? []).Select(t => t is null ? t! : t with
        {
            Nip = MaskNip(t.Nip, t.IsPppk),
            Name = s.Clean(t.Name),
            Address = s.Clean(t.Address),
            Agency = s.Clean(t.Agency),
            Position = s.Clean(t.Position),
        })];

    /// <summary>A NIK masked as <see cref="Nik.ToString()"/> does (<c>5272**********03</c>); text that is not a NIK masked digit by digit.</summary>
    internal static string? MaskNik(string? text) =>
        text is null ? null
        : Nik.TryParse(text.AsSpan(), out var nik, out _) ? nik.ToString()
        : PersonalNumberText.Mask(text.Trim());

    /// <summary>A NIP masked as <see cref="Nip.ToString()"/> does (<c>1986************01</c>); text that is not a NIP masked digit by digit.</summary>
    internal static string? MaskNip(string? text, bool pppk) =>
        text is null ? null
        : Nip.TryParse(text.AsSpan(), pppk ? AsnKind.Pppk : null, out var nip, out _) ? nip.ToString()
        : PersonalNumberText.Mask(text.Trim());

    /// <summary>Cleans free text: personal numbers masked, known names replaced.</summary>
    private sealed class Scrubber(IReadOnlyList<string> names)
    {
        public string? Clean(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text;
            }

            var masked = MaskNumbers(text);
            foreach (var name in names)
            {
                masked = masked.Replace(name, Redacted, StringComparison.OrdinalIgnoreCase);
            }

            return masked;
        }
    }

    /// <summary>
    /// Masks every run of at least 16 digits (single spaces, dots or hyphens may separate them, as in
    /// <c>5272 0166 0986 0003</c>): the first four and the last two digits stay, the others become <c>*</c>.
    /// </summary>
    internal static string MaskNumbers(string text)
    {
        StringBuilder? builder = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                builder?.Append(text[i]);
                i++;
                continue;
            }

            // A run: digits, with single separators between digits.
            var start = i;
            var digits = 0;
            var end = i;
            while (end < text.Length)
            {
                if (char.IsAsciiDigit(text[end]))
                {
                    digits++;
                    end++;
                }
                else if (text[end] is ' ' or '.' or '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            if (digits >= PersonalNumberDigits)
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, start);
                var seen = 0;
                for (var k = start; k < end; k++)
                {
                    var c = text[k];
                    if (char.IsAsciiDigit(c))
                    {
                        builder.Append(seen < 4 || seen >= digits - 2 ? c : '*');
                        seen++;
                    }
                    else
                    {
                        builder.Append(c);
                    }
                }
            }
            else
            {
                builder?.Append(text, start, end - start);
            }

            i = end;
        }

        return builder?.ToString() ?? text;
    }
}
