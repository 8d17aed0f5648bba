using FluentValidation;
using NodaTime;
using Pilkada.Domain.Calendars;
using Pilkada.Domain.Cases;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Testing;
using Pilkada.Domain.Tests.Infrastructure;
using Pilkada.Domain.Validation;

namespace Pilkada.Domain.Tests.Cases;

/// <summary>The syarat formil and materiil of Perbawaslu 8/2020 (as amended by 9/2024) and UU 1/2015 Pasal 134 ayat (2)–(4).</summary>
public class LaporanValidatorTests
{
    private static readonly LaporanValidator Validator = new();
    private static readonly Laporan Complete = IntakeArbitraries.Complete;
    private static readonly RegionCode Pangkalpinang = RegionCode.Parse("19.71");
    private static readonly RegionCode Jayapura = RegionCode.Parse("91.71");

    /// <summary>Each requirement, a way to break it, and the message in English and Bahasa Indonesia.</summary>
    public static TheoryData<string, string, string, string> Requirements() => new()
    {
        {
            LaporanRequirements.IdentitasPelapor, "nik",
            "Syarat formil, identitas pelapor (the reporter's name, NIK and address; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (3)) is not met: the pelapor's NIK 1971**********03* is not valid: character 17 is neither a digit nor a separator (a space, '.' or '-').",
            "Syarat formil identitas pelapor (nama, NIK dan alamat pelapor; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (3)) tidak terpenuhi: NIK pelapor 1971**********03* tidak sah: karakter ke-17 bukan angka dan bukan pemisah (spasi, '.' atau '-')."
        },
        {
            LaporanRequirements.StatusPelapor, "pemantau",
            "Syarat formil, status pelapor (a voter of the local election, an accredited pemantau or a peserta Pemilihan; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (2)) is not met: a pemantau needs the accreditation number issued by the KPU, and none is given.",
            "Syarat formil status pelapor (WNI yang memiliki hak pilih pada Pemilihan setempat, pemantau Pemilihan yang terakreditasi, atau peserta Pemilihan; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (2)) tidak terpenuhi: pemantau harus menyebutkan nomor akreditasi dari KPU, dan nomor itu tidak ada."
        },
        {
            LaporanRequirements.IdentitasTerlapor, "address",
            "Syarat formil, identitas terlapor (the name and address of each reported party; Perbawaslu 8/2020) is not met: terlapor 1 has no address.",
            "Syarat formil identitas terlapor (nama dan alamat setiap terlapor; Perbawaslu 8/2020) tidak terpenuhi: alamat terlapor ke-1 kosong."
        },
        {
            LaporanRequirements.Daluwarsa, "late",
            "Syarat formil, daluwarsa (reporting period) is not met: the report came on 2 November 2024 at 09:00 WIB while the violation was known on 25 October 2024; the last day to report was 1 November 2024 (7 calendar days counted in WIB (Asia/Jakarta); UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4)).",
            "Syarat formil daluwarsa (batas waktu pelaporan) tidak terpenuhi: laporan disampaikan pada 2 November 2024 pukul 09.00 WIB, sedangkan pelanggaran diketahui pada 25 Oktober 2024; hari terakhir penyampaian laporan adalah 1 November 2024 (7 hari kalender dihitung dalam WIB (Asia/Jakarta); UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4))."
        },
        {
            LaporanRequirements.TandaTangan, "false",
            "Syarat formil, tanda tangan is not met: the receiving officer found that the signature on the report form does not match the pelapor's identity card (Perbawaslu 8/2020).",
            "Syarat formil tanda tangan tidak terpenuhi: petugas penerima laporan mendapati tanda tangan pada formulir laporan tidak sesuai dengan kartu identitas pelapor (Perbawaslu 8/2020)."
        },
        {
            LaporanRequirements.Pemilihan, "unknown",
            "The contest the report concerns cannot be used: the contest pilkada-2099/19.71 is not in the election catalogue ({edition}).",
            "Pemilihan yang dilaporkan tidak dapat digunakan: pemilihan pilkada-2099/19.71 tidak terdapat dalam katalog pemilihan ({edition})."
        },
        {
            LaporanRequirements.WaktuTempat, "place",
            "Syarat materiil, waktu dan tempat kejadian (date and place of the incident; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (3)) is not met: the place is not described in words (street, building, TPS number, …).",
            "Syarat materiil waktu dan tempat kejadian (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (3)) tidak terpenuhi: tempat kejadian tidak diuraikan (jalan, gedung, nomor TPS, …)."
        },
        {
            LaporanRequirements.Uraian, "short",
            "Syarat materiil, uraian kejadian (a description of what happened; UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (3)) is not met: the description has 3 word(s) and 14 letter(s) or digit(s); at least 5 words and 20 letters or digits are needed to say who did what, when and where.",
            "Syarat materiil uraian kejadian (UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (3)) tidak terpenuhi: uraian memuat 3 kata dan 14 huruf atau angka; diperlukan sekurang-kurangnya 5 kata dan 20 huruf atau angka untuk menjelaskan siapa berbuat apa, kapan dan di mana."
        },
        {
            LaporanRequirements.Bukti, "none",
            "Syarat materiil, bukti (evidence; Perbawaslu 8/2020) is not met: no evidence is attached.",
            "Syarat materiil bukti (Perbawaslu 8/2020) tidak terpenuhi: tidak ada bukti yang dilampirkan."
        },
    };

