/*
 * main() for a fuzz target built without libFuzzer: runs every file named
 * on the command line through it once, so that ctest replays a corpus.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		uint8_t *data;
		long size;

		if (!f || fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
			fprintf(stderr, "%s: cannot read\n", argv[i]);
			return 1;
		}
		data = malloc(size ? size : 1);
		if (!data || fread(data, 1, size, f) != (size_t)size) {
			fprintf(stderr, "%s: cannot read\n", argv[i]);
			return 1;
		}
		fclose(f);
		LLVMFuzzerTestOneInput(data, size);
		free(data);
	}
	printf("%d inputs replayed\n", argc - 1);
	return 0;
}
