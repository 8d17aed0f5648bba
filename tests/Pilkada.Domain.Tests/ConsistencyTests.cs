using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Pilkada.Domain.Regions;

namespace Pilkada.Domain.Tests;

/// <summary>Every value object of the library implements the same full set of interfaces (DESIGN.md, Principles).</summary>
public class ConsistencyTests
{
    public static TheoryData<Type> ValueObjects => new(
        typeof(RegionCode).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum && t.GetMethod("Parse", [typeof(string)]) is { IsStatic: true })
            .OrderBy(t => t.FullName));

    [Fact]
    public void The_value_objects_are_found()
    {
        Assert.Contains(typeof(RegionCode), ValueObjects.Select(row => row.Data));
    }

    [Theory]
    [MemberData(nameof(ValueObjects))]
    public void A_value_object_is_a_readonly_struct_with_the_full_interface_set(Type type)
    {
        Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute), false), $"{type.Name} is not a readonly struct");
        Type[] required =
        [
            typeof(IEquatable<>).MakeGenericType(type),
            typeof(IComparable<>).MakeGenericType(type),
            typeof(IComparable),
            typeof(ISpanParsable<>).MakeGenericType(type),
            typeof(IUtf8SpanParsable<>).MakeGenericType(type),
            typeof(ISpanFormattable),
            typeof(IUtf8SpanFormattable),
            typeof(IEqualityOperators<,,>).MakeGenericType(type, type, typeof(bool)),
            typeof(IComparisonOperators<,,>).MakeGenericType(type, type, typeof(bool)),
        ];
        foreach (var contract in required)
        {
            Assert.True(contract.IsAssignableFrom(type), $"{type.Name} does not implement {contract.Name}");
        }

        Assert.True(type.IsDefined(typeof(JsonConverterAttribute), false), $"{type.Name} has no JSON converter");
        Assert.NotNull(type.GetProperty("IsEmpty"));
    }
}
