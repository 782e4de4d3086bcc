/*
 * The maps layer of the patient library, over patient_memory.h: where in
 * the patient's mappings the doctor may put a few instructions of its own.
 * patient_read_maps() (patient.h) is built here.
 */
#ifndef LIBCARE_DOCTOR_PATIENT_MAPS_H
#define LIBCARE_DOCTOR_PATIENT_MAPS_H

#include "doctor/patient_memory.h"

/* Finds LEN bytes of executable memory that no code uses: a slot in the
 * tail of the last page of a file-backed r-x mapping, past its ELF segment,
 * holding what the file holds there (no stub a killed doctor left behind)
 * and not holding AVOID (the borrowed thread's pc). */
int patient_find_code_slot(struct patient *p, size_t len, uint64_t avoid, uint64_t *addr);

#endif
