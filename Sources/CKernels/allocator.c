// Keeps freed tensor memory in the process for the next tensor. By default glibc gives every
// block above 128 KB its own mapping and returns it to the kernel on free, so a training step
// that allocates the same activations every time page-faults all of them in again. PyTorch's
// caching allocator avoids the same cost.

#include "CKernels.h"

#include <malloc.h>

void folio_keep_freed_memory(void) {
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
}
