/*
 * Fuzz target for the patch file loader, the parser of the doctor's most
 * untrusted input: any bytes give an error or a typed image whose every
 * name, byte range, symbol and relocation the doctor can follow.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/arch/x86_64/reloc.h"
#include "common/kpatch/patch_file.h"
#include "common/kpatch/sign.h"
#include "common/log.h"

/* what the walk reads goes here, so that it is not optimised away */
static volatile size_t sink;

static void silent(enum log_level level, const char *message)
{
	(void)level;
	(void)message;
}

static void follow(const struct patch_file *pf)
{
	for (unsigned i = 0; i < pf->nsections; i++) {
		const struct patch_section *s = &pf->sections[i];

		sink += strlen(s->name);
		if (s->bytes && s->size)
			sink += s->bytes[0] + s->bytes[s->size - 1];
		for (size_t k = 0; k < s->nrelocs; k++) {
			const struct patch_reloc *r = &s->relocs[k];
			size_t width = arch_reloc_size(r->type);
			const struct patch_symbol *sym;

			/* a type of width 0 is one the doctor refuses by name */
			if (!s->is_kpatch || r->symbol >= pf->nsymbols ||
			    (width && (r->offset > s->size || width > s->size - r->offset)))
				abort();
			sym = &pf->symbols[r->symbol];
			if (r->symbol && sym->section != SHN_UNDEF && sym->section != SHN_ABS &&
			    !pf->sections[sym->section].is_kpatch)
				abort();
		}
	}
	for (size_t k = 0; k < pf->nsymbols; k++) {
		const struct patch_symbol *sym = &pf->symbols[k];

		sink += strlen(sym->name);
		if (sym->section != SHN_UNDEF && sym->section != SHN_ABS &&
		    sym->section >= pf->nsections)
			abort();
	}
	if (!pf->sections[pf->info_section].is_kpatch ||
	    pf->ninfo * sizeof(struct kpatch_info_entry) != pf->sections[pf->info_section].size)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct patch_file *pf;
	uint8_t *sealed;

	log_set_sink(silent);
	if (!patch_file_parse("fuzz", data, size, &pf)) {
		follow(pf);
		patch_file_free(pf);
	}
	/* the input again with its checksum made right, to reach the checks after it */
	if (size < sizeof(struct kpatch_file_header) || kpatch_crypto_init())
		return 0;
	sealed = malloc(size);
	if (!sealed)
		return 0;
	memcpy(sealed, data, size);
	kpatch_file_seal(sealed, size, NULL);
	if (!patch_file_parse("fuzz", sealed, size, &pf)) {
		follow(pf);
		patch_file_free(pf);
	}
	free(sealed);
	return 0;
}
