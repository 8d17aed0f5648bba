using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests.Elections;

/// <summary>The Pilkada 2024 stages (PKPU 2/2024, DOMAIN-BRIEF §1.1–§1.4) and the 2025 re-run schedule.</summary>
public class ScheduleTests
{
    private static readonly ElectionSchedule Schedule = ElectionCatalog.Default.Pilkada2024.Schedule;
    private static readonly ElectionSchedule Rerun = ElectionCatalog.Default.PilkadaUlang2025.Schedule;

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    private static RegionCode Code(string text) => RegionCode.Parse(text, CultureInfo.InvariantCulture);

    // DOMAIN-BRIEF §1.1, §1.2, §1.3 and §1.4: every dated stage with its dates, both ends inclusive.
    [Theory]
    [InlineData("pembentukan-ppk-pps-kpps", "2024-04-17", "2024-11-05")]
    [InlineData("pendaftaran-pemantau", "2024-02-27", "2024-11-16")]
    [InlineData("penyerahan-dp4", "2024-04-24", "2024-05-31")]
    [InlineData("pemutakhiran-daftar-pemilih", "2024-05-31", "2024-09-23")]
    [InlineData("dukungan-perseorangan", "2024-05-05", "2024-08-19")]
    [InlineData("pengumuman-pendaftaran", "2024-08-24", "2024-08-26")]
    [InlineData("pendaftaran-paslon", "2024-08-27", "2024-08-29")]
    [InlineData("perpanjangan-pendaftaran", "2024-09-02", "2024-09-04")]
    [InlineData("penelitian-persyaratan", "2024-08-27", "2024-09-21")]
    [InlineData("penetapan-paslon", "2024-09-22", "2024-09-22")]
    [InlineData("pengundian-nomor-urut", "2024-09-23", "2024-09-23")]
    [InlineData("kampanye", "2024-09-25", "2024-11-23")]
    [InlineData("masa-tenang", "2024-11-24", "2024-11-26")]
    [InlineData("pemungutan-suara", "2024-11-27", "2024-11-27")]
    [InlineData("penghitungan-rekapitulasi", "2024-11-27", "2024-12-16")]
    [InlineData("penyerahan-hasil-tps", "2024-11-28", "2024-11-30")]
    [InlineData("rekapitulasi-kecamatan", "2024-11-28", "2024-12-03")]
    [InlineData("rekapitulasi-kabupaten-kota", "2024-11-29", "2024-12-06")]
    [InlineData("rekapitulasi-provinsi", "2024-11-30", "2024-12-09")]
    [InlineData("pengumuman-hasil", "2024-12-15", "2024-12-15")]
    [InlineData("registrasi-perkara", "2025-01-03", "2025-01-03")]
    [InlineData("putusan-dismissal", "2025-02-04", "2025-02-05")]
    [InlineData("pemeriksaan-perselisihan-hasil", "2025-01-08", "2025-02-24")]
    [InlineData("pelantikan", "2025-02-20", "2025-02-20")]
    public void The_2024_stages_have_the_dates_of_the_brief(string id, string start, string end)
    {
        var stage = Schedule[id];

        Assert.Equal(Date(start), stage.Start);
        Assert.Equal(Date(end), stage.End);
        Assert.Equal(SourceConfidence.Confirmed, stage.Confidence);
        Assert.NotEmpty(stage.SourceUrls);
        Assert.False(string.IsNullOrWhiteSpace(stage.Name));
        Assert.False(string.IsNullOrWhiteSpace(stage.EnglishName));
    }

    [Fact]
    public void Campaign_25_Sep_to_23_Nov_quiet_period_24_to_26_Nov_voting_27_Nov_2024()
    {
        Assert.Equal(new DateInterval(new(2024, 9, 25), new(2024, 11, 23)), Schedule.Find(StageKind.Kampanye)!.Dates);
        Assert.Equal(60, Schedule["kampanye"].LengthInDays);
        Assert.Equal(new DateInterval(new(2024, 11, 24), new(2024, 11, 26)), Schedule.Find(StageKind.MasaTenang)!.Dates);
        Assert.Equal(new LocalDate(2024, 11, 27), Schedule.Find(StageKind.PemungutanSuara)!.Start);
        Assert.Equal(new LocalDate(2024, 11, 27), ElectionCatalog.Default.Pilkada2024.VotingDay);
        Assert.Equal(new LocalDate(2024, 9, 22), Schedule.Find(StageKind.PenetapanPasanganCalon)!.Start);
        Assert.Equal(new LocalDate(2025, 2, 20), Schedule.Find(StageKind.Pelantikan)!.Start);
        Assert.Equal("Keppres 33/2024", ElectionCatalog.Default.Pilkada2024.LegalBasis[2].Instrument);
        Assert.Equal("PKPU 2/2024", Schedule.Basis.Instrument);
    }

