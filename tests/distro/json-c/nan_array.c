/* Serialises [NaN, Infinity, 1.5] every 100 ms: json-c 0.16 writes NaN and
 * Infinity, which strict JSON parsers reject; the fix writes null. */
#include <math.h>
#include <stdio.h>
#include <unistd.h>
#include <json.h>

int main(void)
{
	for (;;) {
		struct json_object *a = json_object_new_array();

		json_object_array_add(a, json_object_new_double(NAN));
		json_object_array_add(a, json_object_new_double(INFINITY));
		json_object_array_add(a, json_object_new_double(1.5));
		printf("%s\n", json_object_to_json_string_ext(a, JSON_C_TO_STRING_PLAIN));
		fflush(stdout);
		json_object_put(a);
		usleep(100000);
	}
}
