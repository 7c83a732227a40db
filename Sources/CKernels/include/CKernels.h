#ifndef FOLIO_CKERNELS_H
#define FOLIO_CKERNELS_H

#include <stddef.h>

/// o[i] = exp(x[i]) for n floats (Cephes' expf, under 2 ulp; IEEE results for NaN,
/// overflow and underflow), in the widest SIMD the CPU offers.
void folio_exp_f32(const float *x, float *o, ptrdiff_t n);

/// o[i] = 1 / (1 + exp(-x[i])) for n floats, saturating cleanly at both ends.
void folio_sigmoid_f32(const float *x, float *o, ptrdiff_t n);

/// Makes malloc reuse freed large blocks instead of returning them to the kernel.
void folio_keep_freed_memory(void);

/// The instruction sets the kernels can use; each level includes the ones below it.
enum folio_isa { FOLIO_ISA_BASELINE = 0, FOLIO_ISA_AVX2 = 1, FOLIO_ISA_AVX512 = 2 };

/// Caps the instruction set the kernels use, so tests can check every path on one machine;
/// returns the level now in effect (the cap, or less if the CPU lacks it).
int folio_kernels_limit_isa(int level);

#endif