    [Fact]
    public void The_campaign_starts_three_days_after_the_candidate_pairs_are_set()
    {
        Assert.Equal(Schedule["penetapan-paslon"].Start!.Value.PlusDays(3), Schedule["kampanye"].Start);
    }

    [Fact]
    public void Regression_the_outdated_10_December_recapitulation_end_is_not_used_and_is_noted()
    {
        var rekap = Schedule["penghitungan-rekapitulasi"];

        Assert.Equal(new LocalDate(2024, 12, 16), rekap.End);
        Assert.Contains("10 Dec 2024", rekap.Note, StringComparison.Ordinal);
        Assert.Contains("outdated", rekap.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Stages_without_dates_are_kept_with_what_the_source_says()
    {
        Assert.Equal(
            ["perencanaan-program-anggaran", "penyusunan-peraturan", "perencanaan-penyelenggaraan", "pembentukan-pengawas-ad-hoc", "penetapan-calon-terpilih", "pengajuan-permohonan-php"],
            Schedule.Undated.Select(s => s.Id));
        Assert.Equal("sesuai ketetapan Bawaslu", Schedule["pembentukan-pengawas-ad-hoc"].DateText);
        Assert.Equal(new LocalDate(2024, 1, 26), Schedule["perencanaan-program-anggaran"].End);
        Assert.Null(Schedule["perencanaan-program-anggaran"].Start);
        Assert.Equal("Pasal 157 ayat (5)", Schedule["pengajuan-permohonan-php"].Source.Provision);
        Assert.Contains("3 hari kerja", Schedule["pengajuan-permohonan-php"].DateText, StringComparison.Ordinal);
        for (var day = new LocalDate(2024, 1, 1); day <= new LocalDate(2025, 12, 31); day = day.PlusDays(1))
        {
            Assert.DoesNotContain(Schedule.InForceOn(day), s => !s.IsDated);
        }
    }

    [Fact]
    public void On_25_November_2024_only_the_quiet_period_is_in_force()
    {
        var stage = Assert.Single(Schedule.InForceOn(new LocalDate(2024, 11, 25)));

        Assert.Equal("masa-tenang", stage.Id);
        Assert.Equal("Masa tenang", stage.GetName(PilkadaLanguage.Indonesian));
        Assert.Equal("Quiet period", stage.GetName(PilkadaLanguage.English));
    }

    [Fact]
    public void The_recapitulation_levels_overlap_on_30_November_2024()
    {
        Assert.Equal(
            ["penghitungan-rekapitulasi", "penyerahan-hasil-tps", "rekapitulasi-kecamatan", "rekapitulasi-kabupaten-kota", "rekapitulasi-provinsi"],
            Schedule.InForceOn(new LocalDate(2024, 11, 30)).Select(s => s.Id));
        Assert.Equal(["pemungutan-suara", "penghitungan-rekapitulasi"], Schedule.InForceOn(new LocalDate(2024, 11, 27)).Select(s => s.Id));
    }

    [Fact]
    public void In_Kota_Bima_WITA_25_November_00_30_is_the_quiet_period()
    {
        var bima = RegionCatalog.Default[Code("52.72")];
        var instant = Instant.FromUtc(2024, 11, 24, 16, 30); // 25 Nov 2024 00:30 WITA

        Assert.Equal(["masa-tenang"], Schedule.InForceAt(instant, bima).Select(s => s.Id));
        Assert.Equal(["masa-tenang"], Schedule.InForceAt(instant, bima.Code).Select(s => s.Id));
    }

    [Fact]
    public void The_same_instant_is_the_quiet_period_in_Bima_but_still_the_campaign_in_Jakarta()
    {
        var instant = Instant.FromUtc(2024, 11, 23, 16, 30); // 24 Nov 00:30 WITA, 23 Nov 23:30 WIB

        Assert.Equal(["masa-tenang"], Schedule.InForceAt(instant, Code("52.72")).Select(s => s.Id));
        Assert.Equal(["kampanye"], Schedule.InForceAt(instant, Code("31.71")).Select(s => s.Id));
        Assert.Equal(["kampanye"], Schedule.InForceAt(instant, DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).Select(s => s.Id));
        Assert.Throws<ArgumentException>(() => Schedule.InForceAt(instant, Code("99")));
    }

    [Fact]
    public void The_periods_without_office_hours_are_masa_tenang_voting_counting_and_recapitulation()
    {
        var periods = Schedule.OfficeHoursExemptions;

        Assert.Equal(
            ["masa-tenang", "pemungutan-suara", "penghitungan-rekapitulasi", "penyerahan-hasil-tps", "rekapitulasi-kecamatan", "rekapitulasi-kabupaten-kota", "rekapitulasi-provinsi"],
            periods.Select(p => p.StageId));
        Assert.Equal(new LocalDate(2024, 11, 24), periods.Min(p => p.Start));
        Assert.Equal(new LocalDate(2024, 12, 16), periods.Max(p => p.End));
        Assert.Equal(new DateInterval(new(2024, 11, 24), new(2024, 11, 26)), periods[0].Dates);
        Assert.Equal("Perbawaslu 9/2024", OfficeHoursExemption.LegalBasis.Instrument);
        Assert.Equal("Pasal 5 ayat (2) huruf b", OfficeHoursExemption.LegalBasis.Provision);
        Assert.False(Schedule["kampanye"].SuspendsOfficeHours);
    }

    [Fact]
    public void Office_hours_exemptions_start_no_earlier_than_Perbawaslu_9_2024()
    {
        var election = ElectionId.Parse("pilkada-2020", CultureInfo.InvariantCulture);
        var source = new LegalReference("PKPU 5/2020");
        var schedule = new ElectionSchedule(election, source, [
            new ElectionStage("masa-tenang", StageKind.MasaTenang, StagePhase.Penyelenggaraan, "Masa tenang", "Quiet period", new(2020, 12, 6), new(2020, 12, 8), source),
            new ElectionStage("rekap", StageKind.PenghitunganDanRekapitulasi, StagePhase.Penyelenggaraan, "Rekapitulasi", "Recapitulation", new(2024, 9, 20), new(2024, 10, 5), source),
        ]);

        var period = Assert.Single(schedule.OfficeHoursExemptions);
        Assert.Equal(new LocalDate(2024, 9, 30), period.Start);
        Assert.Equal(new LocalDate(2024, 10, 5), period.End);
    }

    [Fact]
    public void The_rerun_schedule_keeps_month_only_and_uncertain_rows_as_data()
    {
        Assert.Equal(18, Rerun.Stages.Count);
        Assert.Equal(new LocalDate(2025, 8, 27), Rerun.Find(StageKind.PemungutanSuara)!.Start);
        Assert.Equal(new DateInterval(new(2025, 7, 25), new(2025, 8, 23)), Rerun["kampanye"].Dates);
        Assert.Equal(new LocalDate(2025, 7, 22), Rerun["penetapan-paslon"].Start);

        var dp4 = Rerun["penyerahan-dp4"];
        Assert.Null(dp4.Start);
        Assert.Equal("Januari 2025", dp4.DateText);
        Assert.Equal(SourceConfidence.SingleSource, dp4.Confidence);

        var quiet = Rerun["masa-tenang"];
        Assert.Equal(SourceConfidence.Uncertain, quiet.Confidence);
        Assert.Contains("derived", quiet.Note, StringComparison.Ordinal);
        Assert.Equal(5, Rerun.Stages.Count(s => s.Confidence == SourceConfidence.Uncertain));
        Assert.Equal(6, Rerun.Stages.Count(s => s.Confidence == SourceConfidence.SingleSource));
        Assert.Equal(7, Rerun.Stages.Count(s => s.Confidence == SourceConfidence.Confirmed));

        Assert.Equal(new LocalDate(2025, 3, 6), Rerun["dukungan-perseorangan"].Start);
        Assert.Null(Rerun["dukungan-perseorangan"].End);
        Assert.Equal("PKPU 19/2024", Rerun.Basis.Instrument);
    }

    [Fact]
    public void The_rerun_stages_are_limited_to_Bangka_and_Pangkal_Pinang()
    {
        var bangkaPlenary = Rerun["penetapan-jadwal-bangka"];

        Assert.Equal([Code("19.01")], bangkaPlenary.AppliesTo);
        Assert.Equal([Code("19.01"), Code("19.71")], Rerun["kampanye"].AppliesTo);
        Assert.Equal(["penetapan-jadwal-bangka"], Rerun.InForceOn(new LocalDate(2025, 1, 9), Code("19.01")).Select(s => s.Id));
        Assert.Empty(Rerun.InForceOn(new LocalDate(2025, 1, 9), Code("19.71")));
        Assert.Equal(["masa-tenang"], Rerun.InForceAt(Instant.FromUtc(2025, 8, 24, 17, 0), Code("19.71")).Select(s => s.Id));
        Assert.Empty(Rerun.InForceOn(new LocalDate(2025, 8, 25), Code("52.72")));
        Assert.Equal(["masa-tenang", "pemungutan-suara", "rekapitulasi-kabupaten-kota"], Rerun.OfficeHoursExemptions.Select(p => p.StageId));
        Assert.Equal(SourceConfidence.Uncertain, Rerun.OfficeHoursExemptions[0].Confidence); // the re-run's masa tenang is derived
    }

    [Fact]
    public void Users_can_build_their_own_schedule_and_election()
    {
        var id = ElectionId.Parse("psu-2026", CultureInfo.InvariantCulture);
        var basis = new LegalReference("PKPU 99/2026");
        var schedule = new ElectionSchedule(id, basis, [
            new ElectionStage("kampanye", StageKind.Kampanye, StagePhase.Penyelenggaraan, "Kampanye", "Campaign", new(2026, 3, 1), new(2026, 3, 20), basis),
            new ElectionStage("pemungutan-suara", StageKind.PemungutanSuara, StagePhase.Penyelenggaraan, "Pemungutan suara", "Voting day", new(2026, 3, 25), new(2026, 3, 25), basis)
            {
                Confidence = SourceConfidence.Uncertain,
                Note = "Planned.",
                AppliesTo = [Code("52.72")],
            },
        ]);
        var election = new Election(id, "PSU 2026", "Re-vote 2026", new LocalDate(2026, 3, 25), [basis], schedule,
            [Contest.For(id, RegionCatalog.Default[Code("52.72")])]);

        Assert.Equal(new DateInterval(new(2026, 3, 1), new(2026, 3, 25)), schedule.Span);
        Assert.Equal("pemungutan-suara", Assert.Single(schedule.InForceOn(new LocalDate(2026, 3, 25), Code("52.72"))).Id);
        Assert.Equal("psu-2026/52.72", Assert.Single(election.Contests).Id.ToString());
    }

    [Fact]
    public void A_stage_cannot_end_before_it_starts()
    {
        var ex = Assert.Throws<ElectionArgumentException>(() => new ElectionStage(
            "kampanye", StageKind.Kampanye, StagePhase.Penyelenggaraan, "Kampanye", "Campaign", new(2024, 11, 23), new(2024, 9, 25), new LegalReference("PKPU 2/2024")));

        Assert.Equal("Schedule.EndBeforeStart", ex.ErrorCode);
        Assert.Equal("The stage kampanye ends on 25 September 2024, before it starts on 23 November 2024.", ex.GetMessage(PilkadaLanguage.English));
        Assert.Equal("Tahapan kampanye berakhir pada 25 September 2024, sebelum dimulai pada 23 November 2024.", ex.GetMessage(PilkadaLanguage.Indonesian));
    }

    [Fact]
    public void Stage_ids_are_unique_within_a_schedule()
    {
        var basis = new LegalReference("PKPU 2/2024");
        var stage = new ElectionStage("kampanye", StageKind.Kampanye, StagePhase.Penyelenggaraan, "Kampanye", "Campaign", null, null, basis);

        var ex = Assert.Throws<ElectionArgumentException>(() => new ElectionSchedule(ElectionCatalog.Pilkada2024Id, basis, [stage, stage]));

        Assert.Equal("Schedule.DuplicateStageId", ex.ErrorCode);
        Assert.Equal("The schedule of pilkada-2024 has two stages with the id kampanye.", ex.GetMessage(PilkadaLanguage.English));
    }

    [Theory]
    [InlineData("Kampanye")]
    [InlineData("masa tenang")]
    [InlineData("masa--tenang")]
    [InlineData("-kampanye")]
    [InlineData("1-kampanye")]
    [InlineData("")]
    public void Stage_ids_are_lowercase_slugs(string id)
    {
        var ex = Assert.Throws<ElectionArgumentException>(() => new ElectionStage(
            id, StageKind.Other, StagePhase.Penyelenggaraan, "X", "X", null, null, new LegalReference("X")));

        Assert.Equal("Schedule.InvalidStageId", ex.ErrorCode);
        Assert.Contains($"'{id}' is not a valid stage id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_cannot_be_limited_to_a_kecamatan_and_names_are_required()
    {
        var basis = new LegalReference("X");
        var applies = Assert.Throws<ElectionArgumentException>(() => new ElectionStage("x", StageKind.Other, StagePhase.Persiapan, "X", "X", null, null, basis)
        {
            AppliesTo = [Code("52.72.01")],
        });
        Assert.Equal("Schedule.InvalidAppliesTo", applies.ErrorCode);

        var name = Assert.Throws<ElectionArgumentException>(() => new ElectionStage("x", StageKind.Other, StagePhase.Persiapan, " ", "X", null, null, basis));
        Assert.Equal("Schedule.EmptyName", name.ErrorCode);
    }

    [Fact]
    public void An_election_needs_its_own_schedule_and_a_voting_day_within_the_voting_stage()
    {
        var pilkada = ElectionCatalog.Default.Pilkada2024;
        var other = Assert.Throws<ElectionArgumentException>(() => new Election(
            ElectionId.Parse("pilkada-2029", CultureInfo.InvariantCulture), "Pilkada 2029", "2029 elections", new LocalDate(2029, 11, 28), [], pilkada.Schedule));
        Assert.Equal("Schedule.ElectionMismatch", other.ErrorCode);

        var day = Assert.Throws<ElectionArgumentException>(() => new Election(
            pilkada.Id, pilkada.Name, pilkada.EnglishName, new LocalDate(2024, 11, 28), pilkada.LegalBasis, pilkada.Schedule));
        Assert.Equal("Schedule.VotingDayOutsideVotingStage", day.ErrorCode);
        Assert.Equal(
            "Hari pemungutan suara pilkada-2024, 28 November 2024, berada di luar tahapan pemungutan suara pemungutan-suara (27 November 2024 – 27 November 2024).",
            day.GetMessage(PilkadaLanguage.Indonesian));

        var self = Assert.Throws<ElectionArgumentException>(() => new Election(
            pilkada.Id, pilkada.Name, pilkada.EnglishName, pilkada.VotingDay, pilkada.LegalBasis, pilkada.Schedule) { RerunOf = pilkada.Id });
        Assert.Equal("Schedule.RerunOfItself", self.ErrorCode);
    }

    [Fact]
    public void An_unknown_stage_id_is_a_clear_error()
    {
        Assert.False(Schedule.TryGet("masa-kampanye", out _));
        var ex = Assert.Throws<ElectionArgumentException>(() => Schedule["masa-kampanye"]);

        Assert.Equal("The schedule of pilkada-2024 has no stage masa-kampanye.", ex.GetMessage(PilkadaLanguage.English));
    }

    [Fact]
    public void Stage_dates_are_described_in_words()
    {
        Assert.Equal("25 September 2024 – 23 November 2024", Schedule["kampanye"].DescribeDates(PilkadaLanguage.English));
        Assert.Equal("27 November 2024", Schedule["pemungutan-suara"].DescribeDates(PilkadaLanguage.Indonesian));
        Assert.Equal("hingga 26 Januari 2024", Schedule["perencanaan-program-anggaran"].DescribeDates(PilkadaLanguage.Indonesian));
        Assert.Equal("from 6 March 2025", Rerun["dukungan-perseorangan"].DescribeDates(PilkadaLanguage.English));
        Assert.Equal("Januari 2025", Rerun["penyerahan-dp4"].DescribeDates(PilkadaLanguage.English));
        Assert.Equal("kampanye (2024-09-25 – 2024-11-23)", Schedule["kampanye"].ToString());
    }
}
