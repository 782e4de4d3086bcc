/*
 * Which static variables of the unit are constant in practice: no code
 * writes them, and their address goes only into loads, comparisons and the
 * read-only arguments of known builtins.  gensrc lets a fix change such a
 * variable's contents or size as it does for const data (the patch carries
 * a new copy for the new code).
 *
 *   static char banner[] = "Server: x\r\n";  memcpy(buf, banner, n)  -> readonly banner
 *   static int hits;                         hits++                  -> state hits: it is written in 'count'
 *   static char name[] = "x";                keep(name)              -> state name: its address is
 *                                                                       passed to 'keep' in 'init'
 *
 * Each function is walked just before it is expanded to RTL, when its
 * GIMPLE is the code that will be emitted (inlined callers included).  A
 * pointer that starts as &VAR is followed through SSA names, PHIs,
 * arithmetic and locals whose address is never taken, flow-insensitively
 * until nothing changes.  Initialisers of other variables and asm text are
 * looked at as the unit ends.  The record goes to the stash beside the
 * assembly (docs/internals.md, "Read-only records").
 */
#define INCLUDE_MAP
#define INCLUDE_SET
#define INCLUDE_STRING
#define INCLUDE_VECTOR
#include "gcc-plugin.h"
#include "tree.h"
#include "tree-pass.h"
#include "cgraph.h"
#include "function.h"
#include "basic-block.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-walk.h"
#include "fold-const.h"
#include "internal-fn.h"
#include "stringpool.h"

#include <stdio.h>
#include <string.h>

#include "readonly.h"
#include "stash.h"

typedef std::set<unsigned> uid_set;	/* DECL_UIDs of candidate variables */

/* A candidate found written or escaping, and the first reason seen */
static std::map<unsigned, std::string> state_reasons;
/* inline and top-level asm text, searched for candidates' names at the end */
static std::vector<std::string> asm_texts;
static std::string record;

/* Where the address of each candidate may be, in the function being walked */
struct function_walk {
	std::map<tree, uid_set> holds;	/* SSA names and untaken locals */
	bool grew;
	bool again;		/* a later round of the walk */
	const char *func;
};

static bool is_candidate(const_tree t)
{
	return t && VAR_P(t) && TREE_STATIC(t) && !TREE_PUBLIC(t) && !DECL_EXTERNAL(t);
}

/* A local of this function that nothing can reach through a pointer */
static bool is_untaken_local(const_tree t)
{
	return t && VAR_P(t) && !TREE_STATIC(t) && !DECL_EXTERNAL(t) && !TREE_ADDRESSABLE(t) &&
	       auto_var_in_fn_p(t, current_function_decl);
}

static void mark_state(unsigned uid, const std::string &reason)
{
	if (!state_reasons.count(uid))
		state_reasons[uid] = reason;
}

static void mark_all(const uid_set &vars, const std::string &reason)
{
	for (unsigned uid : vars)
		mark_state(uid, reason);
}

static std::string in_function(const char *what, const function_walk &w)
{
	return std::string(what) + " in '" + w.func + "'";
}

static uid_set holds_of(const_tree t, const function_walk &w)
{
	auto it = w.holds.find(const_cast<tree>(t));

	return it == w.holds.end() ? uid_set() : it->second;
}

static void merge(uid_set &into, const uid_set &from)
{
	into.insert(from.begin(), from.end());
}

static uid_set value_of(tree t, const function_walk &w);

/* The candidates whose memory the reference REF (a load or a store) touches */
static uid_set accessed_by(tree ref, const function_walk &w)
{
	tree inner = ref, base;
	uid_set vars;

	while (handled_component_p(inner))
		inner = TREE_OPERAND(inner, 0);
	if (TREE_CODE(inner) == MEM_REF)
		return value_of(TREE_OPERAND(inner, 0), w);
	if (TREE_CODE(inner) == TARGET_MEM_REF) {
		/* base + index * step + index2 + offset: any part may be the pointer */
		vars = value_of(TMR_BASE(inner), w);
		if (TMR_INDEX(inner))
			merge(vars, value_of(TMR_INDEX(inner), w));
		if (TMR_INDEX2(inner))
			merge(vars, value_of(TMR_INDEX2(inner), w));
		return vars;
	}
	base = get_base_address(ref);
	if (is_candidate(base))
		vars.insert(DECL_UID(base));
	return vars;
}

