#ifndef FOLIO_CKERNELS_H
#define FOLIO_CKERNELS_H

#include <stddef.h>

/// o[i] = exp(x[i]) for n floats (Cephes' expf, under 2 ulp; IEEE results for NaN,
/// overflow and underflow), in the widest SIMD the CPU offers.
void folio_exp_f32(const float *x, float *o, ptrdiff_t n);

/// o[i] = 1 / (1 + exp(-x[i])) for n floats, saturating cleanly at both ends.
void folio_sigmoid_f32(const float *x, float *o, ptrdiff_t n);

/// The settings of one Adam step (see Tensor.AdamStep): step_size is lr / (1 − β₁ᵗ) and
/// root2 is √(1 − β₂ᵗ); weight_decay adds λ·p to the gradient, decay scales p first.
struct folio_adam_step {
  double beta1, beta2, eps, step_size, root2, weight_decay, decay;
};

/// One Adam step over n elements, in place on the parameter p and the moments m and v.
void folio_adam_f32(float *p, const float *g, float *m, float *v, ptrdiff_t n, const struct folio_adam_step *step);
void folio_adam_f64(double *p, const double *g, double *m, double *v, ptrdiff_t n, const struct folio_adam_step *step);

/// The instruction set the kernels use now (see folio_kernels_limit_isa).
int folio_kernels_isa(void);

/// Makes malloc reuse freed large blocks instead of returning them to the kernel.
void folio_keep_freed_memory(void);

/// The instruction sets the kernels can use; each level includes the ones below it.
enum folio_isa { FOLIO_ISA_BASELINE = 0, FOLIO_ISA_AVX2 = 1, FOLIO_ISA_AVX512 = 2 };

/// Caps the instruction set the kernels use, so tests can check every path on one machine;
/// returns the level now in effect (the cap, or less if the CPU lacks it).
int folio_kernels_limit_isa(int level);

#endif
