int __attribute__((noinline)) lib_version(void)
{
	return 2;
}
