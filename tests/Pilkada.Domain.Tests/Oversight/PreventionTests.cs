using System.Text.Json;
using NodaTime;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pilkada.Domain.Elections;
using Pilkada.Domain.Institutions;
using Pilkada.Domain.Oversight;
using Pilkada.Domain.Regions;
using Pilkada.Domain.Serialization;

namespace Pilkada.Domain.Tests.Oversight;

/// <summary>Prevention and supervision activities and commitments, from the 2024 reports in domain/scenarios.</summary>
public class PreventionTests
{
    private static readonly LocalDate Date2024 = new(2024, 8, 1);
    private static readonly RegionCode KotaBima = RegionCatalog.Default["52.72"].Code;
    private static readonly RegionCode KotaMataram = RegionCatalog.Default["52.71"].Code;
    private static readonly RegionCode KotaBandung = RegionCatalog.Default["32.73"].Code;
    private static readonly ElectionSchedule Schedule = ElectionCatalog.Default.Pilkada2024.Schedule;

    private static Institution Bawaslu(RegionCode region) =>
        InstitutionDirectory.Default.Get(InstitutionKind.BawasluKabupatenKota, region, Date2024);

    private static Institution Kesbangpol(RegionCode region) =>
        InstitutionDirectory.Default.Get(InstitutionKind.Bakesbangpol, region, Date2024);

    [Fact]
    public void Article_4_Bandung_participatory_oversight_socialisation_on_22_July_2024()
    {
        var activity = new OversightActivity(
            OversightActivityKind.PengawasanPartisipatif,
            Bawaslu(KotaBandung),
            KotaBandung,
            new LocalDate(2024, 7, 22),
            "Sosialisasi Pengawasan Partisipatif Netralitas ASN",
            [new ActivityParticipant(ParticipantRole.Asn, 50), new ActivityParticipant(ParticipantRole.KepalaPerangkatDaerah, 1, "Asisten Pemerintahan dan Kesra Setda")]);

        Assert.Equal("Bawaslu Kota Bandung", activity.Organiser.Name);
        Assert.Equal(OversightPillar.Awasi, activity.Pillar);
        Assert.Equal(51, activity.ParticipantCount);
        var stages = activity.StagesIn(Schedule).Select(s => s.Id).ToList();
        Assert.Contains("pemutakhiran-daftar-pemilih", stages);
        Assert.Contains("dukungan-perseorangan", stages);
        Assert.DoesNotContain("kampanye", stages);
    }

    [Fact]
    public void Article_2_Mataram_neutrality_pledge_on_12_August_2024_is_prevention()
    {
        var pledge = new OversightActivity(OversightActivityKind.IkrarNetralitasAsn, Kesbangpol(KotaMataram), KotaMataram, new LocalDate(2024, 8, 12),
            "Ikrar netralitas ASN lingkup Pemerintah Kota Mataram", [new ActivityParticipant(ParticipantRole.Asn, 100)]);

        Assert.Equal(OversightPillar.Cegah, pledge.Pillar);
        Assert.Equal(InstitutionKind.Bakesbangpol, pledge.Organiser.Kind);
    }

    [Fact]
    public void Article_1_Kota_Bima_integrity_pact_and_who_has_not_signed()
    {
        var bawaslu = Bawaslu(KotaBima);
        var signedOn = new LocalDate(2024, 9, 10);
        var register = CommitmentRegister.Empty
            .With(new Commitment(CommitmentKind.PaktaIntegritas, "Dinas Pendidikan", KotaBima, signedOn, "Kepala Dinas", ParticipantRole.KepalaPerangkatDaerah, bawaslu))
            .With(new Commitment(CommitmentKind.PaktaIntegritas, "Kecamatan Rasanae Barat", RegionCatalog.Default["52.72.01"].Code, signedOn, "Camat", ParticipantRole.Camat, bawaslu))
            .With(new Commitment(CommitmentKind.PaktaIntegritas, "Kelurahan Paruga", RegionCatalog.Default["52.72.01.1001"].Code, signedOn, "Lurah", ParticipantRole.Lurah, bawaslu))
            .With(new Commitment(CommitmentKind.IkrarNetralitasAsn, "Dinas Kesehatan", KotaBima, signedOn, "Kepala Dinas"));
        string[] expected = ["Dinas Pendidikan", "DINAS  KESEHATAN", "Kecamatan Rasanae Barat", "Kecamatan Asakota", "Kelurahan Paruga"];

        var missing = register.NotSigned(CommitmentKind.PaktaIntegritas, KotaBima, expected, new LocalDate(2024, 9, 30));

        // Dinas Kesehatan pledged neutrality but did not sign the pact; Asakota signed nothing.
        Assert.Equal(["DINAS  KESEHATAN", "Kecamatan Asakota"], missing);
        Assert.Equal(0.6, register.Coverage(CommitmentKind.PaktaIntegritas, KotaBima, expected, new LocalDate(2024, 9, 30)), 9);
        Assert.Equal(expected.Length, register.NotSigned(CommitmentKind.PaktaIntegritas, KotaBima, expected, new LocalDate(2024, 9, 9)).Count);
        Assert.True(register.HasSigned(CommitmentKind.PaktaIntegritas, "dinas pendidikan.", KotaBima, signedOn));
        Assert.False(register.HasSigned(CommitmentKind.PaktaIntegritas, "Dinas Pendidikan", KotaMataram, signedOn));
    }

