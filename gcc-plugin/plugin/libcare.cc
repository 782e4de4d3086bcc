/*
 * libcare.so, the GCC plugin: the two build stages inside cc1.
 *
 *   original stage:  cc1 text --> stash/OBJ.original.s --> as    (unchanged)
 *   patched stage:   cc1 text --> stash/OBJ.patched.s
 *                    gensrc(OBJ.original.s, OBJ.patched.s) --> as
 *
 * cc1 opens the assembly output in init_asm_output() and at once calls
 * targetm.asm_out.file_start; wrapping that hook lets the plugin keep the
 * real FILE * and point asm_out_file at a memory stream, so it sees the
 * whole text (the .file line and the file_end notes included).  cc1's
 * finalize() closes the memory stream; at PLUGIN_FINISH the plugin writes
 * the (possibly merged) text to the real file, which works with -pipe.
 *
 * Both stages also record the struct and union layouts each function uses
 * (layout.cc) as OBJ.original.layout / OBJ.patched.layout; gensrc refuses
 * a changed function whose types changed layout.
 * Both stages also record which static variables no code writes
 * (readonly.cc) as OBJ.STAGE.readonly; gensrc lets a fix change those.
 *
 * Everything about assembly lives in the gensrc library; this file is GCC
 * glue only.
 */
#include "gcc-plugin.h"
#include "plugin-version.h"
#include "tree.h"
#include "toplev.h"
#include "diagnostic.h"
#include "output.h"
#include "target.h"
#include "opts.h"
#include "rtl.h"
#include "tree-pass.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "readonly.h"
#include "stash.h"
#include "gcc-plugin/gensrc/gensrc.h"

int plugin_is_GPL_compatible;

enum stage { STAGE_NONE, STAGE_ORIGINAL, STAGE_PATCHED };

static enum stage stage;
static const char *stash_dir;
static struct gensrc_options merge_options;
static void (*gcc_file_start)(void);
static void (*gcc_final_postscan_insn)(FILE *, rtx_insn *, rtx *, int);
static FILE *real_asm_file;
static FILE *memory_asm_file;
static char *asm_text;
static size_t asm_len;
/* KPATCH_DEFER_ERRORS=1: a TU gensrc refuses still builds (as the
 * original code plus a .kpatch.error note), so that a project-wide build
 * goes on and the post-link step names every binary that cannot be
 * patched instead of the first compile failing the whole build. */
static int defer_errors;
static char *deferred_reason;
/* layout-ok= and LIBCARE_LAYOUT_OK: types that never live across the patch */
static char *layout_ok;

/* Diagnostics in compiler form, "x.c: error: libcare: ...", counted as
 * errors so that cc1 exits non-zero. */
static void ATTRIBUTE_PRINTF_1 libcare_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: error: libcare: ", main_input_filename ? main_input_filename : "cc1");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	global_dc->diagnostic_count[DK_ERROR]++;
}

static void gensrc_message(void *arg, const char *message)
{
	(void)arg;
	if (!defer_errors) {
		libcare_error("%s", message);
		return;
	}
	fprintf(stderr, "%s: warning: libcare: %s (this object cannot be patched)\n",
		main_input_filename, message);
	if (!deferred_reason)
		deferred_reason = xstrdup(message);
}

static void gensrc_note(void *arg, const char *message)
{
	(void)arg;
	fprintf(stderr, "%s: note: libcare: %s\n", main_input_filename, message);
}

/* The original text plus a .kpatch.error section saying why. */
static char *with_error_note(const char *original, size_t len, size_t *out_len)
{
	const char *reason = deferred_reason ? deferred_reason : "gensrc failed";
	size_t size = len + 2 * strlen(reason) + 128;
	char *text = (char *)xmalloc(size), *p;

	memcpy(text, original, len);
	p = text + len;
	p += sprintf(p, "\t.section .kpatch.error,\"\",@progbits\n\t.string \"");
	for (const char *r = reason; *r; r++) {
		if (*r == '"' || *r == '\\')
			*p++ = '\\';
		*p++ = *r == '\n' ? ' ' : *r;
	}
	p += sprintf(p, "\"\n");
	*out_len = p - text;
	return text;
}

