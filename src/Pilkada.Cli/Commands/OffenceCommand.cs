using Pilkada.Domain.Calendars;
using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Violations;

namespace Pilkada.Cli.Commands;

/// <summary>
/// <c>pilkada offence &lt;article or keyword&gt;</c>: the article, the conduct, the penalty or sanction ladder, and
/// where the matter is forwarded on a date.
/// </summary>
internal static class OffenceCommand
{
    private static readonly Dictionary<string, (string En, string Id)> Labels = new(StringComparer.Ordinal)
    {
        ["noMatch"] = ("No offence or ASN-neutrality breach matches '{0}'. Try an article (187A, 71, 189) or words (politik uang, netralitas, dana kampanye).",
                       "Tidak ada pelanggaran atau pelanggaran netralitas ASN yang cocok dengan '{0}'. Coba pasal (187A, 71, 189) atau kata (politik uang, netralitas, dana kampanye)."),
        ["badDate"] = ("--on: '{0}' is not a date; write it as yyyy-MM-dd (2024-11-27).", "--on: '{0}' bukan tanggal; tulis sebagai yyyy-MM-dd (2024-11-27)."),
        ["badContest"] = ("--contest: '{0}' is not gubernur, bupati or walikota.", "--contest: '{0}' bukan gubernur, bupati, atau walikota."),
        ["regionNotFound"] = ("--region: no single region matches '{0}'.", "--region: tidak ada satu wilayah yang cocok dengan '{0}'."),
        ["conduct"] = ("Conduct", "Perbuatan"),
        ["offender"] = ("Offender", "Pelaku"),
        ["category"] = ("Category", "Kategori"),
        ["prohibition"] = ("Forbidden by", "Larangan"),
        ["punishment"] = ("Punished by", "Ketentuan sanksi"),
        ["penalty"] = ("Penalty", "Ancaman pidana"),
        ["administrative"] = ("Administrative", "Sanksi administrasi"),
        ["note"] = ("Note", "Catatan"),
        ["asnTitle"] = ("ASN neutrality — joint decree (SKB) of 22 September 2022", "Netralitas ASN — Keputusan Bersama (SKB) 22 September 2022"),
        ["ethicsList"] = ("ethics (moral sanction)", "kode etik (sanksi moral)"),
        ["disciplineList"] = ("discipline", "disiplin"),
        ["ptdh"] = ("dismissal without honour", "PTDH"),
        ["moralLadder"] = ("Moral sanctions (PP 42/2004 Pasal 15)", "Sanksi moral (PP 42/2004 Pasal 15)"),
        ["disciplineLadder"] = ("Disciplinary penalties for a PNS ({0})", "Hukuman disiplin PNS ({0})"),
        ["transitional"] = ("Until the regulation on salaries and allowances applies, sedang means (PP 94/2021 Pasal 42)",
                            "Selama PP gaji dan tunjangan belum berlaku, hukuman sedang adalah (PP 94/2021 Pasal 42)"),
        ["pppk"] = ("PPPK: discipline follows PP 49/2018 (not encoded).", "PPPK: disiplin mengikuti PP 49/2018 (tidak dimuat)."),
        ["choose"] = ("Whether an act is an ethics (E) or a discipline (D) breach is decided by a rule that was not found: choose one.",
                      "Aturan yang menentukan apakah suatu perbuatan masuk daftar kode etik (E) atau disiplin (D) tidak ditemukan: pilih salah satu."),
        ["route"] = ("Handling on {0}", "Penanganan pada {0}"),
        ["routeFor"] = ("Handling on {0}, {1}", "Penanganan pada {0}, {1}"),
        ["competent"] = ("competent", "berwenang"),
        ["sameRoute"] = ("Handling: as above.", "Penanganan: sama seperti di atas."),
        ["or"] = ("or", "atau"),
        ["levelBerat"] = ("heavy", "berat"),
        ["levelSedang"] = ("moderate", "sedang"),
        ["levelRingan"] = ("light", "ringan"),
    };

    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("article-or-keyword") { Description = "An article (187A, \"Pasal 71\", 73(4)), a decree number (D5) or words (\"politik uang\", netralitas)." };
        var on = new Option<string?>("--on") { Description = "The date the matter is handled (yyyy-MM-dd); decides, e.g., KASN or BKN. Default: today (WIB)." };
        var region = new Option<string?>("--region") { Description = "The region (code or name): names the institutions of the route. A kabupaten/kota gives its bupati or wali kota contest." };
        var contest = new Option<string?>("--contest") { Description = "gubernur, bupati or walikota; default: from --region." };
        var command = new Command("offence", "Show an offence or ASN-neutrality breach: article, conduct, penalty or sanction ladder, and where it is forwarded.")
        {
            query,
            on,
            region,
            contest,
        };
        command.SetAction(result => Run(
            context,
            result.GetRequiredValue(query),
            result.GetValue(on),
            result.GetValue(region),
            result.GetValue(contest),
            context.LanguageOf(result),
            context.JsonOf(result)));
        return command;
    }

    private static string L(string key, PilkadaLanguage language) => language == PilkadaLanguage.Indonesian ? Labels[key].Id : Labels[key].En;

    private static string L(string key, PilkadaLanguage language, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, L(key, language), args);

    internal static int Run(CliContext context, string text, string? onText, string? regionText, string? contestText, PilkadaLanguage language, bool json)
    {
        LocalDate date;
        if (onText is null)
        {
            date = context.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).Date;
        }
        else if (LocalDatePattern.Iso.Parse(onText.Trim()) is { Success: true } parsed)
        {
            date = parsed.Value;
        }
        else
        {
            return Invalid(context, json, L("badDate", language, onText));
        }

        ContestKind? contest = null;
        if (contestText is not null)
        {
            contest = contestText.Trim().ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal) switch
            {
                "GUBERNUR" or "PILGUB" => ContestKind.Gubernur,
                "BUPATI" or "PILBUP" => ContestKind.Bupati,
                "WALIKOTA" or "WALI-KOTA" or "PILWALKOT" => ContestKind.WaliKota,
                _ => null,
            };
            if (contest is null)
            {
                return Invalid(context, json, L("badContest", language, contestText));
            }
        }

        Region? place = null;
        if (regionText is not null)
        {
            var resolution = context.Regions.Resolve(regionText);
            if (resolution.Lookup.Status == RegionLookupStatus.Malformed)
            {
                return Invalid(context, json, RegionCodeFormatException.Describe(resolution.Lookup.ParseError, regionText.Trim(), language));
            }

            place = resolution.Region;
            if (place is null)
            {
                return NotFound(context, json, L("regionNotFound", language, regionText), text);
            }
        }

        // The contest and its region, and the region of the act (which places the court and the employer).
        RegionCode contestRegion = default;
        RouteOptions routeOptions = RouteOptions.None;
        if (place is not null)
        {
            var code = place.Code;
            if (contest is null)
            {
                contest = code.Level == RegionLevel.Provinsi ? ContestKind.Gubernur : code.IsKota ? ContestKind.WaliKota : ContestKind.Bupati;
            }

            contestRegion = contest == ContestKind.Gubernur ? code.Province : code.Level >= RegionLevel.KabupatenKota ? code.AncestorAt(RegionLevel.KabupatenKota) : code;
            routeOptions = new RouteOptions { SubjectRegion = code };
        }

        var guide = ViolationGuide.Default;
        var breaches = guide.Find(text);
        if (breaches.Count == 0)
        {
            return NotFound(context, json, L("noMatch", language, text.Trim()), text);
        }

        var dtos = new List<BreachDto>(breaches.Count);
        foreach (var breach in breaches)
        {
            RouteDto route;
            IReadOnlyList<string> notes;
            IReadOnlyList<Sanction> sanctions, transitional;
            if (place is not null)
            {
                if (!guide.TryAssess(breach, contest!.Value, contestRegion, date, out var assessment, out var error, new AssessmentOptions { Route = routeOptions }))
                {
                    var message = new InstitutionException(error,
                        new MessageArgument("kind", "pemilihan " + contest.Value.ToString().ToLowerInvariant()),
                        new MessageArgument("region", contestRegion.ToString()),
                        new MessageArgument("date", date),
                        new MessageArgument("tps", "—"),
                        new MessageArgument("successor", "—"),
                        new MessageArgument("changed", "—"),
                        new MessageArgument("levels", contest == ContestKind.Gubernur ? "Provinsi" : "KabupatenKota")).GetMessage(language);
                    return Invalid(context, json, message);
                }

                route = ToDto(assessment.Route, language);
                notes = assessment.Notes;
                sanctions = assessment.Sanctions;
                transitional = assessment.TransitionalSanctions;
            }
            else
            {
                route = ToDto(guide.Jurisdiction.Plan(breach.Matter, contest, date), language);
                var s = ViolationGuide.SanctionsFor(breach, date);
                (sanctions, transitional, notes) = (s.Sanctions, s.Transitional, s.Notes);
            }

            dtos.Add(ToDto(breach, route, sanctions, transitional, notes, language));
        }

        if (json)
        {
            CliJson.Write(context.Out, new OffenceAnswerDto("found", text.Trim(), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), dtos, null), CliJsonContext.Default.OffenceAnswerDto);
            return ExitCodes.Ok;
        }

        WriteText(context.Out, breaches, dtos, date, language);
        return ExitCodes.Ok;
    }

    private static int Invalid(CliContext context, bool json, string message)
    {
        if (json)
        {
            CliJson.Write(context.Out, new ErrorDto("invalid", message), CliJsonContext.Default.ErrorDto);
        }
        else
        {
            context.Error.WriteLine(message);
        }

        return ExitCodes.Invalid;
    }

    private static int NotFound(CliContext context, bool json, string message, string query)
    {
        if (json)
        {
            CliJson.Write(context.Out, new OffenceAnswerDto("notFound", query.Trim(), null, [], message), CliJsonContext.Default.OffenceAnswerDto);
        }
        else
        {
            context.Error.WriteLine(message);
        }

        return ExitCodes.NotFound;
    }

    private static void WriteText(TextWriter output, IReadOnlyList<IBreach> breaches, List<BreachDto> dtos, LocalDate date, PilkadaLanguage language)
    {
        var label = (string key) => (L(key, language) + ":").PadRight(21) + " ";
        RoutingMatter? lastMatter = null;
        var asn = new List<(AsnNeutralityBreach Breach, BreachDto Dto)>();
        for (var i = 0; i < breaches.Count; i++)
        {
            if (breaches[i] is AsnNeutralityBreach a)
            {
                asn.Add((a, dtos[i]));
                continue;
            }

            var offence = (Offence)breaches[i];
            var dto = dtos[i];
            output.WriteLine($"{offence.Punishment ?? offence.Prohibition} — {dto.Category}");
            output.WriteLine($"  {label("conduct")}{dto.Conduct}");
            output.WriteLine($"  {label("offender")}{dto.Offender}");
            output.WriteLine($"  {label("prohibition")}{dto.Prohibition}");
            if (dto.Penalty is { } penalty)
            {
                output.WriteLine($"  {label("penalty")}{penalty.Text} ({penalty.Basis})");
            }
            else if (dto.Punishment is { } punishment)
            {
                output.WriteLine($"  {label("punishment")}{punishment}");
            }

            foreach (var consequence in dto.AdministrativeConsequences)
            {
                output.WriteLine($"  {label("administrative")}{consequence}");
            }

            if (offence.Note is { } note)
            {
                output.WriteLine($"  {label("note")}{note}");
            }

            if (lastMatter == offence.Matter)
            {
                output.WriteLine("  " + L("sameRoute", language));
            }
            else
            {
                WriteRoute(output, dto.Route, date, language);
            }

            lastMatter = offence.Matter;
            output.WriteLine();
        }

        if (asn.Count > 0)
        {
            output.WriteLine(L("asnTitle", language));
            foreach (var (breach, _) in asn)
            {
                var list = breach.List == AsnBreachList.KodeEtik ? L("ethicsList", language)
                    : breach.DismissalWithoutHonour ? L("disciplineList", language) + ", " + L("ptdh", language)
                    : L("disciplineList", language) + ", " + LevelText(breach.Level, language);
                output.WriteLine($"  {breach.Number,-4} [{list}] {(language == PilkadaLanguage.Indonesian ? breach.Indonesian : breach.English)}");
            }

            if (asn.Any(a => a.Breach.List == AsnBreachList.KodeEtik))
            {
                output.WriteLine("  " + L("moralLadder", language) + ": " + string.Join("; ", SanctionLadders.MoralSanctions.Sanctions.Select(s => Text(s, language))));
            }

            if (asn.Any(a => a.Breach.List == AsnBreachList.Disiplin))
            {
                var ladder = SanctionLadders.PnsDisciplineOn(date);
                output.WriteLine("  " + L("disciplineLadder", language, ladder.Instrument));
                foreach (var level in new[] { DisciplineLevel.Ringan, DisciplineLevel.Sedang, DisciplineLevel.Berat })
                {
                    var steps = ladder.At(level);
                    if (steps.Count > 0)
                    {
                        output.WriteLine($"    {LevelText(level, language),-8} {string.Join("; ", steps.Select(s => Text(s, language)))}");
                    }
                }

                if (ladder == SanctionLadders.Pp94Of2021)
                {
                    output.WriteLine("    " + L("transitional", language) + ": " +
                        string.Join("; ", SanctionLadders.Pp53Of2010.At(DisciplineLevel.Sedang).Select(s => Text(s, language))));
                }

                output.WriteLine($"    PTDH: {Text(SanctionLadders.PartyMembershipDismissal, language)} ({SanctionLadders.PartyMembershipDismissal.Basis})");
                output.WriteLine("  " + L("pppk", language));
            }

            output.WriteLine("  " + L("choose", language));
            WriteRoute(output, asn[0].Dto.Route, date, language);
        }
    }

    private static void WriteRoute(TextWriter output, RouteDto route, LocalDate date, PilkadaLanguage language)
    {
        var when = PilkadaMessages.FormatDate(date, language);
        output.WriteLine("  " + (route.ContestRegion is null ? L("route", language, when) : L("routeFor", language, when, route.Contest ?? string.Empty)) + ":");
        var competentDeadlines = route.CompetentDeadlines.Count == 0 ? string.Empty : "; " + string.Join("; ", route.CompetentDeadlines.Select(d => d.Text));
        output.WriteLine($"    {string.Join(" " + L("or", language) + " ", route.Competent)} — {L("competent", language)} ({route.CompetenceBasis}){competentDeadlines}");
        var n = 1;
        foreach (var step in route.Steps)
        {
            var deadlines = step.Deadlines.Count == 0 ? string.Empty : "; " + string.Join("; ", step.Deadlines.Select(d => d.Text));
            output.WriteLine($"    {n++}. {string.Join(" " + L("or", language) + " ", step.To)} — {step.Action} ({step.Basis}){deadlines}");
            if (step.Note is { } note)
            {
                output.WriteLine($"       {note}");
            }
        }

        if (route.Note is { } routeNote)
        {
            output.WriteLine($"    {routeNote}");
        }
    }

    private static string LevelText(DisciplineLevel level, PilkadaLanguage language) => level switch
    {
        DisciplineLevel.Berat => L("levelBerat", language),
        DisciplineLevel.Sedang => L("levelSedang", language),
        DisciplineLevel.Ringan => L("levelRingan", language),
        _ => "—",
    };

    private static string Text(Sanction sanction, PilkadaLanguage language) => language == PilkadaLanguage.Indonesian ? sanction.Indonesian : sanction.English;

    private static string ActionText(RouteAction action, PilkadaLanguage language) => (action, language == PilkadaLanguage.Indonesian) switch
    {
        (RouteAction.Decide, true) => "memutus",
        (RouteAction.Decide, false) => "decides",
        (RouteAction.Receive, true) => "menerima penerusan",
        (RouteAction.Receive, false) => "receives the forwarded matter",
        (RouteAction.Recommendation, true) => "menerima rekomendasi dan memutus",
        (RouteAction.Recommendation, false) => "receives the recommendation and decides",
        (RouteAction.Investigate, true) => "penyidikan",
        (RouteAction.Investigate, false) => "investigates",
        (RouteAction.Prosecute, true) => "penuntutan",
        (RouteAction.Prosecute, false) => "prosecutes",
        (RouteAction.Try, true) => "mengadili",
        (RouteAction.Try, false) => "tries the case",
        (RouteAction.Appeal, true) => "memutus upaya hukum",
        (RouteAction.Appeal, false) => "decides the appeal",
        (RouteAction.ImposeSanction, true) => "menjatuhkan sanksi",
        (RouteAction.ImposeSanction, false) => "imposes the sanction",
        (RouteAction.FollowUp, true) => "menindaklanjuti putusan",
        (RouteAction.FollowUp, false) => "acts on the putusan",
        _ => action.ToString(),
    };

    private static string DeadlineText(RouteDeadline deadline, PilkadaLanguage language)
    {
        var id = language == PilkadaLanguage.Indonesian;
        var unit = (deadline.Unit, id) switch
        {
            (DeadlineUnit.Hours, true) => "jam",
            (DeadlineUnit.Hours, false) => "hours",
            (DeadlineUnit.WorkingDays, true) => "hari kerja",
            (DeadlineUnit.WorkingDays, false) => "working days",
            (_, true) => "hari",
            _ => "calendar days",
        };
        var what = (deadline.Action, id) switch
        {
            (DeadlineAction.Forward, true) => "diteruskan",
            (DeadlineAction.Forward, false) => "forwarded",
            (DeadlineAction.Submit, true) => "berkas disampaikan",
            (DeadlineAction.Submit, false) => "case file passed on",
            (DeadlineAction.File, true) => "diajukan",
            (DeadlineAction.File, false) => "filed",
            (DeadlineAction.FollowUp, true) => "ditindaklanjuti",
            (DeadlineAction.FollowUp, false) => "acted on",
            (_, true) => "diputus",
            _ => "decided",
        };
        var start = (deadline.Start, id) switch
        {
            (DeadlineStart.ReportRegistered, true) => "laporan diregistrasi",
            (DeadlineStart.ReportRegistered, false) => "registration of the report",
            (DeadlineStart.BawasluDecision, true) => "diputuskan Bawaslu",
            (DeadlineStart.BawasluDecision, false) => "the Bawaslu decision",
            (DeadlineStart.ReportReceivedFromBawaslu, true) => "laporan diterima dari Bawaslu",
            (DeadlineStart.ReportReceivedFromBawaslu, false) => "receipt of the report from Bawaslu",
            (DeadlineStart.CaseFileReceived, true) => "berkas perkara diterima",
            (DeadlineStart.CaseFileReceived, false) => "receipt of the case file",
            (DeadlineStart.CaseFileDelegated, true) => "pelimpahan berkas perkara",
            (DeadlineStart.CaseFileDelegated, false) => "delegation of the case file",
            (DeadlineStart.PutusanRead, true) => "putusan dibacakan",
            (DeadlineStart.PutusanRead, false) => "the reading of the putusan",
            (DeadlineStart.AppealReceived, true) => "permohonan banding diterima",
            (DeadlineStart.AppealReceived, false) => "receipt of the appeal",
            (DeadlineStart.RecommendationReceived, true) => "rekomendasi diterima",
            (DeadlineStart.RecommendationReceived, false) => "receipt of the recommendation",
            (DeadlineStart.ReportOrFindingReceived, true) => "laporan atau temuan diterima",
            (DeadlineStart.ReportOrFindingReceived, false) => "receipt of the report or finding",
            (DeadlineStart.PutusanIssued, true) => "putusan diterbitkan",
            (DeadlineStart.PutusanIssued, false) => "issue of the putusan",
            (DeadlineStart.KpuDecision, true) => "keputusan KPU ditetapkan",
            (DeadlineStart.KpuDecision, false) => "the KPU decision",
            (DeadlineStart.ResultAnnounced, true) => "hasil diumumkan",
            (DeadlineStart.ResultAnnounced, false) => "announcement of the result",
            (DeadlineStart.PetitionReceived, true) => "permohonan diterima",
            (DeadlineStart.PetitionReceived, false) => "receipt of the petition",
            _ => deadline.Start.ToString(),
        };
        return id
            ? string.Create(CultureInfo.InvariantCulture, $"{what} paling lama {deadline.Count} {unit} sejak {start} ({deadline.Basis})")
            : string.Create(CultureInfo.InvariantCulture, $"{what} within {deadline.Count} {unit} of {start} ({deadline.Basis})");
    }

    private static DeadlineDto ToDto(RouteDeadline d, PilkadaLanguage language) =>
        new(d.Action.ToString(), d.Count, d.Unit.ToString(), d.Start.ToString(), d.Basis.ToString(), DeadlineText(d, language));

    private static RouteDto ToDto(ForwardingRoute route, PilkadaLanguage language) => new(
        route.Matter.ToString(),
        route.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ContestText(route.Contest, route.ContestRegion, language),
        route.ContestRegion.ToString(),
        [route.Competent.Name],
        route.CompetenceBasis.ToString(),
        [.. route.CompetentDeadlines.Select(d => ToDto(d, language))],
        [.. route.Steps.Select(s => new StepDto([s.To.Name], ActionText(s.Action, language), s.Basis.ToString(), [.. s.Deadlines.Select(d => ToDto(d, language))], s.Confidence.ToString(), s.Note))],
        route.Note);

    private static RouteDto ToDto(RoutePlan plan, PilkadaLanguage language) => new(
        plan.Matter.ToString(),
        plan.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        plan.Contest?.ToString(),
        null,
        [.. plan.Competent.Select(KindName)],
        plan.CompetenceBasis.ToString(),
        [.. plan.CompetentDeadlines.Select(d => ToDto(d, language))],
        [.. plan.Steps.Select(s => new StepDto([.. s.Kinds.Select(KindName)], ActionText(s.Action, language), s.Basis.ToString(), [.. s.Deadlines.Select(d => ToDto(d, language))], s.Confidence.ToString(), s.Note))],
        plan.Note);

    private static string KindName(InstitutionKind kind) => InstitutionProfiles.Default[kind].ShortName;

    private static string ContestText(ContestKind contest, RegionCode region, PilkadaLanguage language)
    {
        var name = RegionCatalog.Default.Find(region)?.Name ?? region.ToString();
        var id = language == PilkadaLanguage.Indonesian;
        return contest switch
        {
            ContestKind.Gubernur => (id ? "pemilihan gubernur Provinsi " : "governor election, Provinsi ") + name,
            ContestKind.Bupati => (id ? "pemilihan bupati " : "regent election, ") + name,
            _ => (id ? "pemilihan wali kota " : "mayor election, ") + name,
        };
    }

    private static BreachDto ToDto(IBreach breach, RouteDto route, IReadOnlyList<Sanction> sanctions, IReadOnlyList<Sanction> transitional, IReadOnlyList<string> notes, PilkadaLanguage language)
    {
        var id = language == PilkadaLanguage.Indonesian;
        var offence = breach as Offence;
        var asn = breach as AsnNeutralityBreach;
        return new BreachDto(
            breach.Code,
            offence is not null ? "offence" : "asnNeutrality",
            id ? breach.Category.IndonesianName() : breach.Category.EnglishName(),
            (breach.Punishment ?? breach.Prohibition).ToString(),
            breach.Prohibition.ToString(),
            breach.Punishment?.ToString(),
            id ? breach.Indonesian : breach.English,
            offence is null ? null : id ? offence.Offender : offence.OffenderEnglish,
            offence?.Penalty is { } p
                ? new PenaltyDto(p.MinimumPrisonMonths, p.MaximumPrisonMonths, p.MinimumFine.Amount, p.MaximumFine.Amount, p.MinimumFine.ToString(), p.MaximumFine.ToString(),
                    p.Combination.ToString(), p.Basis.ToString(), p.Describe(language))
                : null,
            asn?.Number,
            asn is null ? null : asn.List.ToString(),
            asn is null ? null : asn.DismissalWithoutHonour ? "PTDH" : asn.Level == DisciplineLevel.None ? null : asn.Level.ToString(),
            [.. sanctions.Select(s => ToDto(s, language))],
            [.. transitional.Select(s => ToDto(s, language))],
            offence is null ? [] : [.. offence.AdministrativeConsequences.Select(c => (id ? c.Indonesian : c.English) + " (" + c.Basis + ")")],
            route,
            notes);
    }

    private static SanctionDto ToDto(Sanction s, PilkadaLanguage language) =>
        new(s.Code, s.Level.ToString(), Text(s, language), s.Basis.ToString(), s.DurationMonths, s.AllowanceCutPercent);
}

