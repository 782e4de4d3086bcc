/*
 * libglc: a small library built the way glibc is (an IFUNC called through
 * the library's own PLT, versioned symbols, hidden internal aliases, a
 * hidden global, initial-exec TLS, another library's read-only global).
 */
#ifndef GLC_H
#define GLC_H

/* glibc's hidden_proto/hidden_def: callers inside the library reach NAME
 * as the hidden __GI_NAME; NAME itself is an exported alias of it. */
#define hidden_proto(name) \
	extern __typeof(name) name __asm__("__GI_" #name) __attribute__((visibility("hidden")));
#define hidden_def(name) \
	extern __typeof(name) __EI_##name __asm__(#name) __attribute__((alias("__GI_" #name)));
#define weak_alias(name, aliasname) \
	extern __typeof(name) aliasname __attribute__((weak, alias("__GI_" #name)));
#define attribute_hidden __attribute__((visibility("hidden")))

typedef char *(*glc_copy_fn)(char *dst, const char *src);

/* the IFUNC: impl A copies, impl B copies in upper case (GLC_IMPL=b) */
extern char *__glc_copy(char *dst, const char *src) attribute_hidden;

/* like ld.so's _rtld_global_ro, defined in libglro.so */
struct glc_rtld_global_ro {
	unsigned long pagesize;
	unsigned long limit;
};
extern const struct glc_rtld_global_ro _glc_rtld_global_ro;

extern char __glc_abort_msg[128] attribute_hidden;
extern __thread int glc_calls, glc_last_len;

int glc_count(void);
hidden_proto(glc_count)
int glc_level(void);
const char *__glc_message_v2(const char *text);

#endif