/*
 * Every -fplugin= and -fplugin-arg- option lands in DW_AT_producer and
 * .GCC.command.line; marking ours as ignored keeps objects identical to a
 * build without the plugin.
 */
static void hide_own_options(const struct plugin_name_args *info)
{
	for (unsigned i = 0; i < save_decoded_options_count; i++) {
		struct cl_decoded_option *o = &save_decoded_options[i];

		if (o->opt_index == OPT_fplugin_ && o->arg &&
		    (!strcmp(o->arg, info->full_name) || !strcmp(o->arg, info->base_name)))
			o->opt_index = OPT_SPECIAL_ignore;
		else if (o->opt_index == OPT_fplugin_arg_ && o->arg &&
			 !strncmp(o->arg, info->base_name, strlen(info->base_name)) &&
			 o->arg[strlen(info->base_name)] == '-')
			o->opt_index = OPT_SPECIAL_ignore;
	}
}

static void capture_file_start(void)
{
	real_asm_file = asm_out_file;
	memory_asm_file = open_memstream(&asm_text, &asm_len);
	if (memory_asm_file)
		asm_out_file = memory_asm_file;
	else
		libcare_error("cannot keep the assembly in memory: %s", xstrerror(errno));
	gcc_file_start();
}

/*
 * Without -g there are no .loc directives, and gensrc's line rule (a
 * function where only __LINE__ arguments moved is no change) has no lines
 * to go by.  A comment after each instruction gives its source line
 * instead ("# libcare-line N", see docs/internals.md); comments assemble
 * to nothing, so the object does not change.
 */
static void note_insn_line(FILE *file, rtx_insn *insn, rtx *opvec, int noperands)
{
	if (gcc_final_postscan_insn)
		gcc_final_postscan_insn(file, insn, opvec, noperands);
	if (debug_info_level == DINFO_LEVEL_NONE && INSN_HAS_LOCATION(insn))
		fprintf(file, "\t# libcare-line %d\n", LOCATION_LINE(INSN_LOCATION(insn)));
}

static int stage_paths(char *original, char *patched, size_t size)
{
	struct stash_unit unit = { main_input_filename, dump_dir_name, dump_base_name };
	char key[4096];
	int err;

	err = stash_object_key(&unit, key, sizeof(key));
	if (err == STASH_NO_IDENTITY)
		return err;
	if (!err)
		err = stash_path(stash_dir, key, "original", original, size);
	if (!err)
		err = stash_path(stash_dir, key, "patched", patched, size);
	if (err)
		libcare_error("cannot name the stash file: %s", xstrerror(-err));
	return err;
}

/* OBJ.STAGE.s -> OBJ.STAGE.layout */
static void layout_path(const char *asm_path, char *path, size_t size)
{
	snprintf(path, size, "%.*s.layout", (int)strlen(asm_path) - 2, asm_path);
}

static int write_layout(const char *asm_path, char **text)
{
	char path[4096];
	size_t len;
	int err;

	layout_path(asm_path, path, sizeof(path));
	*text = layout_text(&len);
	err = stash_write(path, *text, len);
	if (err)
		libcare_error("%s: %s", path, xstrerror(-err));
	return err;
}

/*
 * The original's layout record, or NULL (with a note) when a stash from an
 * older LibCare has none: then layouts are not checked.
 */
static char *read_original_layout(const char *original_path)
{
	char path[4096], *text;
	size_t len;
	int err;

	layout_path(original_path, path, sizeof(path));
	err = stash_read(path, &text, &len);
	if (!err)
		return text;
	fprintf(stderr, "%s: note: libcare: %s: %s; struct layouts are not checked\n",
		main_input_filename, path, xstrerror(-err));
	return NULL;
}

