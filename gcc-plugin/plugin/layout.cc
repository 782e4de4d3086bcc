/*
 * The struct and union layouts each function uses, recorded while cc1
 * compiles it (function bodies are freed before the unit ends).  At the
 * start of a function's RTL-bound passes its GIMPLE names every type it
 * touches: member accesses, memory references, variables, parameters and
 * SSA values, through pointers and arrays.  The record goes to the stash
 * beside the assembly, in the text form gensrc's layout check reads
 * (docs/internals.md, "Layout records"):
 *
 *   struct msg { int id; long code; } used by format()
 *     -->  type struct msg 16 / member id 0 int / member code 8 long int
 *          use format struct msg
 */
#define INCLUDE_MAP
#define INCLUDE_SET
#define INCLUDE_STRING
#include "gcc-plugin.h"
#include "tree.h"
#include "function.h"
#include "basic-block.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-walk.h"
#include "langhooks.h"

#include <stdio.h>

#include "layout.h"

struct type_record {
	std::string text;	/* the "type" and "member" lines */
	bool ambiguous;		/* another type of the same name looked different */
};

static std::map<std::string, type_record> types;
static std::map<std::string, std::set<std::string> > uses;

struct function_walk {
	std::string func;
	std::set<std::string> *used;
};

static bool is_record(const_tree t)
{
	return t && (TREE_CODE(t) == RECORD_TYPE || TREE_CODE(t) == UNION_TYPE);
}

static const_tree strip_arrays(const_tree t)
{
	while (t && TREE_CODE(t) == ARRAY_TYPE)
		t = TREE_TYPE(t);
	return t;
}

static const char *decl_or_id_name(const_tree n)
{
	if (!n)
		return NULL;
	if (TREE_CODE(n) == IDENTIFIER_NODE)
		return IDENTIFIER_POINTER(n);
	if (TREE_CODE(n) != TYPE_DECL || !DECL_NAME(n))
		return NULL;
	/* C++: the qualified name with template arguments, std::vector<int> */
	if (lang_GNU_CXX())
		return lang_hooks.decl_printable_name(CONST_CAST_TREE(n), 2);
	return IDENTIFIER_POINTER(DECL_NAME(n));
}

/*
 * "struct msg", "union u", or for an anonymous type the typedef that names
 * it ("conn_t"); empty when it has no name at all.
 */
static std::string record_name(const_tree t)
{
	const_tree mv = TYPE_MAIN_VARIANT(t);
	const char *kw = TREE_CODE(mv) == UNION_TYPE ? "union " :
			 TREE_CODE(mv) == ENUMERAL_TYPE ? "enum " : "struct ";
	const char *name = decl_or_id_name(TYPE_NAME(mv));

	if (name)
		return std::string(kw) + name;
	for (const_tree v = TYPE_NEXT_VARIANT(mv); v; v = TYPE_NEXT_VARIANT(v))
		if (TYPE_NAME(v) && TREE_CODE(TYPE_NAME(v)) == TYPE_DECL && DECL_NAME(TYPE_NAME(v)))
			return IDENTIFIER_POINTER(DECL_NAME(TYPE_NAME(v)));
	return "";
}

/* A C-like name for a member's type, typedefs and qualifiers looked through */
static std::string type_string(const_tree t)
{
	char buf[64];

	if (!t)
		return "?";
	switch (TREE_CODE(t)) {
	case POINTER_TYPE:
	case REFERENCE_TYPE:
		return type_string(TREE_TYPE(t)) + " *";
	case ARRAY_TYPE: {
		std::string dims;
		const_tree a = t;

		for (; TREE_CODE(a) == ARRAY_TYPE; a = TREE_TYPE(a)) {
			const_tree d = TYPE_DOMAIN(a);

			if (d && TYPE_MAX_VALUE(d) && tree_fits_shwi_p(TYPE_MAX_VALUE(d))) {
				snprintf(buf, sizeof(buf), "[%ld]",
					 (long)tree_to_shwi(TYPE_MAX_VALUE(d)) + 1);
				dims += buf;
			} else {
				dims += "[]";
			}
		}
		return type_string(a) + dims;
	}
	case RECORD_TYPE:
	case UNION_TYPE:
	case ENUMERAL_TYPE: {
		std::string name = record_name(t);

		if (!name.empty())
			return name;
		return TREE_CODE(t) == UNION_TYPE ? "union {...}" :
		       TREE_CODE(t) == ENUMERAL_TYPE ? "enum {...}" : "struct {...}";
	}
	case FUNCTION_TYPE:
	case METHOD_TYPE:
		return "function";
	default:
		break;
	}
	if (const char *name = decl_or_id_name(TYPE_NAME(TYPE_MAIN_VARIANT(t))))
		return name;
	snprintf(buf, sizeof(buf), "%s%ld", get_tree_code_name(TREE_CODE(t)),
		 TYPE_SIZE(t) && tree_fits_shwi_p(TYPE_SIZE(t)) ? (long)tree_to_shwi(TYPE_SIZE(t)) :
								 -1L);
	return buf;
}

static void note_record(function_walk *w, const_tree t);

/*
 * The members of T at BASE bits, named PREFIX.member; the members of an
 * anonymous struct or union inside it are its own, and a named struct it
 * holds by value is recorded as well (its layout is part of T's).
 */
