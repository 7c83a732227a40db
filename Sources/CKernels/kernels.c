// Transcendental kernels written once as branch-free scalar C, then compiled three times:
// for AVX-512, for AVX2 with FMA, and for baseline x86-64. The CPU is asked once which it
// supports. Swift cannot compile one function for several instruction sets, and baseline SSE2
// alone runs exp at a tenth of memory speed; NumPy dispatches the same way.

#include "CKernels.h"

#include <stdint.h>
#include <string.h>

// exp by Cephes' method: range reduction by ln 2 in two parts, a degree-6 polynomial, and 2^k
// built in the exponent bits. The input is clamped so 2^k splits into two normal factors:
// exp(-104) still rounds to 0 and exp(88.8) still overflows to inf, so no result needs
// patching, and NaN passes through every step as NaN.
static inline float exp_lane(float x) {
  float y = x < -104.0f ? -104.0f : x;
  y = y > 88.8f ? 88.8f : y;
  // Adding 1.5 * 2^23 rounds to the nearest integer and leaves it in the low mantissa bits.
  float shifted = y * 1.44269504088896341f + 12582912.0f;
  float k = shifted - 12582912.0f;
  float r = y - k * 0.693359375f - k * -2.12194440e-4f;
  float p = 1.9875691500e-4f;
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  p = p * r * r + r + 1.0f;
  int32_t whole;
  memcpy(&whole, &shifted, sizeof whole);
  whole -= 0x4B400000;
  int32_t half = whole >> 1;
  uint32_t bitsA = (uint32_t)(half + 127) << 23;
  uint32_t bitsB = (uint32_t)(whole - half + 127) << 23;
  float scaleA, scaleB;
  memcpy(&scaleA, &bitsA, sizeof scaleA);
  memcpy(&scaleB, &bitsB, sizeof scaleB);
  return p * scaleA * scaleB;
}

// 1 / (1 + e^-x): e^-x = inf gives 0 and e^-x = 0 gives 1, so both ends are exact.
static inline float sigmoid_lane(float x) { return 1.0f / (1.0f + exp_lane(-x)); }

#define KERNEL(name, lane)                                                                     \
  __attribute__((target("avx512f"))) static void name##_avx512(                               \
      const float *restrict x, float *restrict o, ptrdiff_t n) {                              \
    for (ptrdiff_t i = 0; i < n; i++) o[i] = lane(x[i]);                                       \
  }                                                                                            \
  __attribute__((target("avx2,fma"))) static void name##_avx2(                                \
      const float *restrict x, float *restrict o, ptrdiff_t n) {                              \
    for (ptrdiff_t i = 0; i < n; i++) o[i] = lane(x[i]);                                       \
  }                                                                                            \
  static void name##_baseline(const float *restrict x, float *restrict o, ptrdiff_t n) {     \
    for (ptrdiff_t i = 0; i < n; i++) o[i] = lane(x[i]);                                       \
  }                                                                                            \
  void folio_##name##_f32(const float *x, float *o, ptrdiff_t n) {                             \
    if (__builtin_cpu_supports("avx512f")) {                                                   \
      name##_avx512(x, o, n);                                                                  \
    } else if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {              \
      name##_avx2(x, o, n);                                                                    \
    } else {                                                                                   \
      name##_baseline(x, o, n);                                                                \
    }                                                                                          \
  }

KERNEL(exp, exp_lane)
KERNEL(sigmoid, sigmoid_lane)