/* The patched stage: merge the stashed original with this text. */
static int merge_with_original(const char *original_path, const char *patched_path, char **out,
			       size_t *out_len)
{
	char *original, *orig_layout, *patched_layout = NULL;
	size_t original_len;
	int err;

	err = stash_read(original_path, &original, &original_len);
	if (err == -ENOENT) {
		libcare_error("no original assembly for this object in the stash (%s): "
			      "build the original stage first", original_path);
		return err;
	}
	if (err) {
		libcare_error("%s: %s", original_path, xstrerror(-err));
		return err;
	}
	if (original_len == asm_len && !memcmp(original, asm_text, asm_len)) {
		/*
		 * The fix did not reach this unit: its object is the original's,
		 * whatever the differ would make of constructs it cannot patch
		 * (glibc's signal return trampoline in top-level asm has no .size).
		 */
		*out = original;
		*out_len = original_len;
		return 0;
	}
	/* messages name the stashed files, which the user can open */
	merge_options.orig_name = original_path;
	merge_options.patched_name = patched_path;
	orig_layout = read_original_layout(original_path);
	if (write_layout(patched_path, &patched_layout)) {
		free(orig_layout);
		free(patched_layout);
		free(original);
		return -EIO;
	}
	merge_options.orig_layout = orig_layout;
	merge_options.patched_layout = orig_layout ? patched_layout : NULL;
	merge_options.layout_ok = layout_ok;
	merge_options.orig_readonly = readonly_load(original_path);
	merge_options.patched_readonly = readonly_load(patched_path);
	err = gensrc_merge(original, original_len, asm_text, asm_len, &merge_options, out,
			   out_len);
	free(orig_layout);
	free(patched_layout);
	free((char *)merge_options.orig_readonly);
	free((char *)merge_options.patched_readonly);
	if (err && defer_errors) {
		*out = with_error_note(original, original_len, out_len);
		err = 0;
	}
	free(original);
	return err;
}

static void finish(void *gcc_data, void *user_data)
{
	char original_path[4096], patched_path[4096];
	const char *text;
	char *merged = NULL;
	size_t len, merged_len;
	int err;

	(void)gcc_data;
	(void)user_data;
	if (!memory_asm_file)
		return;
	if (asm_out_file == memory_asm_file) {
		/* finalize() did not close it (an error cut the compile short) */
		fclose(memory_asm_file);
		asm_out_file = real_asm_file;
	}
	if (seen_error())
		goto out;
	err = stage_paths(original_path, patched_path, sizeof(original_path));
	if (err < 0)
		goto out;

	text = asm_text;
	len = asm_len;
	if (err == STASH_NO_IDENTITY) {
		/* a probe's assembly, the same in both stages */
	} else if (stage == STAGE_ORIGINAL) {
		char *layout = NULL;

		err = stash_write(original_path, asm_text, asm_len);
		if (!err)
			err = readonly_save(original_path);
		if (err) {
			libcare_error("%s: %s", original_path, xstrerror(-err));
			goto out;
		}
		err = write_layout(original_path, &layout);
		free(layout);
		if (err)
			goto out;
	} else {
		err = stash_write(patched_path, asm_text, asm_len);
		if (!err)
			err = readonly_save(patched_path);
		if (err) {
			libcare_error("%s: %s", patched_path, xstrerror(-err));
			goto out;
		}
		if (merge_with_original(original_path, patched_path, &merged, &merged_len))
			goto out;
		text = merged;
		len = merged_len;
	}
	if (fwrite(text, 1, len, real_asm_file) != len || fflush(real_asm_file))
		libcare_error("cannot write the assembly: %s", xstrerror(errno));
out:
	if (real_asm_file != stdout)
		fclose(real_asm_file);
	free(merged);
	free(deferred_reason);
	deferred_reason = NULL;
	free(asm_text);
	asm_text = NULL;
	memory_asm_file = NULL;
}

/* -flto moves code generation to link time, where the plugin cannot see it. */
static void refuse_lto(void *gcc_data, void *user_data)
{
	(void)gcc_data;
	(void)user_data;
	if (flag_lto || flag_generate_lto || in_lto_p)
		libcare_error("-flto is not supported: link-time code generation is out of the "
			      "plugin's reach; build with -fno-lto");
}

