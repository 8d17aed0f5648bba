using System.Collections;
using System.Numerics;
using Pilkada.Domain.Institutions;

namespace Pilkada.Domain.Statistics;

/// <summary>
/// A set of <see cref="InstitutionKind"/> values in one 64-bit word (bit <c>n</c> is the kind whose value is <c>n</c>):
/// the institutions a case was forwarded or recommended to, compact enough to keep in <see cref="CaseFacts"/>.
/// </summary>
/// <remarks>
/// <c>default</c> is the empty set. <see cref="InstitutionKind.None"/> is never a member; kinds whose value is 64 or
/// more cannot be members (every defined kind is below 64). Enumerating gives the kinds in ascending value order.
/// </remarks>
public readonly struct InstitutionSet : IEquatable<InstitutionSet>, IReadOnlyCollection<InstitutionKind>
{
    private readonly ulong _bits;

    private InstitutionSet(ulong bits) => _bits = bits;

    /// <summary>The empty set, the value of <c>default</c>.</summary>
    public static InstitutionSet Empty => default;

    /// <summary>The set as a bit mask: bit <c>n</c> stands for the kind whose value is <c>n</c>.</summary>
    public ulong Bits => _bits;

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => _bits == 0;

    /// <summary>How many kinds are in the set.</summary>
    public int Count => BitOperations.PopCount(_bits);

    /// <summary>The set with the given bit mask (bit 0, <see cref="InstitutionKind.None"/>, is cleared).</summary>
    /// <param name="bits">The mask.</param>
    public static InstitutionSet FromBits(ulong bits) => new(bits & ~1UL);

    /// <summary>The set of the given kinds.</summary>
    /// <param name="kinds">The kinds.</param>
    /// <exception cref="ArgumentOutOfRangeException">A kind's value is negative or 64 or more.</exception>
    public static InstitutionSet Of(params ReadOnlySpan<InstitutionKind> kinds)
    {
        var set = Empty;
        foreach (var kind in kinds)
        {
            set = set.With(kind);
        }

        return set;
    }

    /// <summary>Whether the set holds a kind.</summary>
    /// <param name="kind">The kind.</param>
    public bool Contains(InstitutionKind kind) => (uint)kind is > 0 and < 64 && (_bits & (1UL << (int)kind)) != 0;

    /// <summary>The set with a kind added (<see cref="InstitutionKind.None"/> adds nothing).</summary>
    /// <param name="kind">The kind.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind's value is negative or 64 or more.</exception>
    public InstitutionSet With(InstitutionKind kind)
    {
        if ((uint)kind >= 64)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only institution kinds with a value from 0 to 63 fit in an InstitutionSet.");
        }

        return kind == InstitutionKind.None ? this : new InstitutionSet(_bits | (1UL << (int)kind));
    }

    /// <summary>The union of two sets.</summary>
    /// <param name="other">The other set.</param>
    public InstitutionSet Union(InstitutionSet other) => new(_bits | other._bits);

    /// <summary>Enumerates the kinds in ascending value order.</summary>
    public Enumerator GetEnumerator() => new(_bits);

    IEnumerator<InstitutionKind> IEnumerable<InstitutionKind>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(InstitutionSet other) => _bits == other._bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is InstitutionSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _bits.GetHashCode();

    /// <summary>The kinds, comma-separated: <c>Dkpp, Bkn</c>; <c>(none)</c> when empty.</summary>
    public override string ToString() => IsEmpty ? "(none)" : string.Join(", ", this);

    /// <summary>Whether two sets are equal.</summary>
    /// <param name="left">A set.</param>
    /// <param name="right">Another set.</param>
    public static bool operator ==(InstitutionSet left, InstitutionSet right) => left._bits == right._bits;

    /// <summary>Whether two sets differ.</summary>
    /// <param name="left">A set.</param>
    /// <param name="right">Another set.</param>
    public static bool operator !=(InstitutionSet left, InstitutionSet right) => left._bits != right._bits;

    /// <summary>Enumerates the kinds of a set without allocating.</summary>
    public struct Enumerator : IEnumerator<InstitutionKind>
    {
        private ulong _rest;

        internal Enumerator(ulong bits)
        {
            _rest = bits;
            Current = InstitutionKind.None;
        }

        /// <inheritdoc/>
        public InstitutionKind Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext()
        {
            if (_rest == 0)
            {
                return false;
            }

            var bit = BitOperations.TrailingZeroCount(_rest);
            _rest &= _rest - 1;
            Current = (InstitutionKind)bit;
            return true;
        }

        /// <summary>Not supported.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        public void Reset() => throw new NotSupportedException();

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
