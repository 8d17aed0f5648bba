using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pilkada.Domain.People;
using Pilkada.Domain.Testing;
using Pilkada.Domain.Tests.Infrastructure;

namespace Pilkada.Domain.Tests.People;

/// <summary>The fast paths of the NIK and NIP parsers accept only what the general paths accept, with the same value.</summary>
public class ParserPathTests
{
    private static Gen<string> Candidates =>
        Gen.OneOf(
            PilkadaGenerators.PersonalNumberLikeText,
            PilkadaGenerators.ValidNik.Select(n => n.ToFullString()),
            PilkadaGenerators.ValidNip.Select(n => n.ToString("D", null)),
            Gen.ArrayOf(Gen.Elements('0', '1', '2', '3', '4', '9', '/', ':', '٣'), 16).Select(c => new string(c)),
            Gen.ArrayOf(Gen.Elements('0', '1', '2', '3', '4', '9', '/', ':', '٣'), 18).Select(c => new string(c)));

    [Property(MaxTest = 2000)]
    public Property The_NIK_fast_path_and_the_general_path_agree() =>
        Prop.ForAll(Candidates.ToArbitrary(), text =>
        {
            var fast = Nik.Parser.TryParseCanonical(text.AsSpan(), out var fastValue);
            var general = Nik.Parser.TryParseGeneral(text.AsSpan(), out var generalValue, out _, out _);
            var bytes = Encoding.UTF8.GetBytes(text);
            var fastUtf8 = Nik.Parser.TryParseCanonical<byte>(bytes, out var utf8Value);
            return (!fast || (general && fastValue == generalValue)) && fast == fastUtf8 && fastValue == utf8Value &&
                   (text.Length != Nik.Length || !general || fast);
        });

    [Property(MaxTest = 2000)]
    public Property The_NIP_fast_path_and_the_general_path_agree() =>
        Prop.ForAll(
            (from text in Candidates from kind in Gen.Elements(AsnKind.Pns, AsnKind.Pppk) select (text, kind)).ToArbitrary(),
            x =>
            {
                var fast = Nip.Parser.TryParseCanonical(x.text.AsSpan(), x.kind, out var fastValue);
                var general = Nip.Parser.TryParseGeneral(x.text.AsSpan(), x.kind, out var generalValue, out _, out _, out _);
                var fastUtf8 = Nip.Parser.TryParseCanonical<byte>(Encoding.UTF8.GetBytes(x.text), x.kind, out var utf8Value);
                return (!fast || (general && fastValue == generalValue)) && fast == fastUtf8 && fastValue == utf8Value &&
                       (x.text.Length != Nip.Length || !general || fast);
            });
}
