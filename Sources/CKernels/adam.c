// Adam's per-element update, one pass over the parameter, its gradient and its two moments.
// The loop is written once and compiled for AVX-512, AVX2 and baseline x86-64 (chosen at run
// time, as the exp kernels are); `restrict` and clang's errno-free elementwise square root let
// the compiler vectorise the loop, which Swift's scalar loop could not.

#include "CKernels.h"


#define ADAM_LOOP(T, SQRT)                                                                     \
  for (ptrdiff_t i = 0; i < n; i++) {                                                         \
    const T grad = g[i] + (T)s->weight_decay * p[i];                                          \
    const T first = (T)s->beta1 * m[i] + (T)(1 - s->beta1) * grad;                            \
    const T second = (T)s->beta2 * v[i] + (T)(1 - s->beta2) * grad * grad;                    \
    m[i] = first;                                                                              \
    v[i] = second;                                                                             \
    p[i] = (T)s->decay * p[i] - (T)s->step_size * first / (SQRT(second) / (T)s->root2 + (T)s->eps); \
  }

#define ADAM_KERNEL(T, suffix, SQRT)                                                          \
  __attribute__((target("avx512f"))) static void adam_##suffix##_avx512(                     \
      T *restrict p, const T *restrict g, T *restrict m, T *restrict v, ptrdiff_t n,           \
      const struct folio_adam_step *s) { ADAM_LOOP(T, SQRT) }                                  \
  __attribute__((target("avx2,fma"))) static void adam_##suffix##_avx2(                      \
      T *restrict p, const T *restrict g, T *restrict m, T *restrict v, ptrdiff_t n,           \
      const struct folio_adam_step *s) { ADAM_LOOP(T, SQRT) }                                  \
  static void adam_##suffix##_baseline(                                                       \
      T *restrict p, const T *restrict g, T *restrict m, T *restrict v, ptrdiff_t n,           \
      const struct folio_adam_step *s) { ADAM_LOOP(T, SQRT) }                                  \
  void folio_adam_##suffix(T *p, const T *g, T *m, T *v, ptrdiff_t n, const struct folio_adam_step *s) { \
    switch (folio_kernels_isa()) {                                                             \
    case FOLIO_ISA_AVX512: adam_##suffix##_avx512(p, g, m, v, n, s); break;                    \
    case FOLIO_ISA_AVX2: adam_##suffix##_avx2(p, g, m, v, n, s); break;                        \
    default: adam_##suffix##_baseline(p, g, m, v, n, s); break;                                \
    }                                                                                          \
  }

ADAM_KERNEL(float, f32, __builtin_elementwise_sqrt)
ADAM_KERNEL(double, f64, __builtin_elementwise_sqrt)
