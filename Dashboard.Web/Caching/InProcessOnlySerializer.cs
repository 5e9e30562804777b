using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Hybrid;

namespace DashboardKpi.Dashboard.Web.Caching;

/// <summary>
/// HybridCache serialises even immutable values it keeps in memory, to measure them. Values boxed by
/// <see cref="PageCache"/> never leave the process (there is no second level: nodes share the stamp, not the
/// entries), so this writes nothing and refuses to read, instead of pushing 200 KB of map markup or a scorecard
/// with tuple keys through a JSON serializer on every fill.
/// </summary>
internal sealed class InProcessOnlySerializerFactory : IHybridCacheSerializerFactory
{
    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        var boxed = typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(PageCache.Held<>);
        serializer = boxed ? new InProcessOnly<T>() : null;
        return boxed;
    }

    private sealed class InProcessOnly<T> : IHybridCacheSerializer<T>
    {
        public T Deserialize(ReadOnlySequence<byte> source) =>
            throw new NotSupportedException("Page cache entries live in one process only; there is no second-level cache to read them from.");

        public void Serialize(T value, IBufferWriter<byte> target)
        {
        }
    }
}