/* The candidates whose address the value T may carry */
static uid_set value_of(tree t, const function_walk &w)
{
	uid_set vars;
	tree base;

	if (!t || CONSTANT_CLASS_P(t))
		return vars;
	switch (TREE_CODE(t)) {
	case SSA_NAME:
		return holds_of(t, w);
	case ADDR_EXPR:
		return accessed_by(TREE_OPERAND(t, 0), w);
	case CONSTRUCTOR: {
		unsigned i;
		tree v;

		FOR_EACH_CONSTRUCTOR_VALUE(CONSTRUCTOR_ELTS(t), i, v)
			merge(vars, value_of(v, w));
		return vars;
	}
	default:
		break;
	}
	if (DECL_P(t))
		return is_untaken_local(t) ? holds_of(t, w) : vars;
	if (REFERENCE_CLASS_P(t) || TREE_CODE(t) == MEM_REF || TREE_CODE(t) == TARGET_MEM_REF) {
		/* a load yields what an untaken local (or an SSA value seen
		 * through a view) holds, never an address from memory we track */
		base = get_base_address(t);
		if (base && (TREE_CODE(base) == SSA_NAME || is_untaken_local(base)))
			return holds_of(base, w);
		return vars;
	}
	if (COMPARISON_CLASS_P(t))
		return vars;
	if (EXPR_P(t))
		for (int i = 0; i < TREE_OPERAND_LENGTH(t); i++)
			merge(vars, value_of(TREE_OPERAND(t, i), w));
	return vars;
}

/* VALUE is stored into DEST: followed into SSA names and untaken locals */
static void store(tree dest, const uid_set &value, function_walk &w)
{
	tree base = dest;

	if (TREE_CODE(dest) != SSA_NAME && !DECL_P(dest))
		base = get_base_address(dest);
	if (base && (TREE_CODE(base) == SSA_NAME || is_untaken_local(base))) {
		if (value.empty())
			return;
		uid_set &held = w.holds[base];
		size_t before = held.size();

		merge(held, value);
		if (held.size() != before)
			w.grew = true;
		return;
	}
	mark_all(accessed_by(dest, w), in_function("it is written", w));
	if (!value.empty())
		mark_all(value, in_function(base && TREE_CODE(base) == RESULT_DECL ?
					    "its address is returned" :
					    "its address is stored in memory", w));
}

/* What a builtin does with its pointer arguments */
struct builtin_use {
	enum built_in_function code;
	unsigned read_only;	/* bit i: argument i is only read through */
	unsigned written;	/* bit i: argument i is written through */
	int format;		/* printf-style format argument, or -1 */
	int result_into;	/* the result points into this argument, or -1 */
};

#define ARG(i) (1u << (i))

