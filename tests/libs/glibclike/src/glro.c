/* The other library: a read-only global like ld.so's _rtld_global_ro@GLIBC_PRIVATE. */
#include "glc.h"

const struct glc_rtld_global_ro _glc_rtld_global_ro = { 4096, 11 };
