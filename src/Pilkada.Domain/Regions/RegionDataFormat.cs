using System.Text;

namespace Pilkada.Domain.Regions;

/// <summary>
/// The embedded region data format (<c>regions.bin</c>), version 1. Little-endian, compact, read in one pass.
/// </summary>
/// <remarks>
/// <code>
/// magic "PKRG" (4 bytes), version (u16)
/// edition, source, populationSource, retiredEdition: strings (varint byte length + UTF-8)
/// regionCount: varint; then per region, sorted by code: varint delta of the ten-digit code value, name string
/// populationCount: varint; then per row, sorted by code: varint code delta, varint male, varint female, varint total
/// areaCount: varint; then per row, sorted by code: varint code delta, varint area in m² (km² × 1,000,000, rounded)
/// retiredCount: varint; then per row, sorted by code: varint code delta, name string
/// aliasCount: varint; then per row: varint code value, alias string
/// </code>
/// The generator (<c>tools/Pilkada.DataGen</c>) writes it from the committed source files in <c>data/regions/</c>.
/// </remarks>
internal static class RegionDataFormat
{
    internal static ReadOnlySpan<byte> Magic => "PKRG"u8;

    internal const ushort Version = 1;

    internal ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _position;

        internal Reader(ReadOnlySpan<byte> data)
        {
            _data = data;
            _position = 0;
        }

        internal readonly bool AtEnd => _position == _data.Length;

        internal void ExpectHeader()
        {
            if (_data.Length < 6 || !_data[..4].SequenceEqual(Magic))
            {
                throw new InvalidDataException("The embedded region data does not start with the PKRG header.");
            }

            var version = (ushort)(_data[4] | (_data[5] << 8));
            if (version != Version)
            {
                throw new InvalidDataException($"The embedded region data has format version {version}; this library reads version {Version}.");
            }

            _position = 6;
        }

        internal long ReadVarInt()
        {
            long result = 0;
            var shift = 0;
            while (true)
            {
                var b = _data[_position++];
                result |= (long)(b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    return result;
                }

                shift += 7;
            }
        }

        internal (int Start, int Length) SkipString()
        {
            var length = (int)ReadVarInt();
            var start = _position;
            _position += length;
            return (start, length);
        }

        internal string ReadString()
        {
            var length = (int)ReadVarInt();
            var text = Encoding.UTF8.GetString(_data.Slice(_position, length));
            _position += length;
            return text;
        }
    }
}
