// Transcendental kernels for the widest SIMD the CPU offers, chosen at run time as NumPy
// chooses its own. Swift cannot compile one function for several instruction sets, and with
// baseline SSE2 alone exp runs at a tenth of memory speed.
//
// AVX-512 gets a table method (below); AVX2 and baseline x86-64 compile the branch-free
// scalar form, which the compiler vectorises for each.

#include "CKernels.h"

#include <immintrin.h>
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

// exp of sixteen lanes: e^x = 2^k * 2^(j/16) * e^r with 16x/ln 2 rounded to m = 16k + j and
// |r| <= ln 2 / 32, where a cubic is exact to float precision (within 1 ulp overall). The 16
// powers 2^(j/16) are one register, indexed by a permute; scalef applies 2^k with IEEE
// overflow, underflow and subnormals.
__attribute__((target("avx512f"))) static inline __m512 exp16(__m512 x) {
  static const float powers[16] = {
      1.0f,        1.04427378f, 1.09050773f, 1.13878863f, 1.18920712f, 1.24185781f,
      1.29683955f, 1.35425555f, 1.41421356f, 1.47682615f, 1.54221083f, 1.61049033f,
      1.68179283f, 1.75625216f, 1.83400809f, 1.91520656f};
  const __mmask16 nan = _mm512_cmp_ps_mask(x, x, _CMP_UNORD_Q);
  // Beyond these bounds the result is already 0 or inf; the clamp keeps m within an int.
  const __m512 y = _mm512_min_ps(_mm512_max_ps(x, _mm512_set1_ps(-110.0f)), _mm512_set1_ps(90.0f));
  const __m512 m = _mm512_roundscale_ps(
      _mm512_mul_ps(y, _mm512_set1_ps(23.083120654223414f)), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  // r = y - m ln2/16, with ln2/16 in two parts so the product is exact.
  __m512 r = _mm512_fnmadd_ps(m, _mm512_set1_ps(0.0433349609375f), y);
  r = _mm512_fnmadd_ps(m, _mm512_set1_ps(-1.32621525e-05f), r);
  const __m512i mi = _mm512_cvtps_epi32(m);
  const __m512 power = _mm512_permutexvar_ps(_mm512_and_si512(mi, _mm512_set1_epi32(15)), _mm512_loadu_ps(powers));
  const __m512 k = _mm512_cvtepi32_ps(_mm512_srai_epi32(mi, 4));
  // e^r - 1 = r + r^2 (1/2 + r/6).
  __m512 p = _mm512_fmadd_ps(r, _mm512_set1_ps(1.0f / 6.0f), _mm512_set1_ps(0.5f));
  p = _mm512_fmadd_ps(p, _mm512_mul_ps(r, r), r);
  const __m512 value = _mm512_scalef_ps(_mm512_fmadd_ps(power, p, power), k);
  return _mm512_mask_mov_ps(value, nan, x);
}

__attribute__((target("avx512f"))) static inline __m512 sigmoid16(__m512 x) {
  const __m512 one = _mm512_set1_ps(1.0f);
  return _mm512_div_ps(one, _mm512_add_ps(one, exp16(_mm512_sub_ps(_mm512_setzero_ps(), x))));
}

// The best level the CPU supports, capped by folio_kernels_limit_isa.
static int isa_cap = FOLIO_ISA_AVX512;

static int isa(void) {
  int level = FOLIO_ISA_BASELINE;
  if (__builtin_cpu_supports("avx512f")) {
    level = FOLIO_ISA_AVX512;
  } else if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
    level = FOLIO_ISA_AVX2;
  }
  return level < isa_cap ? level : isa_cap;
}

int folio_kernels_isa(void) { return isa(); }

int folio_kernels_limit_isa(int level) {
  isa_cap = level;
  return isa();
}

#define KERNEL(name, lane, lanes16)                                                            \
  __attribute__((target("avx512f"))) static void name##_avx512(                               \
      const float *restrict x, float *restrict o, ptrdiff_t n) {                              \
    ptrdiff_t i = 0;                                                                           \
    for (; i + 16 <= n; i += 16) _mm512_storeu_ps(o + i, lanes16(_mm512_loadu_ps(x + i)));    \
    if (i < n) {                                                                               \
      const __mmask16 tail = (__mmask16)((1u << (n - i)) - 1);                                 \
      _mm512_mask_storeu_ps(o + i, tail, lanes16(_mm512_maskz_loadu_ps(tail, x + i)));         \
    }                                                                                          \
  }                                                                                            \
  __attribute__((target("avx2,fma"))) static void name##_avx2(                                \
      const float *restrict x, float *restrict o, ptrdiff_t n) {                              \
    for (ptrdiff_t i = 0; i < n; i++) o[i] = lane(x[i]);                                       \
  }                                                                                            \
  static void name##_baseline(const float *restrict x, float *restrict o, ptrdiff_t n) {     \
    for (ptrdiff_t i = 0; i < n; i++) o[i] = lane(x[i]);                                       \
  }                                                                                            \
  void folio_##name##_f32(const float *x, float *o, ptrdiff_t n) {                             \
    switch (isa()) {                                                                           \
    case FOLIO_ISA_AVX512: name##_avx512(x, o, n); break;                                      \
    case FOLIO_ISA_AVX2: name##_avx2(x, o, n); break;                                          \
    default: name##_baseline(x, o, n); break;                                                  \
    }                                                                                          \
  }

KERNEL(exp, exp_lane, exp16)
KERNEL(sigmoid, sigmoid_lane, sigmoid16)
