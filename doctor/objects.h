/*
 * The ELF objects mapped into a patient: the executable and its shared
 * libraries, each read through common/elf from the very file the patient
 * mapped (checked by inode), with its BuildID, load bias, dynamic symbol
 * table and imports.
 */
#ifndef LIBCARE_DOCTOR_OBJECTS_H
#define LIBCARE_DOCTOR_OBJECTS_H

#include <elf.h>
#include <gelf.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "common/elf/elf_file.h"
#include "common/kpatch_file.h"
#include "doctor/patient.h"

/* A GOT slot the dynamic linker fills with the address of NAME. */
struct object_import {
	uint64_t got;			/* link-time address of the slot */
	const char *name;
};

struct object {
	char *path;			/* as in /proc/PID/maps */
	const char *name;		/* its last component */
	uint64_t start, end;		/* lowest and highest address mapped from it */
	uint64_t load_bias;		/* run-time address - link-time address */
	uint16_t type;			/* ET_EXEC or ET_DYN */
	char build_id[KPATCH_BUILD_ID_MAX];	/* "" when it has none */
	uint64_t tls_size;		/* PT_TLS memsz rounded up to its alignment, 0 if none */
	int is_program;			/* the main program: ET_EXEC, or what /proc/PID/exe is */

	struct elf_file elf;		/* the file, mapped copy-on-write, checked by common/elf */
	GElf_Phdr first_load;		/* its first PT_LOAD segment */
	const Elf64_Sym *dynsym;	/* every name in .dynstr */
	size_t ndynsym;
	const char *dynstr;
	const uint16_t *versym;		/* NULL, or one entry per dynsym */
	const char **version_names;	/* indexed by vd_ndx; NULL entries unused */
	size_t nversions;
	const Elf64_Sym *symtab;	/* .symtab if present, else NULL */
	size_t nsymtab;
	struct object_import *imports;	/* JUMP_SLOT/GLOB_DAT relocations against dynsym */
	size_t nimports;
	unsigned dynsym_shndx, dynstr_shndx;
	int shared;			/* the file's part belongs to the cache (objects_cache_begin) */
};

struct object_set {
	pid_t pid;
	struct vma *vmas;
	size_t nvmas;
	struct object *objs;
	size_t n;
};

/* Reads the maps of PID and every ELF object mapped from a file.  Files that
 * are not ELF (locale archives, fonts) are skipped. */
int objects_load(pid_t pid, struct object_set *set);
void objects_free(struct object_set *set);
struct object *objects_find_build_id(struct object_set *set, const char *build_id);

/*
 * Between these two, objects_load() reads each file once (by device, inode,
 * size and modification time) and shares what it read among the processes
 * that map it: `-p all` reads the same files in process after process.
 * Objects loaded meanwhile must be freed before objects_cache_end().
 */
void objects_cache_begin(void);
void objects_cache_end(void);
/*
 * With the cache open, whether the object files VMAS map (N of them) include
 * one with BUILD_ID, from the files read already, none opened: a file is
 * known by the device and inode its mapping shows.  1 or 0; -ENOENT when
 * one of the files is not known yet (objects_load() reads it).
 */
int objects_cache_maps_build_id(const struct vma *vmas, size_t n, const char *build_id);

/* Loads one ELF file outside any process (load bias 0); for tests. */
int object_load_file(const char *path, struct object *obj);
void object_free(struct object *obj);

/* Start of the first symbol of OBJ (run-time address) in (addr, addr + len),
 * or 0 when there is none. */
uint64_t object_symbol_within(const struct object *obj, uint64_t addr, uint64_t len);

#endif
