using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NatoSpend.Domain.Simulation;

// The year's shocks x = d ⊙ ε + W·z on Vector256: MonteCarlo.Correlate512.cs with the width replaced (the same operations in
// the same order in every lane, so the same bits); change the three files together.
public static partial class MonteCarlo
{
    // A blocked product over the block of draws: four series × two vectors of draws at a time, so that each normal loaded serves
    // four series and each weight broadcast serves two vectors; rows are padded with zero weights to their group's length
    // (adding 0·z changes nothing, so the padding does not change the bits).
    private static void Correlate256(Model m, Workspace w)
    {
        const int B = BlockSize;
        var n = Vector256<float>.Count;
        var columns = m.Columns;
        var eps = columns * B;
        ref var z = ref MemoryMarshal.GetArrayDataReference(w.Z);
        ref var x = ref MemoryMarshal.GetArrayDataReference(w.X);
        ref var weight = ref MemoryMarshal.GetArrayDataReference(m.Weights);
        // Indices stay within the block, so their arithmetic needs no overflow checks.
        unchecked
        {
            // Draws outer, series inner: a strip of the normals (every row, two vectors of draws) stays in the first-level cache
            // while all the series use it.
            for (var i = 0; i < B; i += 2 * n)
            {
                for (var j = 0; j < m.PaddedP; j += 4)
                {
                    var length = m.GroupLength[j / 4];
                    Vector256<float> a00, a01, a10, a11, a20, a21, a30, a31;
                    if (m.Idiosyncratic)
                    {
                        var d0 = Vector256.Create(m.Unique[j]);
                        var d1 = Vector256.Create(m.Unique[j + 1]);
                        var d2 = Vector256.Create(m.Unique[j + 2]);
                        var d3 = Vector256.Create(m.Unique[j + 3]);
                        a00 = d0 * Vector256.LoadUnsafe(ref z, (nuint)(eps + j * B + i));
                        a01 = d0 * Vector256.LoadUnsafe(ref z, (nuint)(eps + j * B + i + n));
                        a10 = d1 * Vector256.LoadUnsafe(ref z, (nuint)(eps + (j + 1) * B + i));
                        a11 = d1 * Vector256.LoadUnsafe(ref z, (nuint)(eps + (j + 1) * B + i + n));
                        a20 = d2 * Vector256.LoadUnsafe(ref z, (nuint)(eps + (j + 2) * B + i));
                        a21 = d2 * Vector256.LoadUnsafe(ref z, (nuint)(eps + (j + 2) * B + i + n));
                        a30 = d3 * Vector256.LoadUnsafe(ref z, (nuint)(eps + (j + 3) * B + i));
                        a31 = d3 * Vector256.LoadUnsafe(ref z, (nuint)(eps + (j + 3) * B + i + n));
                    }
                    else
                    {
                        a00 = a01 = a10 = a11 = a20 = a21 = a30 = a31 = Vector256<float>.Zero;
                    }
                    ref var w0s = ref Unsafe.Add(ref weight, j * columns);
                    ref var w1s = ref Unsafe.Add(ref w0s, columns);
                    ref var w2s = ref Unsafe.Add(ref w1s, columns);
                    ref var w3s = ref Unsafe.Add(ref w2s, columns);
                    ref var zi = ref Unsafe.Add(ref z, i);
                    for (var k = 0; k < length; k++)
                    {
                        var z0 = Vector256.LoadUnsafe(ref zi, (nuint)(k * B));
                        var z1 = Vector256.LoadUnsafe(ref zi, (nuint)(k * B + n));
                        var w0 = Vector256.Create(Unsafe.Add(ref w0s, k));
                        var w1 = Vector256.Create(Unsafe.Add(ref w1s, k));
                        var w2 = Vector256.Create(Unsafe.Add(ref w2s, k));
                        var w3 = Vector256.Create(Unsafe.Add(ref w3s, k));
                        a00 = Vector256.FusedMultiplyAdd(w0, z0, a00);
                        a01 = Vector256.FusedMultiplyAdd(w0, z1, a01);
                        a10 = Vector256.FusedMultiplyAdd(w1, z0, a10);
                        a11 = Vector256.FusedMultiplyAdd(w1, z1, a11);
                        a20 = Vector256.FusedMultiplyAdd(w2, z0, a20);
                        a21 = Vector256.FusedMultiplyAdd(w2, z1, a21);
                        a30 = Vector256.FusedMultiplyAdd(w3, z0, a30);
                        a31 = Vector256.FusedMultiplyAdd(w3, z1, a31);
                    }
                    a00.StoreUnsafe(ref x, (nuint)(j * B + i));
                    a01.StoreUnsafe(ref x, (nuint)(j * B + i + n));
                    a10.StoreUnsafe(ref x, (nuint)((j + 1) * B + i));
                    a11.StoreUnsafe(ref x, (nuint)((j + 1) * B + i + n));
                    a20.StoreUnsafe(ref x, (nuint)((j + 2) * B + i));
                    a21.StoreUnsafe(ref x, (nuint)((j + 2) * B + i + n));
                    a30.StoreUnsafe(ref x, (nuint)((j + 3) * B + i));
                    a31.StoreUnsafe(ref x, (nuint)((j + 3) * B + i + n));
                }
            }
        }
    }
}
