// OpenBLAS: the CBLAS interface plus the Fortran LAPACK routines the engine uses.
//
// Debian's OpenBLAS ships no lapacke.h and exports no LAPACKE_* symbols, so the Fortran entry
// points are declared here by hand. LAPACK is column-major and takes every argument by pointer.
// gfortran appends one hidden size_t length per CHARACTER argument, after all the others; the
// declarations below include them so the calls are correct, not merely working by accident.
#include <stddef.h>
#include <cblas.h>

#define FOLIO_LAPACK(T, p) \
  /* Symmetric eigendecomposition, divide and conquer. */ \
  void p##syevd_(const char *jobz, const char *uplo, const int *n, T *a, const int *lda, T *w, \
                 T *work, const int *lwork, int *iwork, const int *liwork, int *info, \
                 size_t jobz_len, size_t uplo_len); \
  /* Cholesky factorisation and solve. */ \
  void p##potrf_(const char *uplo, const int *n, T *a, const int *lda, int *info, size_t uplo_len); \
  void p##potrs_(const char *uplo, const int *n, const int *nrhs, const T *a, const int *lda, \
                 T *b, const int *ldb, int *info, size_t uplo_len); \
  /* LU: solve, factorise, solve with factors, invert. */ \
  void p##gesv_(const int *n, const int *nrhs, T *a, const int *lda, int *ipiv, T *b, \
                const int *ldb, int *info); \
  void p##getrf_(const int *m, const int *n, T *a, const int *lda, int *ipiv, int *info); \
  void p##getrs_(const char *trans, const int *n, const int *nrhs, const T *a, const int *lda, \
                 const int *ipiv, T *b, const int *ldb, int *info, size_t trans_len); \
  void p##getri_(const int *n, T *a, const int *lda, const int *ipiv, T *work, \
                 const int *lwork, int *info); \
  /* Singular value decomposition: QR iteration and divide and conquer. */ \
  void p##gesvd_(const char *jobu, const char *jobvt, const int *m, const int *n, T *a, \
                 const int *lda, T *s, T *u, const int *ldu, T *vt, const int *ldvt, T *work, \
                 const int *lwork, int *info, size_t jobu_len, size_t jobvt_len); \
  void p##gesdd_(const char *jobz, const int *m, const int *n, T *a, const int *lda, T *s, \
                 T *u, const int *ldu, T *vt, const int *ldvt, T *work, const int *lwork, \
                 int *iwork, int *info, size_t jobz_len);

FOLIO_LAPACK(float, s)
FOLIO_LAPACK(double, d)

#undef FOLIO_LAPACK
