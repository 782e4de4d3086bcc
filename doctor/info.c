/*
 * The `info` report.  The text form keeps LibcarePlus's line per patch
 * ("Pid: ... Target: ... Build id: ... Applied patch number: N Patch id: ...")
 * with the redirected functions below it; the JSON form carries the same
 * facts for tools.  The state shown is the one the code bytes prove, not only
 * what the record claims.
 */
#include <stdlib.h>
#include <string.h>

#include "common/printable.h"
#include "doctor/info.h"
#include "doctor/proclist.h"
#include "doctor/record.h"

static const char *const func_state_names[] = {
	[FUNC_ORIGINAL] = "original",
	[FUNC_REDIRECTED] = "redirected",
	[FUNC_CHANGED] = "changed by someone else",
};

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* Position of AP among the patches applied to the same object, from 1. */
static unsigned patch_number(const struct applied_patch *all, size_t i)
{
	unsigned n = 1;

	for (size_t j = 0; j < i; j++)
		if (!strcmp(all[j].hdr.build_id, all[i].hdr.build_id))
			n++;
	return n;
}

static void print_text(FILE *out, pid_t pid, const struct applied_patch *ap, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct record_header *h = &ap[i].hdr;

		fprintf(out, "Pid: %d Target: %s Build id: %s Applied patch number: %u Patch id: %s"
			" Patch level: %u", (int)pid, printable(base_name(h->object_name)),
			printable(h->build_id), patch_number(ap, i),
			printable(h->patch_id[0] ? h->patch_id : "(no id)"), h->patchlevel);
		if (h->stopped_ns)
			fprintf(out, " Stopped: %llu us", patient_stop_us(h->stopped_ns));
		if (ap[i].nr_redirected != h->nr_funcs)
			fprintf(out, " State: %s", record_state_name(&ap[i]));
		fputc('\n', out);
		for (uint32_t k = 0; k < h->nr_funcs; k++)
			fprintf(out, "  %s: 0x%llx -> 0x%llx (%s)\n", printable(ap[i].names[k]),
				(unsigned long long)ap[i].funcs[k].old_addr,
				(unsigned long long)ap[i].funcs[k].new_addr,
				func_state_names[ap[i].states[k]]);
	}
}

static void json_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		unsigned char c = *s;

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
	fputc('"', out);
}

static void print_json(FILE *out, pid_t pid, const struct applied_patch *ap, size_t n)
{
	fprintf(out, "{\"pid\": %d, \"patches\": [", (int)pid);
	for (size_t i = 0; i < n; i++) {
		const struct record_header *h = &ap[i].hdr;

		fprintf(out, "%s\n  {\"target\": ", i ? "," : "");
		json_string(out, base_name(h->object_name));
		fprintf(out, ", \"path\": ");
		json_string(out, h->object_name);
		fprintf(out, ", \"build_id\": ");
		json_string(out, h->build_id);
		fprintf(out, ", \"number\": %u, \"patch_id\": ", patch_number(ap, i));
		json_string(out, h->patch_id);
		fprintf(out, ", \"patchlevel\": %u, \"state\": ", h->patchlevel);
		json_string(out, record_state_name(&ap[i]));
		fprintf(out, ", \"region\": \"0x%llx\", \"size\": %llu, \"applied_at\": %llu",
			(unsigned long long)h->region_start, (unsigned long long)h->region_size,
			(unsigned long long)h->applied_at);
		if (h->stopped_ns)
			fprintf(out, ", \"stopped_us\": %llu", patient_stop_us(h->stopped_ns));
		else
			fprintf(out, ", \"stopped_us\": null");
		fprintf(out, ", \"functions\": [");
		for (uint32_t k = 0; k < h->nr_funcs; k++) {
			fprintf(out, "%s\n    {\"name\": ", k ? "," : "");
			json_string(out, ap[i].names[k]);
			fprintf(out, ", \"old\": \"0x%llx\", \"new\": \"0x%llx\", \"state\": ",
				(unsigned long long)ap[i].funcs[k].old_addr,
				(unsigned long long)ap[i].funcs[k].new_addr);
			json_string(out, func_state_names[ap[i].states[k]]);
			fputc('}', out);
		}
		fprintf(out, "]}");
	}
	fprintf(out, "%s]}\n", n ? "\n" : "");
}

static int read_patches(pid_t pid, struct applied_patch **ap, size_t *n)
{
	struct patient *p;
	int ret;

	ret = patient_open(pid, &p);
	if (ret)
		return ret;
	ret = record_scan(p, ap, n);
	patient_close(p);
	return ret;
}

int info_process(pid_t pid, int json, FILE *out)
{
	struct applied_patch *ap;
	size_t n;
	int ret;

	ret = read_patches(pid, &ap, &n);
	if (ret)
		return ret;
	if (json)
		print_json(out, pid, ap, n);
	else
		print_text(out, pid, ap, n);
	record_free(ap, n);
	return 0;
}

int info_all(int json, FILE *out)
{
	size_t count, shown = 0, n;
	struct applied_patch *ap;
	pid_t *pids;
	int ret = list_processes(&pids, &count);

	if (ret)
		return ret;
	if (json)
		fputc('[', out);
	for (size_t i = 0; i < count; i++) {
		/* processes that exit or may not be read are left out */
		if (record_maybe(pids[i]) <= 0 || read_patches(pids[i], &ap, &n))
			continue;
		if (n && json)
			fputs(shown ? ",\n" : "\n", out);
		if (n && json)
			print_json(out, pids[i], ap, n);
		else if (n)
			print_text(out, pids[i], ap, n);
		shown += n != 0;
		record_free(ap, n);
	}
	if (json)
		fputs("]\n", out);
	free(pids);
	return 0;
}