    private static Laporan Break(string code, string how) => (code, how) switch
    {
        (LaporanRequirements.IdentitasPelapor, _) => Complete with { Pelapor = Complete.Pelapor! with { Nik = IntakeArbitraries.SampleNik + "x" } },
        (LaporanRequirements.StatusPelapor, _) => Complete with { Pelapor = Complete.Pelapor! with { Standing = PelaporStanding.Pemantau } },
        (LaporanRequirements.IdentitasTerlapor, _) => Complete with { Terlapor = [Complete.Terlapor[0] with { Address = null }] },
        (LaporanRequirements.Daluwarsa, _) => Complete with { FiledAt = Instant.FromUtc(2024, 11, 2, 2, 0) },
        (LaporanRequirements.TandaTangan, _) => Complete with { SignatureMatchesIdentity = false },
        (LaporanRequirements.Pemilihan, _) => Complete with { ContestId = "pilkada-2099/19.71" },
        (LaporanRequirements.WaktuTempat, _) => Complete with { Incident = Complete.Incident! with { Place = null } },
        (LaporanRequirements.Uraian, _) => Complete with { Description = "ada politik uang" },
        (LaporanRequirements.Bukti, _) => Complete with { Evidence = [] },
        _ => throw new ArgumentException(code),
    };

    [Fact]
    public void The_complete_sample_report_meets_every_requirement_and_can_be_registered()
    {
        var assessment = Validator.ValidateAll(Complete, PilkadaLanguage.English);

        Assert.Empty(assessment.Unmet);
        Assert.True(assessment.CanBeRegistered);
        Assert.True(assessment.FormilMet);
        Assert.True(assessment.MateriilMet);
        Assert.Null(assessment.CorrectionDeadline);
        Assert.Null(assessment.DescribeCorrection(PilkadaLanguage.English));
        Assert.Equal("The report meets every syarat formil and syarat materiil and can be registered.", assessment.Summary);
    }

    [Theory]
    [MemberData(nameof(Requirements))]
    public void Each_requirement_has_its_own_code_and_a_message_in_English_and_Indonesian(string code, string how, string english, string indonesian)
    {
        var laporan = Break(code, how);
        var edition = ElectionCatalog.Default.Edition;

        var en = Validator.ValidateAll(laporan, PilkadaLanguage.English);
        var id = Validator.ValidateAll(laporan, PilkadaLanguage.Indonesian);

        var unmetEn = Assert.Single(en.Unmet);
        var unmetId = Assert.Single(id.Unmet);
        Assert.Equal(code, unmetEn.Code);
        Assert.Equal(code, unmetId.Code);
        Assert.Equal(LaporanRequirements.FromCode(code), unmetEn.Requirement);
        Assert.Equal(english.Replace("{edition}", edition, StringComparison.Ordinal), unmetEn.Message);
        Assert.Equal(indonesian.Replace("{edition}", edition, StringComparison.Ordinal), unmetId.Message);
        Assert.Equal(code.StartsWith("Laporan.Materiil.", StringComparison.Ordinal) ? LaporanValidator.RuleSets.SyaratMateriil : LaporanValidator.RuleSets.SyaratFormil, unmetEn.RuleSet);
        Assert.False(en.CanBeRegistered);
    }

    [Fact]
    public void Every_requirement_code_is_a_message_key_and_maps_back_to_its_requirement()
    {
        foreach (var requirement in LaporanRequirements.All)
        {
            var code = LaporanRequirements.CodeOf(requirement);
            Assert.True(PilkadaMessages.Contains(code), code);
            Assert.Equal(requirement, LaporanRequirements.FromCode(code));
            Assert.NotNull(LaporanRequirements.SourceOf(requirement).Instrument);
        }

        Assert.Equal(Enum.GetValues<LaporanRequirement>().Order(), LaporanRequirements.All.Order());
        Assert.Null(LaporanRequirements.FromCode("Nik.Malformed"));
    }

