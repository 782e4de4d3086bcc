/* Parses with a negative length every 100 ms and says what expat did:
 * a fixed expat refuses it (CVE-2024-45490). */
#include <stdio.h>
#include <unistd.h>
#include <expat.h>

int main(void)
{
	for (;;) {
		XML_Parser p = XML_ParserCreate(NULL);

		if (!p || !XML_GetBuffer(p, 16))
			return 1;
		if (XML_ParseBuffer(p, -1, 1) == XML_STATUS_ERROR)
			printf("negative length: %s\n", XML_ErrorString(XML_GetErrorCode(p)));
		else
			printf("negative length: parsed\n");
		fflush(stdout);
		XML_ParserFree(p);
		usleep(100000);
	}
}