static void describe_fields(function_walk *w, const_tree t, const std::string &prefix, long base,
			    std::string &out)
{
	char buf[96];

	for (const_tree f = TYPE_FIELDS(t); f; f = DECL_CHAIN(f)) {
		const_tree type, inner;
		long bits;

		if (TREE_CODE(f) != FIELD_DECL || !tree_fits_shwi_p(bit_position(f)))
			continue;
		bits = base + (long)int_bit_position(f);
		type = DECL_BIT_FIELD_TYPE(f) ? DECL_BIT_FIELD_TYPE(f) : TREE_TYPE(f);
		inner = strip_arrays(type);
		if (!DECL_NAME(f)) {
			/* C11 anonymous members, C++ bases; padding bit-fields are not members */
			if (is_record(inner))
				describe_fields(w, inner, prefix, bits, out);
			continue;
		}
		std::string name = prefix + IDENTIFIER_POINTER(DECL_NAME(f));
		if (DECL_BIT_FIELD(f) && DECL_SIZE(f) && tree_fits_shwi_p(DECL_SIZE(f)))
			snprintf(buf, sizeof(buf), "%ld:%ld/%ld", bits / 8, bits % 8,
				 (long)tree_to_shwi(DECL_SIZE(f)));
		else
			snprintf(buf, sizeof(buf), "%ld", bits / 8);
		out += "member " + name + " " + buf + " " + type_string(type) + "\n";
		if (is_record(type) && record_name(type).empty())
			describe_fields(w, type, name + ".", bits, out);
		else if (is_record(inner))
			note_record(w, inner);
	}
}

/* Records T (a struct or union) as used by the function being walked */
static void note_record(function_walk *w, const_tree t)
{
	const_tree mv = TYPE_MAIN_VARIANT(t);
	std::string name, text;
	char size[32] = "variable";

	if (!COMPLETE_TYPE_P(mv))
		return;		/* incomplete here: nothing to compare */
	name = record_name(mv);
	if (name.empty() || w->used->count(name))
		return;		/* anonymous (described inside its user), or done */
	w->used->insert(name);
	if (TYPE_SIZE_UNIT(mv) && tree_fits_uhwi_p(TYPE_SIZE_UNIT(mv)))
		snprintf(size, sizeof(size), "%lu", (unsigned long)tree_to_uhwi(TYPE_SIZE_UNIT(mv)));
	text = "type " + name + " " + size + "\n";
	describe_fields(w, mv, "", 0, text);

	std::map<std::string, type_record>::iterator it = types.find(name);
	if (it == types.end())
		types[name] = type_record{ text, false };
	else if (it->second.text != text)
		it->second.ambiguous = true;
}

/* Any type: the struct or union behind its pointers and arrays */
static void note_type(function_walk *w, const_tree t)
{
	while (t && (POINTER_TYPE_P(t) || TREE_CODE(t) == ARRAY_TYPE))
		t = TREE_TYPE(t);
	if (is_record(t))
		note_record(w, t);
}

static tree visit_operand(tree *tp, int *walk_subtrees, void *data)
{
	function_walk *w = (function_walk *)((struct walk_stmt_info *)data)->info;
	tree t = *tp;

	if (TYPE_P(t)) {
		*walk_subtrees = 0;
		return NULL_TREE;
	}
	if (TREE_CODE(t) == COMPONENT_REF)
		note_type(w, DECL_CONTEXT(TREE_OPERAND(t, 1)));
	else if (TREE_CODE(t) == MEM_REF || TREE_CODE(t) == TARGET_MEM_REF)
		note_type(w, TREE_TYPE(TREE_OPERAND(t, 1)));	/* the access's pointer type */
	if (TREE_TYPE(t))
		note_type(w, TREE_TYPE(t));
	return NULL_TREE;
}

void layout_record_function(void)
{
	function_walk w;
	basic_block bb;
	unsigned ix;
	tree var;

	if (!cfun || !current_function_decl || !cfun->cfg)
		return;
	w.func = IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(current_function_decl));
	if (!w.func.empty() && w.func[0] == '*')
		w.func.erase(0, 1);
	w.used = &uses[w.func];
	if (DECL_RESULT(current_function_decl))
		note_type(&w, TREE_TYPE(DECL_RESULT(current_function_decl)));
	for (tree arg = DECL_ARGUMENTS(current_function_decl); arg; arg = DECL_CHAIN(arg))
		note_type(&w, TREE_TYPE(arg));
	FOR_EACH_LOCAL_DECL(cfun, ix, var)
		note_type(&w, TREE_TYPE(var));
	FOR_EACH_BB_FN(bb, cfun) {
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			struct walk_stmt_info wi;

			/* debug statements exist only with -g: both builds must agree */
			if (is_gimple_debug(stmt))
				continue;
			memset(&wi, 0, sizeof(wi));
			wi.info = &w;
			walk_gimple_op(stmt, visit_operand, &wi);
		}
	}
}

char *layout_text(size_t *len)
{
	std::string text = "libcare-layout 1\n";
	char *out;

	for (std::map<std::string, type_record>::iterator it = types.begin(); it != types.end();
	     ++it)
		text += it->second.ambiguous ? "ambiguous " + it->first + "\n" : it->second.text;
	for (std::map<std::string, std::set<std::string> >::iterator f = uses.begin();
	     f != uses.end(); ++f)
		for (std::set<std::string>::iterator t = f->second.begin(); t != f->second.end(); ++t)
			text += "use " + f->first + " " + *t + "\n";
	out = (char *)xmalloc(text.size() + 1);
	memcpy(out, text.c_str(), text.size() + 1);
	*len = text.size();
	return out;
}