static const struct builtin_use builtin_uses[] = {
	{ BUILT_IN_MEMCPY, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_MEMMOVE, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_MEMPCPY, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_MEMCPY_CHK, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_MEMMOVE_CHK, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_MEMPCPY_CHK, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_BCOPY, ARG(0), ARG(1), -1, -1 },
	{ BUILT_IN_MEMSET, 0, ARG(0), -1, -1 },
	{ BUILT_IN_MEMSET_CHK, 0, ARG(0), -1, -1 },
	{ BUILT_IN_BZERO, 0, ARG(0), -1, -1 },
	{ BUILT_IN_MEMCMP, ARG(0) | ARG(1), 0, -1, -1 },
	{ BUILT_IN_MEMCMP_EQ, ARG(0) | ARG(1), 0, -1, -1 },
	{ BUILT_IN_BCMP, ARG(0) | ARG(1), 0, -1, -1 },
	{ BUILT_IN_STRLEN, ARG(0), 0, -1, -1 },
	{ BUILT_IN_STRNLEN, ARG(0), 0, -1, -1 },
	{ BUILT_IN_STRCMP, ARG(0) | ARG(1), 0, -1, -1 },
	{ BUILT_IN_STRNCMP, ARG(0) | ARG(1), 0, -1, -1 },
	{ BUILT_IN_STRCMP_EQ, ARG(0) | ARG(1), 0, -1, -1 },
	{ BUILT_IN_STRNCMP_EQ, ARG(0) | ARG(1), 0, -1, -1 },
	{ BUILT_IN_STRCASECMP, ARG(0) | ARG(1), 0, -1, -1 },
	{ BUILT_IN_STRNCASECMP, ARG(0) | ARG(1), 0, -1, -1 },
	{ BUILT_IN_STRSPN, ARG(0) | ARG(1), 0, -1, -1 },
	{ BUILT_IN_STRCSPN, ARG(0) | ARG(1), 0, -1, -1 },
	{ BUILT_IN_STRCHR, ARG(0), 0, -1, 0 },
	{ BUILT_IN_STRRCHR, ARG(0), 0, -1, 0 },
	{ BUILT_IN_INDEX, ARG(0), 0, -1, 0 },
	{ BUILT_IN_RINDEX, ARG(0), 0, -1, 0 },
	{ BUILT_IN_MEMCHR, ARG(0), 0, -1, 0 },
	{ BUILT_IN_STRSTR, ARG(0) | ARG(1), 0, -1, 0 },
	{ BUILT_IN_STRPBRK, ARG(0) | ARG(1), 0, -1, 0 },
	{ BUILT_IN_STRCPY, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_STPCPY, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_STRNCPY, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_STPNCPY, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_STRCAT, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_STRNCAT, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_STRCPY_CHK, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_STPCPY_CHK, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_STRNCPY_CHK, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_STPNCPY_CHK, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_STRCAT_CHK, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_STRNCAT_CHK, ARG(1), ARG(0), -1, -1 },
	{ BUILT_IN_STRDUP, ARG(0), 0, -1, -1 },
	{ BUILT_IN_STRNDUP, ARG(0), 0, -1, -1 },
	{ BUILT_IN_PUTS, ARG(0), 0, -1, -1 },
	{ BUILT_IN_PUTS_UNLOCKED, ARG(0), 0, -1, -1 },
	{ BUILT_IN_FPUTS, ARG(0), 0, -1, -1 },
	{ BUILT_IN_FPUTS_UNLOCKED, ARG(0), 0, -1, -1 },
	{ BUILT_IN_FWRITE, ARG(0), 0, -1, -1 },
	{ BUILT_IN_FWRITE_UNLOCKED, ARG(0), 0, -1, -1 },
	{ BUILT_IN_PRINTF, ARG(0), 0, 0, -1 },
	{ BUILT_IN_PRINTF_UNLOCKED, ARG(0), 0, 0, -1 },
	{ BUILT_IN_FPRINTF, ARG(1), 0, 1, -1 },
	{ BUILT_IN_FPRINTF_UNLOCKED, ARG(1), 0, 1, -1 },
	{ BUILT_IN_SPRINTF, ARG(1), ARG(0), 1, -1 },
	{ BUILT_IN_SNPRINTF, ARG(2), ARG(0), 2, -1 },
	{ BUILT_IN_PRINTF_CHK, ARG(1), 0, 1, -1 },
	{ BUILT_IN_FPRINTF_CHK, ARG(2), 0, 2, -1 },
	{ BUILT_IN_SPRINTF_CHK, ARG(3), ARG(0), 3, -1 },
	{ BUILT_IN_SNPRINTF_CHK, ARG(4), ARG(0), 4, -1 },
	{ BUILT_IN_OBJECT_SIZE, ARG(0), 0, -1, -1 },
	{ BUILT_IN_DYNAMIC_OBJECT_SIZE, ARG(0), 0, -1, -1 },
	{ BUILT_IN_PREFETCH, ARG(0), 0, -1, -1 },
	{ BUILT_IN_EXPECT, ARG(0), 0, -1, 0 },
	{ BUILT_IN_ASSUME_ALIGNED, ARG(0), 0, -1, 0 },
};

