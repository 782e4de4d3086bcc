/*
 * Versioned lookup in .dynsym.  .gnu.version gives each dynamic symbol a
 * version index (bit 15: hidden, i.e. not the default version), and
 * .gnu.version_d names the indices; objects.c has turned the latter into
 * a table.  IFUNC symbols (strlen, memcpy...) are resolver functions, not
 * the function to call: the address the patient actually uses is read from
 * the GOT slot of an object that imports the symbol; when none does, and
 * the doctor itself has loaded the very same file (same BuildID: libc on
 * this machine), the doctor's own dynamic linker has run the resolver on
 * the same CPU and its choice is translated into the patient.
 */
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <string.h>

#include "doctor/errors.h"
#include "doctor/symbols.h"

#define VERSYM_HIDDEN	0x8000
#define VERSYM_INDEX	0x7fff

struct symbol_spec {
	char name[512];
	const char *version;	/* NULL: none asked for */
	int want_default;	/* "@@" */
};

static int parse_spec(const char *spec, struct symbol_spec *s)
{
	const char *at = strchr(spec, '@');
	size_t len = at ? (size_t)(at - spec) : strlen(spec);

	if (!len || len >= sizeof(s->name))
		return -ERR_NO_SYMBOL;
	memcpy(s->name, spec, len);
	s->name[len] = '\0';
	s->version = NULL;
	s->want_default = 0;
	if (at) {
		s->want_default = at[1] == '@';
		s->version = at + 1 + s->want_default;
		if (!*s->version)
			return -ERR_NO_SYMBOL;
	}
	return 0;
}

static int version_matches(const struct object *obj, size_t i, const struct symbol_spec *s)
{
	uint16_t v, idx;

	if (!obj->versym)
		return s->version == NULL;
	v = obj->versym[i];
	idx = v & VERSYM_INDEX;
	if (idx == VER_NDX_LOCAL)
		return 0;
	if (!s->version)
		return !(v & VERSYM_HIDDEN);
	if (s->want_default && (v & VERSYM_HIDDEN))
		return 0;
	return idx < obj->nversions && obj->version_names[idx] &&
	       !strcmp(obj->version_names[idx], s->version);
}

static int find_in(const struct object *obj, const struct symbol_spec *s, struct resolved_symbol *out)
{
	for (size_t i = 1; i < obj->ndynsym; i++) {
		const Elf64_Sym *sym = &obj->dynsym[i];
		unsigned char bind = ELF64_ST_BIND(sym->st_info), type = ELF64_ST_TYPE(sym->st_info);

		if (sym->st_shndx == SHN_UNDEF || type == STT_SECTION || type == STT_FILE ||
		    (bind != STB_GLOBAL && bind != STB_WEAK && bind != STB_GNU_UNIQUE))
			continue;
		if (strcmp(obj->dynstr + sym->st_name, s->name) || !version_matches(obj, i, s))
			continue;
		out->addr = sym->st_value + (sym->st_shndx == SHN_ABS ? 0 : obj->load_bias);
		out->type = type;
		out->obj = obj;
		return 0;
	}
	return -ERR_NO_SYMBOL;
}

int object_find_symbol(const struct object *obj, const char *spec, struct resolved_symbol *out)
{
	struct symbol_spec s;
	int ret = parse_spec(spec, &s);

	return ret ? ret : find_in(obj, &s, out);
}

/* The patient's own GOT entry for NAME in any object that imports it. */
static int read_got_entry(struct object_set *set, struct patient *p, const char *name,
			  uint64_t *addr)
{
	for (size_t k = 0; k < set->n; k++) {
		const struct object *obj = &set->objs[k];

		for (size_t j = 0; j < obj->nimports; j++)
			if (!strcmp(obj->imports[j].name, name) &&
			    !patient_read(p, obj->load_bias + obj->imports[j].got, addr,
					  sizeof(*addr)) && *addr)
				return 0;
	}
	return -ERR_NO_SYMBOL;
}

struct own_object {
	const char *build_id;	/* wanted */
	const char *name;	/* found: as the dynamic linker knows it */
	uint64_t bias;
};

/* dl_iterate_phdr callback: is this one of ours the object with that BuildID? */
static int match_own_object(struct dl_phdr_info *info, size_t size, void *arg)
{
	struct own_object *own = arg;
	static const char hex[] = "0123456789abcdef";

	(void)size;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		const uint8_t *p = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr);
		const uint8_t *end = p + ph->p_memsz;

		if (ph->p_type != PT_NOTE)
			continue;
		while (p + sizeof(ElfW(Nhdr)) <= end) {
			const ElfW(Nhdr) *n = (const ElfW(Nhdr) *)p;
			const uint8_t *desc = p + sizeof(*n) + ((n->n_namesz + 3) & ~3u);
			char id[KPATCH_BUILD_ID_MAX];

			if (n->n_type == NT_GNU_BUILD_ID && n->n_descsz * 2 < sizeof(id) &&
			    desc + n->n_descsz <= end) {
				for (unsigned j = 0; j < n->n_descsz; j++) {
					id[2 * j] = hex[desc[j] >> 4];
					id[2 * j + 1] = hex[desc[j] & 15];
				}
				id[2 * n->n_descsz] = '\0';
				if (!strcmp(id, own->build_id)) {
					own->name = info->dlpi_name;
					own->bias = info->dlpi_addr;
					return 1;
				}
			}
			p = desc + ((n->n_descsz + 3) & ~3u);
		}
	}
	return 0;
}

/* The IFUNC's choice in the doctor's own copy of OBJ, moved into the patient. */
static int resolve_ifunc_locally(const struct object *obj, const struct symbol_spec *s,
				 uint64_t *addr)
{
	struct own_object own = { obj->build_id, NULL, 0 };
	Dl_info info;
	void *handle, *fn;

	if (!obj->build_id[0] || !dl_iterate_phdr(match_own_object, &own) || !own.name ||
	    !own.name[0])
		return -ERR_UNSUPPORTED;
	handle = dlopen(own.name, RTLD_LAZY | RTLD_NOLOAD);
	if (!handle)
		return -ERR_UNSUPPORTED;
	fn = s->version ? dlvsym(handle, s->name, s->version) : dlsym(handle, s->name);
	dlclose(handle);
	if (!fn || !dladdr(fn, &info) || (uint64_t)info.dli_fbase != own.bias)
		return -ERR_UNSUPPORTED;
	*addr = (uint64_t)fn - own.bias + obj->load_bias;
	return 0;
}

int symbol_resolve(struct object_set *set, const struct object *first, struct patient *p,
		   const char *spec, struct resolved_symbol *out)
{
	struct symbol_spec s;
	int ret = parse_spec(spec, &s);

	if (ret)
		return ret;
	ret = first ? find_in(first, &s, out) : -ERR_NO_SYMBOL;
	for (size_t i = 0; ret && i < set->n; i++)
		if (&set->objs[i] != first)
			ret = find_in(&set->objs[i], &s, out);
	if (ret || out->type != STT_GNU_IFUNC)
		return ret;
	if ((!p || read_got_entry(set, p, s.name, &out->addr)) &&
	    resolve_ifunc_locally(out->obj, &s, &out->addr))
		return -ERR_UNSUPPORTED;
	out->type = STT_FUNC;
	return 0;
}
