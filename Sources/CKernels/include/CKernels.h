#ifndef FOLIO_CKERNELS_H
#define FOLIO_CKERNELS_H

#include <stddef.h>

/// o[i] = exp(x[i]) for n floats (Cephes' expf, under 2 ulp; IEEE results for NaN,
/// overflow and underflow), in the widest SIMD the CPU offers.
void folio_exp_f32(const float *x, float *o, ptrdiff_t n);

/// o[i] = 1 / (1 + exp(-x[i])) for n floats, saturating cleanly at both ends.
void folio_sigmoid_f32(const float *x, float *o, ptrdiff_t n);

#endif