    // Perbawaslu 8/2020 syarat formil huruf d: "not yet checked" and "does not match" are different facts.
    [Fact]
    public void An_unchecked_signature_and_a_mismatched_signature_give_different_messages_under_one_code()
    {
        var notChecked = Assert.Single(Validator.ValidateAll(Complete with { SignatureMatchesIdentity = null }, PilkadaLanguage.English).Unmet);
        var mismatch = Assert.Single(Validator.ValidateAll(Complete with { SignatureMatchesIdentity = false }, PilkadaLanguage.English).Unmet);

        Assert.Equal(LaporanRequirements.TandaTangan, notChecked.Code);
        Assert.Equal(LaporanRequirements.TandaTangan, mismatch.Code);
        Assert.Contains("has not recorded", notChecked.Message, StringComparison.Ordinal);
        Assert.Contains("does not match", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_rule_sets_run_by_default_and_each_can_run_alone()
    {
        var broken = Complete with { SignatureMatchesIdentity = false, Evidence = [] };

        var both = Validator.Validate(broken);
        var formil = Validator.Validate(broken, o => o.IncludeRuleSets(LaporanValidator.RuleSets.SyaratFormil));
        var materiil = Validator.Validate(broken, o => o.IncludeRuleSets(LaporanValidator.RuleSets.SyaratMateriil));

        Assert.Equal([LaporanRequirements.TandaTangan, LaporanRequirements.Bukti], both.Errors.Select(e => e.ErrorCode));
        Assert.Equal([LaporanRequirements.TandaTangan], formil.Errors.Select(e => e.ErrorCode));
        Assert.Equal([LaporanRequirements.Bukti], materiil.Errors.Select(e => e.ErrorCode));
        Assert.Equal([LaporanRequirements.TandaTangan], Validator.ValidateFormil(broken).Unmet.Select(u => u.Code));
        Assert.Equal([LaporanRequirements.Bukti], Validator.ValidateMateriil(broken).Unmet.Select(u => u.Code));
    }

    [Fact]
    public void Running_one_rule_set_never_says_the_report_can_be_registered()
    {
        var formil = Validator.ValidateFormil(Complete, PilkadaLanguage.English);

        Assert.True(formil.FormilMet);
        Assert.False(formil.MateriilChecked);
        Assert.False(formil.CanBeRegistered);
        Assert.StartsWith("Only SyaratFormil was checked", formil.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_follows_PilkadaValidation_per_call()
    {
        var broken = Complete with { Evidence = [] };

        var id = Validator.Validate(broken, PilkadaLanguage.Indonesian);
        var en = Validator.Validate(broken, PilkadaLanguage.English);

        Assert.StartsWith("Syarat materiil bukti", Assert.Single(id.Errors).ErrorMessage, StringComparison.Ordinal);
        Assert.StartsWith("Syarat materiil, bukti", Assert.Single(en.Errors).ErrorMessage, StringComparison.Ordinal);
    }

    // UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4): 7 hari kalender. The scenario's rally in Kota Pangkal Pinang was on
    // Friday 25 October 2024; a report on Saturday 2 November 2024 is one day late.
    [Fact]
    public void Late_report_known_25_October_filed_2_November_in_Pangkalpinang_is_daluwarsa_with_1_November_the_last_day()
    {
        var late = Complete with
        {
            FiledAt = PilkadaClocks.InstantIn(Pangkalpinang, new LocalDateTime(2024, 11, 2, 9, 0)),
            Channel = FilingChannel.Online,
        };

        var assessment = Validator.ValidateAll(late, PilkadaLanguage.English);

        var unmet = Assert.Single(assessment.Unmet);
        Assert.Equal(LaporanRequirements.Daluwarsa, unmet.Code);
        Assert.Equal(ReportingPeriodStatus.Late, assessment.ReportingPeriod.Status);
        Assert.Equal(new LocalDate(2024, 11, 1), assessment.ReportingPeriod.Deadline!.LastDay);
        Assert.Equal("Asia/Jakarta", assessment.ReportingPeriod.Place.Zone.Id);
        Assert.Equal(CountingPlaceSource.Incident, assessment.ReportingPeriod.Place.Source);
        Assert.Contains("the report came on 2 November 2024 at 09:00 WIB while the violation was known on 25 October 2024; the last day to report was 1 November 2024", unmet.Message, StringComparison.Ordinal);
        Assert.Contains("UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4)", unmet.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_on_the_last_day_just_before_midnight_local_time_is_in_time()
    {
        var lastMinute = Complete with { FiledAt = PilkadaClocks.InstantIn(Pangkalpinang, new LocalDateTime(2024, 11, 1, 23, 59)) };

        Assert.Empty(Validator.ValidateAll(lastMinute).Unmet);
    }

    // Waktu setempat: 16.30 UTC on 1 November 2024 is 23.30 WIB on the last day in Kota Pangkal Pinang, but already
    // 01.30 WIT on 2 November in Kota Jayapura.
    [Fact]
    public void The_same_instant_is_in_time_in_WIB_and_late_in_WIT()
    {
        var instant = Instant.FromUtc(2024, 11, 1, 16, 30);
        var inPangkalpinang = Complete with { FiledAt = instant };
        var inJayapura = Complete with
        {
            FiledAt = instant,
            ContestId = "pilkada-2024/91.71",
            Incident = Complete.Incident! with { RegionCode = "91.71.01" },
        };

        var wib = Validator.CheckReportingPeriod(inPangkalpinang);
        var wit = Validator.CheckReportingPeriod(inJayapura);
        var witMessage = Assert.Single(Validator.ValidateAll(inJayapura, PilkadaLanguage.English).Unmet).Message;

        Assert.Equal(ReportingPeriodStatus.InTime, wib.Status);
        Assert.Equal(ReportingPeriodStatus.Late, wit.Status);
        Assert.Equal("Asia/Jayapura", wit.Place.Zone.Id);
        Assert.Equal(new LocalDate(2024, 11, 1), wit.Deadline!.LastDay);
        Assert.Contains("the report came on 2 November 2024 at 01:30 WIT", witMessage, StringComparison.Ordinal);
        Assert.Contains("counted in WIT (Asia/Jayapura)", witMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_incident_region_the_days_are_counted_in_the_contest_region()
    {
        var laporan = Complete with
        {
            ContestId = "pilkada-2024/91.71",
            Incident = Complete.Incident! with { RegionCode = null },
            FiledAt = Instant.FromUtc(2024, 11, 1, 16, 30),
        };

        var check = Validator.CheckReportingPeriod(laporan);

        Assert.Equal(CountingPlaceSource.Contest, check.Place.Source);
        Assert.Equal(Jayapura, check.Place.Region);
        Assert.Equal(ReportingPeriodStatus.Late, check.Status);
    }

    [Fact]
    public void Without_any_region_the_days_are_counted_in_the_fallback_zone()
    {
        var laporan = Complete with { ContestId = null, Incident = null };

        var wib = Validator.CheckReportingPeriod(laporan);
        var wit = new LaporanValidator(new LaporanValidatorOptions { FallbackZone = DateTimeZoneProviders.Tzdb["Asia/Jayapura"] }).CheckReportingPeriod(laporan);

        Assert.Equal(CountingPlaceSource.Fallback, wib.Place.Source);
        Assert.Equal("Asia/Jakarta", wib.Place.Zone.Id);
        Assert.Equal("Asia/Jayapura", wit.Place.Zone.Id);
    }

    // UU 7/2017 Pasal 454 ayat (6): 7 hari kerja. From Friday 5 April 2024 the days 8–15 April (Idul Fitri and cuti
    // bersama, SKB 855/2023) do not count: day 1 is Tuesday 16 April, day 7 Wednesday 24 April.
    [Fact]
    public void Pemilu_counts_7_working_days_across_the_Idul_Fitri_holidays()
    {
        var bima = RegionCode.Parse("52.72");
        var laporan = Complete with
        {
            ContestId = null,
            Incident = Complete.Incident! with { OccurredOn = new LocalDate(2024, 4, 5), RegionCode = "52.72.01" },
            KnownOn = new LocalDate(2024, 4, 5),
            FiledAt = PilkadaClocks.InstantIn(bima, new LocalDateTime(2024, 4, 24, 15, 0)),
        };
        var pemilu = new LaporanValidator(new LaporanValidatorOptions { Regime = LegalRegimeKind.Pemilu });

        var check = pemilu.CheckReportingPeriod(laporan);
        var dayLater = pemilu.CheckReportingPeriod(laporan with { FiledAt = PilkadaClocks.InstantIn(bima, new LocalDateTime(2024, 4, 25, 8, 0)) });
        var underPilkada = Validator.CheckReportingPeriod(laporan);

        Assert.Equal(new LocalDate(2024, 4, 16), check.Deadline!.FirstDay);
        Assert.Equal(new LocalDate(2024, 4, 24), check.Deadline.LastDay);
        Assert.Equal(DeadlineUnit.WorkingDays, check.Rule.Period.Unit);
        Assert.Equal(ReportingPeriodStatus.InTime, check.Status);
        Assert.Equal(ReportingPeriodStatus.Late, dayLater.Status);
        Assert.Equal(new LocalDate(2024, 4, 12), underPilkada.Deadline!.LastDay);
        Assert.Equal(ReportingPeriodStatus.Late, underPilkada.Status);
        Assert.Contains("7 working days", Assert.Single(pemilu.ValidateAll(laporan with { FiledAt = dayLater.Deadline!.End }, PilkadaLanguage.English).Unmet).Message, StringComparison.Ordinal);
    }

    // Regression: the Tribun Medan error (27 Nov 2024) read the Pilkada period as 7 hari kerja; the late example is in
    // time only under the Pemilu rule.
    [Fact]
    public void The_late_Pilkada_example_would_be_in_time_under_the_Pemilu_working_day_rule()
    {
        var late = Complete with { FiledAt = PilkadaClocks.InstantIn(Pangkalpinang, new LocalDateTime(2024, 11, 2, 9, 0)) };
        var pemilu = new LaporanValidator(new LaporanValidatorOptions { Regime = LegalRegimeKind.Pemilu });

        Assert.Equal(ReportingPeriodStatus.Late, Validator.CheckReportingPeriod(late).Status);
        Assert.Equal(ReportingPeriodStatus.InTime, pemilu.CheckReportingPeriod(late).Status);
        Assert.Equal(new LocalDate(2024, 11, 5), pemilu.CheckReportingPeriod(late).Deadline!.LastDay);
    }

    [Fact]
    public void The_day_one_convention_is_an_option()
    {
        var startDay = new LaporanValidator(new LaporanValidatorOptions { Deadlines = new DeadlineOptions { DayOne = DayOneConvention.StartDay } });

        Assert.Equal(new LocalDate(2024, 10, 31), startDay.CheckReportingPeriod(Complete).Deadline!.LastDay);
        Assert.Equal(new LocalDate(2024, 11, 1), Validator.CheckReportingPeriod(Complete).Deadline!.LastDay);
    }

    [Theory]
    [InlineData(false, true, "Laporan.Formil.Daluwarsa.NoKnownOn", "the date the violation became known (hari dan tanggal diketahui) is missing")]
    [InlineData(true, false, "Laporan.Formil.Daluwarsa.NoFiledAt", "the time the report was filed is missing")]
    [InlineData(false, false, "Laporan.Formil.Daluwarsa.NoDates", "both the date the violation became known and the time the report was filed are missing")]
    public void Missing_dates_are_their_own_message_not_a_crash(bool hasKnownOn, bool hasFiledAt, string key, string text)
    {
        var laporan = Complete with { KnownOn = hasKnownOn ? Complete.KnownOn : null, FiledAt = hasFiledAt ? Complete.FiledAt : null };

        var assessment = Validator.ValidateAll(laporan, PilkadaLanguage.English);

        var unmet = Assert.Single(assessment.Unmet);
        Assert.Equal(LaporanRequirements.Daluwarsa, unmet.Code);
        Assert.Equal(PilkadaMessages.Format(key, PilkadaLanguage.English, new MessageArgument("source", "UU 1/2015 jo. UU 8/2015 Pasal 134 ayat (4)")), unmet.Message);
        Assert.Contains(text, unmet.Message, StringComparison.Ordinal);
        Assert.Null(assessment.ReportingPeriod.Deadline);
    }

    [Fact]
    public void A_violation_known_after_the_filing_date_is_a_clear_error()
    {
        var unmet = Assert.Single(Validator.ValidateAll(Complete with { KnownOn = new LocalDate(2024, 10, 30) }, PilkadaLanguage.English).Unmet);

        Assert.Equal(LaporanRequirements.Daluwarsa, unmet.Code);
        Assert.Contains("known on 30 October 2024, after the report was filed on 28 October 2024", unmet.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filing_later_than_the_reference_instant_is_refused()
    {
        var now = PilkadaClocks.InstantIn(Pangkalpinang, new LocalDateTime(2024, 10, 27, 12, 0));
        var atNow = new LaporanValidator(new LaporanValidatorOptions { ReferenceInstant = now });
        var withClock = new LaporanValidator(new LaporanValidatorOptions { Clock = new FixedClock(now) });

        var unmet = Assert.Single(atNow.ValidateAll(Complete, PilkadaLanguage.English).Unmet);

        Assert.Equal(LaporanRequirements.Daluwarsa, unmet.Code);
        Assert.Contains("filed at 28 October 2024 10:00 WIB, later than the time of the check, 27 October 2024 12:00 WIB", unmet.Message, StringComparison.Ordinal);
        Assert.Equal(ReportingPeriodStatus.FiledAfterNow, withClock.CheckReportingPeriod(Complete).Status);
    }

    // A 2014 report was counted in hari kerja (Perppu 1/2014 Pasal 1 angka 28); the calendar-day rule starts with UU 8/2015.
    [Fact]
    public void A_date_before_the_rule_was_in_force_is_reported_not_guessed()
    {
        var old = Complete with { KnownOn = new LocalDate(2014, 12, 1), Incident = Complete.Incident! with { OccurredOn = new LocalDate(2014, 12, 1) }, FiledAt = Instant.FromUtc(2014, 12, 3, 3, 0) };

        var check = Validator.CheckReportingPeriod(old);
        var unmet = Assert.Single(Validator.ValidateAll(old, PilkadaLanguage.English).Unmet);

        Assert.Equal(ReportingPeriodStatus.NotInForce, check.Status);
        Assert.Equal(LaporanRequirements.Daluwarsa, unmet.Code);
        Assert.StartsWith("Syarat formil, daluwarsa (reporting period) cannot be checked: ", unmet.Message, StringComparison.Ordinal);
        Assert.Contains("2015", unmet.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_working_day_count_outside_the_calendar_years_is_reported_not_guessed()
    {
        var future = Complete with { KnownOn = new LocalDate(2031, 3, 3), Incident = Complete.Incident! with { OccurredOn = new LocalDate(2031, 3, 3) }, FiledAt = Instant.FromUtc(2031, 3, 4, 3, 0) };
        var pemilu = new LaporanValidator(new LaporanValidatorOptions { Regime = LegalRegimeKind.Pemilu });

        var unmet = Assert.Single(pemilu.ValidateAll(future, PilkadaLanguage.Indonesian).Unmet);

        Assert.Equal(ReportingPeriodStatus.NotCovered, pemilu.CheckReportingPeriod(future).Status);
        Assert.Equal(LaporanRequirements.Daluwarsa, unmet.Code);
        Assert.StartsWith("Syarat formil daluwarsa (batas waktu pelaporan) tidak dapat diperiksa: ", unmet.Message, StringComparison.Ordinal);
    }

    // Perbawaslu 9/2024 Pasal 4 ayat (3): a kuasa files with a surat kuasa khusus.
    [Fact]
    public void A_kuasa_needs_a_name_and_the_date_of_the_surat_kuasa_khusus_not_after_the_filing()
    {
        var withKuasa = Complete with { Pelapor = Complete.Pelapor! with { Kuasa = new Kuasa { Name = "Kuasa Hukum", PowerOfAttorneyDate = new LocalDate(2024, 10, 27) } } };
        var undated = withKuasa with { Pelapor = withKuasa.Pelapor! with { Kuasa = withKuasa.Pelapor.Kuasa! with { PowerOfAttorneyDate = null } } };
        var postdated = withKuasa with { Pelapor = withKuasa.Pelapor! with { Kuasa = withKuasa.Pelapor.Kuasa! with { PowerOfAttorneyDate = new LocalDate(2024, 10, 29) } } };

        Assert.Empty(Validator.ValidateAll(withKuasa).Unmet);
        Assert.Contains("without the date of a surat kuasa khusus", Assert.Single(Validator.ValidateAll(undated, PilkadaLanguage.English).Unmet).Message, StringComparison.Ordinal);
        Assert.Contains("dated 29 October 2024, after the report was filed on 28 October 2024", Assert.Single(Validator.ValidateAll(postdated, PilkadaLanguage.English).Unmet).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_missing_identity_fact_is_named_in_one_message()
    {
        var laporan = Complete with { Pelapor = new Pelapor { Standing = PelaporStanding.Pemilih } };

        var unmet = Assert.Single(Validator.ValidateAll(laporan, PilkadaLanguage.Indonesian).Unmet);

        Assert.Equal(LaporanRequirements.IdentitasPelapor, unmet.Code);
        Assert.EndsWith("tidak terpenuhi: nama pelapor kosong; NIK pelapor kosong; alamat pelapor kosong.", unmet.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_pelapor_fails_both_identity_and_standing()
    {
        var codes = Validator.ValidateAll(Complete with { Pelapor = null }).Unmet.Select(u => u.Code);

        Assert.Equal([LaporanRequirements.IdentitasPelapor, LaporanRequirements.StatusPelapor], codes);
    }

    [Theory]
    [InlineData("198609262010012003", false, true)]
    [InlineData("NIP. 19860926 201001 2 003", false, true)]
    [InlineData("NI PPPK 198609262023212003", true, true)]
    [InlineData("1986092620100120", false, false)]
    [InlineData("198613262010012003", false, false)]
    public void A_terlapor_NIP_when_given_must_be_valid_and_is_masked(string nip, bool pppk, bool valid)
    {
        var laporan = Complete with { Terlapor = [Complete.Terlapor[0] with { Nip = nip, IsPppk = pppk }] };

        var unmet = Validator.ValidateAll(laporan, PilkadaLanguage.English).Unmet;

        Assert.Equal(valid, unmet.Count == 0);
        if (!valid)
        {
            Assert.Equal(LaporanRequirements.IdentitasTerlapor, Assert.Single(unmet).Code);
            Assert.DoesNotContain(nip, unmet[0].Message, StringComparison.Ordinal);
            Assert.Contains("the NIP of terlapor 1, 1986", unmet[0].Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("pilkada-2024/19.71", true)]
    [InlineData("pilkada-2024/19", true)]
    [InlineData("pilkada-ulang-2025/19.71", true)]
    [InlineData("pilkada-2024/19.99", false)]
    [InlineData("pilkada-2024/34", false)]
    [InlineData("pilkada 2024", false)]
    public void A_contest_when_given_must_parse_and_exist(string contest, bool valid)
    {
        var unmet = Validator.ValidateAll(Complete with { ContestId = contest }, PilkadaLanguage.English).Unmet;

        Assert.Equal(valid, unmet.Count == 0);
        if (!valid)
        {
            Assert.Equal(LaporanRequirements.Pemilihan, Assert.Single(unmet).Code);
        }
    }

    [Theory]
    [InlineData("19.71.02.1002", null)]
    [InlineData("19.71", null)]
    [InlineData("19.71.99", "the region code 19.71.99 is not in Kepmendagri 300.2.2-2138/2025")]
    [InlineData("19.7x", "'19.7x' is not a region code")]
    [InlineData("", "the region code of the place is missing")]
    public void The_incident_region_must_be_a_well_formed_code_that_exists(string code, string? expected)
    {
        var unmet = Validator.ValidateAll(Complete with { Incident = Complete.Incident! with { RegionCode = code } }, PilkadaLanguage.English).Unmet;

        if (expected is null)
        {
            Assert.Empty(unmet);
        }
        else
        {
            Assert.Contains(expected, Assert.Single(unmet).Message, StringComparison.Ordinal);
            Assert.Equal(LaporanRequirements.WaktuTempat, unmet[0].Code);
        }
    }

    [Fact]
    public void An_incident_after_the_filing_date_is_refused()
    {
        var unmet = Validator.ValidateAll(Complete with { Incident = Complete.Incident! with { OccurredOn = new LocalDate(2024, 10, 29) } }, PilkadaLanguage.English).Unmet;

        Assert.Contains("the incident is dated 29 October 2024, after the report was filed on 28 October 2024", Assert.Single(unmet).Message, StringComparison.Ordinal);
    }

    // The documented minimum of an uraian kejadian: 5 words and 20 letters or digits (an assumption; configurable).
    [Theory]
    [InlineData("ASN kampanye di media sosial", true)]
    [InlineData("a b c d e f g h i j k l m n o p q r s t", true)]
    [InlineData("Kepala desa membagikan sembako", false)]
    [InlineData("- - - - - - - -", false)]
    [InlineData("   ", false)]
    public void The_description_minimum_is_five_words_and_twenty_letters(string description, bool valid)
    {
        Assert.Equal(valid, Validator.ValidateAll(Complete with { Description = description }).Unmet.Count == 0);
    }

    [Fact]
    public void The_description_minimum_is_configurable()
    {
        var lenient = new LaporanValidator(new LaporanValidatorOptions { MinimumDescriptionWords = 1, MinimumDescriptionLetters = 4 });

        Assert.Empty(lenient.ValidateAll(Complete with { Description = "uang" }).Unmet);
        Assert.Throws<ArgumentException>(() => new LaporanValidator(new LaporanValidatorOptions { MinimumDescriptionWords = -1 }));
        Assert.Throws<ArgumentException>(() => new LaporanValidator(new LaporanValidatorOptions { Regime = (LegalRegimeKind)9 }));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", true)]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", true)]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85", false)]
    [InlineData("g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", false)]
    [InlineData("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b", false)]
    public void A_content_hash_when_given_is_64_hexadecimal_characters(string? hash, bool valid)
    {
        var laporan = Complete with { Evidence = [Complete.Evidence[0] with { ContentHash = hash }] };

        Assert.Equal(valid, Validator.ValidateAll(laporan).Unmet.Count == 0);
    }

    [Fact]
    public void A_bad_hash_message_names_the_item_the_character_and_its_position()
    {
        var laporan = Complete with { Evidence = [Complete.Evidence[0], Complete.Evidence[0] with { ContentHash = "g" + new string('0', 63) }] };

        var message = Assert.Single(Validator.ValidateAll(laporan, PilkadaLanguage.English).Unmet).Message;

        Assert.Contains("the content hash of evidence 2 has 'g' at character 1", message, StringComparison.Ordinal);
    }

    // Perbaikan laporan: 2 x 24 jam (practice under Perbawaslu 9/2024, ❓ exact text), from the filing or the request.
    [Fact]
    public void Missing_syarat_materiil_give_a_correction_deadline_of_2_x_24_hours_from_the_filing()
    {
        var laporan = Complete with { Evidence = [] };

        var assessment = Validator.ValidateAll(laporan, PilkadaLanguage.Indonesian);

        Assert.Equal(CorrectionStart.Filing, assessment.CorrectionCountedFrom);
        Assert.Equal(Instant.FromUtc(2024, 10, 30, 3, 0), assessment.CorrectionDue);
        Assert.Equal(new LocalDateTime(2024, 10, 30, 10, 0), assessment.CorrectionDueLocal);
        Assert.Equal(LaporanDeadlines.Correction, assessment.CorrectionDeadline!.Rule);
        Assert.Equal(SourceConfidence.Uncertain, LaporanDeadlines.Correction.Confidence);
        Assert.Equal(
            "Perbaikan laporan: pelapor dapat melengkapi syarat materiil dalam 2 x 24 jam sejak laporan disampaikan (28 Oktober 2024 10.00 WIB), sampai 30 Oktober 2024 10.00 WIB (Perbawaslu 9/2024; praktik, bunyi aslinya belum dibaca).",
            assessment.DescribeCorrection(PilkadaLanguage.Indonesian));
    }

    [Fact]
    public void The_correction_deadline_runs_from_the_request_when_one_is_given_and_its_period_is_configurable()
    {
        var laporan = Complete with { Evidence = [] };
        var requested = PilkadaClocks.InstantIn(Pangkalpinang, new LocalDateTime(2024, 10, 29, 14, 0));
        var threeDays = new DeadlineRule("test.correction", DeadlinePeriod.CalendarDays(3), "Perbaikan", "Correction", new LegalReference("test"));

        var fromRequest = Validator.ValidateAll(laporan, PilkadaLanguage.English, requested);
        var configured = new LaporanValidator(new LaporanValidatorOptions { CorrectionRule = threeDays }).ValidateAll(laporan, PilkadaLanguage.English, requested);

        Assert.Equal(CorrectionStart.Request, fromRequest.CorrectionCountedFrom);
        Assert.Equal(new LocalDateTime(2024, 10, 31, 14, 0), fromRequest.CorrectionDueLocal);
        Assert.Contains("within 2 x 24 hours of the request for correction", fromRequest.DescribeCorrection(PilkadaLanguage.English), StringComparison.Ordinal);
        Assert.Equal(new LocalDateTime(2024, 11, 2, 0, 0), configured.CorrectionDueLocal);
    }

    [Fact]
    public void The_correction_deadline_is_counted_in_the_region_and_can_be_overdue_at_the_reference_instant()
    {
        var jayapura = Complete with { Evidence = [], ContestId = "pilkada-2024/91.71", Incident = Complete.Incident! with { RegionCode = "91.71.01" } };
        var later = new LaporanValidator(new LaporanValidatorOptions { ReferenceInstant = Instant.FromUtc(2024, 11, 1, 0, 0) });

        var assessment = later.ValidateAll(jayapura);

        Assert.Equal(new LocalDateTime(2024, 10, 30, 12, 0), assessment.CorrectionDueLocal);
        Assert.True(assessment.IsCorrectionOverdue);
        Assert.Null(Validator.ValidateAll(jayapura).IsCorrectionOverdue);
    }

    [Fact]
    public void No_correction_deadline_for_formil_failures_or_without_a_start()
    {
        var formilOnly = Validator.ValidateAll(Complete with { SignatureMatchesIdentity = false });
        var noStart = Validator.ValidateAll(Complete with { Evidence = [], FiledAt = null }, PilkadaLanguage.English);
        var beforeRule = Validator.ValidateAll(Complete with { Evidence = [] }, PilkadaLanguage.English, Instant.FromUtc(2024, 9, 1, 0, 0));

        Assert.Null(formilOnly.CorrectionDeadline);
        Assert.Null(formilOnly.DescribeCorrection(PilkadaLanguage.English));
        Assert.Null(noStart.CorrectionDeadline);
        Assert.Equal("No correction deadline: the time of filing is missing and no request for correction was given.", noStart.DescribeCorrection(PilkadaLanguage.English));
        Assert.Null(beforeRule.CorrectionDeadline);
        Assert.StartsWith("No correction deadline: ", beforeRule.DescribeCorrection(PilkadaLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void The_assessment_carries_the_filing_hours_answer()
    {
        var inHours = Validator.ValidateAll(Complete);
        var pemiluInPerson = new LaporanValidator(new LaporanValidatorOptions { Regime = LegalRegimeKind.Pemilu }).ValidateAll(Complete with { ContestId = null });

        Assert.Equal(FilingHoursOutcome.WithinOfficeHours, inHours.FilingHours.Outcome);
        Assert.Equal(FilingHoursOutcome.NotDetermined, pemiluInPerson.FilingHours.Outcome);
        Assert.Contains("no office hours for Pemilu reports", pemiluInPerson.FilingHours.Describe(PilkadaLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Validating_null_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => Validator.ValidateAll(null!));
        Assert.Throws<ArgumentNullException>(() => Validator.CheckReportingPeriod(null!));
    }
}