/* Both lists, comma-separated */
static void add_layout_ok(const char *types)
{
	char *joined;

	if (!types || !types[0])
		return;
	if (!layout_ok) {
		layout_ok = xstrdup(types);
		return;
	}
	joined = concat(layout_ok, ",", types, NULL);
	free(layout_ok);
	layout_ok = joined;
}

/*
 * Twice per function: when it enters SSA form, before early optimisations
 * (scalar replacement) dissolve local structs, and when its RTL-bound passes
 * start, after inlining put callees' code into it.
 */
static void record_layouts_early(void *gcc_data, void *user_data)
{
	const opt_pass *pass = (const opt_pass *)gcc_data;

	(void)user_data;
	if (pass && pass->name && !strcmp(pass->name, "ssa"))
		layout_record_function();
}

static void record_layouts(void *gcc_data, void *user_data)
{
	(void)gcc_data;
	(void)user_data;
	layout_record_function();
}

static int parse_arguments(const struct plugin_name_args *info)
{
	const char *stage_name = getenv("KPATCH_STAGE");

	stash_dir = getenv("KPATCH_STASH");
	defer_errors = getenv("KPATCH_DEFER_ERRORS") && !strcmp(getenv("KPATCH_DEFER_ERRORS"), "1");
	/* KPATCH_NO_LINE_RULE=1: patch functions where only __LINE__ moved */
	merge_options.no_line_rule = getenv("KPATCH_NO_LINE_RULE") &&
				     !strcmp(getenv("KPATCH_NO_LINE_RULE"), "1");
	for (int i = 0; i < info->argc; i++) {
		const struct plugin_argument *a = &info->argv[i];

		if (!strcmp(a->key, "stage"))
			stage_name = a->value;
		else if (!strcmp(a->key, "stash"))
			stash_dir = a->value;
		else if (!strcmp(a->key, "force-gotpcrel"))
			merge_options.force_gotpcrel = 1;
		else if (!strcmp(a->key, "force-global"))
			merge_options.force_global = 1;
		else if (!strcmp(a->key, "no-line-rule"))
			merge_options.no_line_rule = 1;
		else if (!strcmp(a->key, "layout-ok") && a->value)
			add_layout_ok(a->value);
		else {
			error("libcare: unknown plugin argument '%s'", a->key);
			return -1;
		}
	}
	add_layout_ok(getenv("LIBCARE_LAYOUT_OK"));
	if (!stage_name || !stage_name[0] || !strcmp(stage_name, "configure"))
		stage = STAGE_NONE;
	else if (!strcmp(stage_name, "original"))
		stage = STAGE_ORIGINAL;
	else if (!strcmp(stage_name, "patched"))
		stage = STAGE_PATCHED;
	else {
		error("libcare: unknown stage '%s' (original or patched)", stage_name);
		return -1;
	}
	return 0;
}

int plugin_init(struct plugin_name_args *info, struct plugin_gcc_version *version)
{
	if (!plugin_default_version_check(version, &gcc_version)) {
		error("libcare: this plugin was built for GCC %s (%s) and cannot run in GCC %s (%s)",
		      gcc_version.basever, gcc_version.datestamp, version->basever,
		      version->datestamp);
		return 1;
	}
	hide_own_options(info);
	if (parse_arguments(info))
		return 1;
	if (stage == STAGE_NONE)
		return 0;

	merge_options.message = gensrc_message;
	merge_options.note = gensrc_note;
	register_callback(info->base_name, PLUGIN_START_UNIT, refuse_lto, NULL);
	register_callback(info->base_name, PLUGIN_FINISH, finish, NULL);
	register_callback(info->base_name, PLUGIN_ALL_PASSES_START, record_layouts, NULL);
	register_callback(info->base_name, PLUGIN_PASS_EXECUTION, record_layouts_early, NULL);
	readonly_register(info->base_name);
	gcc_file_start = targetm.asm_out.file_start;
	targetm.asm_out.file_start = capture_file_start;
	gcc_final_postscan_insn = targetm.asm_out.final_postscan_insn;
	targetm.asm_out.final_postscan_insn = note_insn_line;
	return 0;
}