    [Fact]
    public void Article_5_Pangkalpinang_prevent_supervise_act_programme_down_to_kelurahan()
    {
        var pangkalpinang = RegionCatalog.Default["19.71"];
        var kecamatan = pangkalpinang.Children[0];
        var log = new OversightActivityLog(
        [
            new OversightActivity(OversightActivityKind.RapatKoordinasi, Bawaslu(pangkalpinang.Code), pangkalpinang.Code, new LocalDate(2024, 10, 28),
                "Kunjungan Pj Wali Kota ke Bawaslu: netralitas ASN dan program Cegah Awas Tindak", [new ActivityParticipant(ParticipantRole.Forkopimda)]),
            new OversightActivity(OversightActivityKind.Sosialisasi, Bawaslu(pangkalpinang.Code), kecamatan.Code, new LocalDate(2024, 11, 4),
                "Cegah Awas Tindak tingkat kecamatan", [new ActivityParticipant(ParticipantRole.Camat), new ActivityParticipant(ParticipantRole.Lurah, 5)]),
            new OversightActivity(OversightActivityKind.PatroliPengawasan, Bawaslu(pangkalpinang.Code), kecamatan.Children[0].Code, new LocalDate(2024, 11, 25),
                "Patroli pengawasan masa tenang"),
        ]);

        Assert.Equal(3, log.Within(pangkalpinang.Code).Count());
        Assert.Equal(3, log.Within(pangkalpinang.Province.Code).Count());
        Assert.Single(log.DuringStage(Schedule, "masa-tenang"));
        Assert.Equal(2, log.DuringStage(Schedule, "kampanye").Count());
        Assert.Equal(1, log.CountByKind(pangkalpinang.Code)[OversightActivityKind.PatroliPengawasan]);
        Assert.Throws<ArgumentException>(() => log.DuringStage(Schedule, "tidak-ada").ToList());
    }

    [Fact]
    public void Incomplete_activities_and_commitments_are_rejected_with_a_reason()
    {
        var region = Assert.Throws<ArgumentException>(() => new OversightActivity(OversightActivityKind.Sosialisasi, Bawaslu(KotaBima), default, Date2024, "Sosialisasi"));
        Assert.Contains("needs the region", region.Message, StringComparison.Ordinal);
        var count = Assert.Throws<ArgumentException>(() => new OversightActivity(OversightActivityKind.Sosialisasi, Bawaslu(KotaBima), KotaBima, Date2024, "Sosialisasi", [new ActivityParticipant(ParticipantRole.Camat, 0)]));
        Assert.Contains("at least 1", count.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CommitmentRegister([new Commitment(CommitmentKind.PaktaIntegritas, " ", KotaBima, Date2024, "Camat")]));
    }

    [Fact]
    public void Activities_and_commitments_round_trip_through_JSON()
    {
        var activity = new OversightActivity(OversightActivityKind.ApelSiaga, Bawaslu(KotaBima), KotaBima, new LocalDate(2024, 11, 20), "Apel siaga pengawas TPS",
            [new ActivityParticipant(ParticipantRole.Pengawas, 218)]);
        var json = JsonSerializer.Serialize(activity, PilkadaJsonContext.Default.OversightActivity);
        var back = JsonSerializer.Deserialize(json, PilkadaJsonContext.Default.OversightActivity)!;

        Assert.Contains("\"date\":\"2024-11-20\"", json, StringComparison.Ordinal);
        Assert.Equal(activity.Title, back.Title);
        Assert.Equal(activity.Organiser, back.Organiser);
        Assert.Equal(activity.Participants, back.Participants);

        var commitment = new Commitment(CommitmentKind.IkrarNetralitasAsn, "Pemerintah Kota Mataram", KotaMataram, new LocalDate(2024, 8, 12), "Wali Kota");
        Assert.Equal(commitment, JsonSerializer.Deserialize(JsonSerializer.Serialize(commitment, PilkadaJsonContext.Default.Commitment), PilkadaJsonContext.Default.Commitment));
    }
}

public class CommitmentRegisterProperties
{
    private static readonly string[] Agencies = ["Dinas Pendidikan", "Dinas Kesehatan", "Bappeda", "Kecamatan Asakota", "Kelurahan Paruga", "Inspektorat"];

    private static readonly Gen<Commitment> AnyCommitment =
        from agency in Gen.Elements(Agencies)
        from day in Gen.Choose(1, 60)
        from kind in Gen.Elements(CommitmentKind.PaktaIntegritas, CommitmentKind.IkrarNetralitasAsn)
        select new Commitment(kind, agency, RegionCatalog.Default["52.72"].Code, new LocalDate(2024, 8, 1).PlusDays(day), "Kepala");

    [Property(MaxTest = 200)]
    public Property Signed_and_not_signed_partition_the_expected_agencies_and_signing_never_adds_a_missing_one() =>
        Prop.ForAll(
            Gen.ListOf(AnyCommitment).Two().ToArbitrary(),
            lists =>
            {
                var (before, added) = (lists.Item1, lists.Item2);
                var asOf = new LocalDate(2024, 9, 15);
                var region = RegionCatalog.Default["52.72"].Code;
                var small = new CommitmentRegister(before);
                var large = new CommitmentRegister(before.Concat(added));
                var missingSmall = small.NotSigned(CommitmentKind.PaktaIntegritas, region, Agencies, asOf);
                var missingLarge = large.NotSigned(CommitmentKind.PaktaIntegritas, region, Agencies, asOf);
                var partition = Agencies.All(a => missingSmall.Contains(a) != small.HasSigned(CommitmentKind.PaktaIntegritas, a, region, asOf));
                return partition && missingLarge.All(missingSmall.Contains) &&
                       small.Coverage(CommitmentKind.PaktaIntegritas, region, Agencies, asOf) <= large.Coverage(CommitmentKind.PaktaIntegritas, region, Agencies, asOf);
            });
}