static const struct builtin_use *find_builtin_use(const gcall *call)
{
	enum built_in_function code;

	if (!gimple_call_builtin_p(call, BUILT_IN_NORMAL))
		return NULL;
	code = DECL_FUNCTION_CODE(gimple_call_fndecl(call));
	for (const struct builtin_use &u : builtin_uses)
		if (u.code == code)
			return &u;
	return NULL;
}

/* A constant format with no %n: printf only reads the arguments after it */
static bool format_only_reads(const gcall *call, int format)
{
	const char *s = c_getstr(gimple_call_arg(call, format));

	if (!s)
		return false;
	for (const char *p = strchr(s, '%'); p; p = strchr(p, '%')) {
		p++;
		if (*p == '%') {
			p++;
			continue;
		}
		p += strspn(p, "0123456789$.*#-+ 'hlLqjztI");
		if (*p == 'n')
			return false;
	}
	return true;
}

static bool argument_only_read(const gcall *call, const struct builtin_use *u, unsigned i)
{
	if (!u)
		return false;
	if (i < 32 && (u->read_only & ARG(i)))
		return true;
	return u->format >= 0 && i > (unsigned)u->format && format_only_reads(call, u->format);
}

static std::string callee_name(const gcall *call)
{
	tree fndecl = gimple_call_fndecl(call);

	if (gimple_call_internal_p(call))
		return std::string("the internal function ") +
		       internal_fn_name(gimple_call_internal_fn(call));
	if (fndecl && DECL_NAME(fndecl))
		return std::string("'") + IDENTIFIER_POINTER(DECL_NAME(fndecl)) + "'";
	return "a function through a pointer";
}

static void visit_call(gcall *call, function_walk &w)
{
	const struct builtin_use *u = find_builtin_use(call);
	tree lhs = gimple_call_lhs(call);
	uid_set result;

	if (!gimple_call_internal_p(call) && !gimple_call_fndecl(call))
		mark_all(value_of(gimple_call_fn(call), w), in_function("it is called", w));
	if (gimple_call_chain(call))
		mark_all(value_of(gimple_call_chain(call), w),
			 in_function("its address is a static chain", w));
	for (unsigned i = 0; i < gimple_call_num_args(call); i++) {
		uid_set vars = value_of(gimple_call_arg(call, i), w);

		if (vars.empty())
			continue;
		if (u && u->result_into == (int)i)
			merge(result, vars);
		if (argument_only_read(call, u, i))
			continue;
		if (u && i < 32 && (u->written & ARG(i)))
			mark_all(vars, in_function(("it is written through " + callee_name(call)).c_str(),
						   w));
		else
			mark_all(vars, in_function(("its address is passed to " +
						    callee_name(call)).c_str(), w));
	}
	if (lhs)
		store(lhs, result, w);
}

static void visit_assign(gassign *assign, function_walk &w)
{
	enum tree_code code = gimple_assign_rhs_code(assign);
	uid_set value;

	if (gimple_assign_single_p(assign))
		value = value_of(gimple_assign_rhs1(assign), w);
	else if (TREE_CODE_CLASS(code) != tcc_comparison && code != POINTER_DIFF_EXPR)
		for (unsigned i = 1; i < gimple_num_ops(assign); i++)
			merge(value, value_of(gimple_op(assign, i), w));
	store(gimple_assign_lhs(assign), value, w);
}