internal sealed record OffenceAnswerDto(string Status, string Query, string? Date, IReadOnlyList<BreachDto> Breaches, string? Message);

internal sealed record BreachDto(
    string Code,
    string Kind,
    string Category,
    string Article,
    string Prohibition,
    string? Punishment,
    string Conduct,
    string? Offender,
    PenaltyDto? Penalty,
    string? Number,
    string? List,
    string? Level,
    IReadOnlyList<SanctionDto> Sanctions,
    IReadOnlyList<SanctionDto> TransitionalSanctions,
    IReadOnlyList<string> AdministrativeConsequences,
    RouteDto Route,
    IReadOnlyList<string> Notes);

internal sealed record PenaltyDto(
    int MinPrisonMonths,
    int MaxPrisonMonths,
    long MinFine,
    long MaxFine,
    string MinFineText,
    string MaxFineText,
    string Combination,
    string Basis,
    string Text);

internal sealed record SanctionDto(string Code, string Level, string Text, string Basis, int? DurationMonths, int? AllowanceCutPercent);

internal sealed record RouteDto(
    string Matter,
    string Date,
    string? Contest,
    string? ContestRegion,
    IReadOnlyList<string> Competent,
    string CompetenceBasis,
    IReadOnlyList<DeadlineDto> CompetentDeadlines,
    IReadOnlyList<StepDto> Steps,
    string? Note);

internal sealed record StepDto(IReadOnlyList<string> To, string Action, string Basis, IReadOnlyList<DeadlineDto> Deadlines, string Confidence, string? Note);

internal sealed record DeadlineDto(string Action, int Count, string Unit, string Start, string Basis, string Text);
