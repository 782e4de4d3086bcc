/*
 * The doctor reads patch files through the one loader in common/kpatch/:
 * struct patch_file is the header and the typed image, checked once.
 */
#ifndef LIBCARE_DOCTOR_PATCHFILE_H
#define LIBCARE_DOCTOR_PATCHFILE_H

#include "common/kpatch/patch_file.h"

#endif