static void visit_phi(gphi *phi, function_walk &w)
{
	tree result = gimple_phi_result(phi);
	uid_set value;

	if (virtual_operand_p(result))
		return;
	for (unsigned i = 0; i < gimple_phi_num_args(phi); i++)
		merge(value, value_of(gimple_phi_arg_def(phi, i), w));
	if (!value.empty())
		store(result, value, w);
}

struct mention_scan {
	const function_walk *w;
	uid_set vars;
};

static tree find_mention(tree *tp, int *walk_subtrees, void *data)
{
	struct walk_stmt_info *wi = (struct walk_stmt_info *)data;
	struct mention_scan *scan = (struct mention_scan *)wi->info;

	(void)walk_subtrees;
	if (is_candidate(*tp))
		scan->vars.insert(DECL_UID(*tp));
	else if (TREE_CODE(*tp) == SSA_NAME || is_untaken_local(*tp))
		merge(scan->vars, holds_of(*tp, *scan->w));
	return NULL_TREE;
}

/* Every candidate STMT names or reaches through a pointer */
static uid_set mentions(gimple *stmt, const function_walk &w)
{
	struct mention_scan scan = { &w, uid_set() };
	struct walk_stmt_info wi;

	memset(&wi, 0, sizeof(wi));
	wi.info = &scan;
	walk_gimple_op(stmt, find_mention, &wi);
	return scan.vars;
}

static void visit_statement(gimple *stmt, function_walk &w)
{
	switch (gimple_code(stmt)) {
	case GIMPLE_ASSIGN:
		visit_assign(as_a<gassign *>(stmt), w);
		break;
	case GIMPLE_CALL:
		visit_call(as_a<gcall *>(stmt), w);
		break;
	case GIMPLE_RETURN:
		mark_all(value_of(gimple_return_retval(as_a<greturn *>(stmt)), w),
			 in_function("its address is returned", w));
		break;
	case GIMPLE_ASM:
		if (!w.again)
			asm_texts.push_back(gimple_asm_string(as_a<gasm *>(stmt)));
		mark_all(mentions(stmt, w), in_function("an asm statement uses it", w));
		break;
	case GIMPLE_COND:
	case GIMPLE_SWITCH:
	case GIMPLE_LABEL:
	case GIMPLE_DEBUG:
	case GIMPLE_NOP:
	case GIMPLE_PREDICT:
	case GIMPLE_RESX:
	case GIMPLE_EH_DISPATCH:
		break;
	default:
		mark_all(mentions(stmt, w),
			 in_function("a statement the analysis does not follow uses it", w));
		break;
	}
}

/* Before cfun is expanded: its GIMPLE is the code the object will hold. */
static void walk_function(void *gcc_data, void *user_data)
{
	const opt_pass *pass = (const opt_pass *)gcc_data;
	function_walk w;
	basic_block bb;

	(void)user_data;
	if (!pass || !pass->name || strcmp(pass->name, "expand") || !cfun || !cfun->cfg)
		return;
	w.func = current_function_name();
	w.again = false;
	do {
		w.grew = false;
		FOR_EACH_BB_FN(bb, cfun) {
			for (gphi_iterator gsi = gsi_start_phis(bb); !gsi_end_p(gsi); gsi_next(&gsi))
				visit_phi(gsi.phi(), w);
			for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
			     gsi_next(&gsi))
				visit_statement(gsi_stmt(gsi), w);
		}
		w.again = true;
	} while (w.grew);
}

static tree find_address_in_initializer(tree *tp, int *walk_subtrees, void *data)
{
	const char *holder = (const char *)data;

	(void)walk_subtrees;
	if (is_candidate(*tp))
		mark_state(DECL_UID(*tp), std::string("its address is in the initializer of '") +
					  holder + "'");
	return NULL_TREE;
}

/* Addresses in other variables' initialisers, aliases, top-level asm */
static void scan_variables(void)
{
	varpool_node *vnode;

	FOR_EACH_VARIABLE(vnode) {
		tree init = DECL_INITIAL(vnode->decl);
		ipa_ref *ref;

		if (init && init != error_mark_node)
			walk_tree_without_duplicates(&init, find_address_in_initializer,
						     (void *)vnode->name());
		if (!is_candidate(vnode->decl))
			continue;
		for (unsigned i = 0; vnode->iterate_referring(i, ref); i++)
			if (ref->use == IPA_REF_ALIAS || is_a<varpool_node *>(ref->referring))
				mark_state(DECL_UID(vnode->decl),
					   std::string("'") + ref->referring->name() +
					   "' refers to it outside code");
		if (vnode->writeonly)
			mark_state(DECL_UID(vnode->decl), "it is written (GCC found it write-only)");
		for (unsigned i = 0; vnode->iterate_referring(i, ref); i++)
			if (ref->use == IPA_REF_STORE)
				mark_state(DECL_UID(vnode->decl), std::string("it is written in '") +
					   ref->referring->name() + "'");
	}
	for (asm_node *a = symtab->first_asm_symbol(); a; a = a->next)
		asm_texts.push_back(TREE_STRING_POINTER(a->asm_str));
}

static void after_ipa(void *gcc_data, void *user_data)
{
	(void)gcc_data;
	(void)user_data;
	scan_variables();
}

static bool named_in_asm(const char *name)
{
	size_t len = strlen(name);

	for (const std::string &text : asm_texts)
		for (size_t at = text.find(name); at != std::string::npos;
		     at = text.find(name, at + 1)) {
			char before = at ? text[at - 1] : ' ', after = text[at + len];

			if (!ISIDNUM(before) && before != '.' && before != '$' &&
			    !ISIDNUM(after) && after != '$')
				return true;
		}
	return false;
}

static const char *asm_name(tree decl)
{
	const char *name = IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(decl));

	return name[0] == '*' ? name + 1 : name;
}

/* At the unit's end, every function expanded: one line per candidate. */
static void finish_unit(void *gcc_data, void *user_data)
{
	varpool_node *vnode;

	(void)gcc_data;
	(void)user_data;
	scan_variables();
	record = "# libcare read-only record 1\n";
	FOR_EACH_VARIABLE(vnode) {
		tree decl = vnode->decl;
		const char *name;
		auto it = state_reasons.find(DECL_UID(decl));

		if (!is_candidate(decl) || !DECL_ASSEMBLER_NAME_SET_P(decl))
			continue;
		name = asm_name(decl);
		if (TREE_THIS_VOLATILE(decl))
			record += std::string("state ") + name + ": it is volatile\n";
		else if (DECL_THREAD_LOCAL_P(decl))
			record += std::string("state ") + name + ": it is thread-local\n";
		else if (it != state_reasons.end())
			record += std::string("state ") + name + ": " + it->second + "\n";
		else if (named_in_asm(name))
			record += std::string("state ") + name + ": asm text names it\n";
		else
			record += std::string("readonly ") + name + "\n";
	}
}

void readonly_register(const char *plugin_name)
{
	register_callback(plugin_name, PLUGIN_PASS_EXECUTION, walk_function, NULL);
	register_callback(plugin_name, PLUGIN_ALL_IPA_PASSES_END, after_ipa, NULL);
	register_callback(plugin_name, PLUGIN_FINISH_UNIT, finish_unit, NULL);
}

/* OBJ.STAGE.s -> OBJ.STAGE.readonly */
static std::string record_path(const char *asm_path)
{
	size_t len = strlen(asm_path);

	if (len > 2 && !strcmp(asm_path + len - 2, ".s"))
		len -= 2;
	return std::string(asm_path, len) + ".readonly";
}

int readonly_save(const char *asm_path)
{
	return stash_write(record_path(asm_path).c_str(), record.data(), record.size());
}

char *readonly_load(const char *asm_path)
{
	char *text;
	size_t len;

	if (stash_read(record_path(asm_path).c_str(), &text, &len))
		return NULL;
	return text;
}
