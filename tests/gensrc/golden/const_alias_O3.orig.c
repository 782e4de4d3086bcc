/* GCC 12 at -O2 puts 2.5 inside init()'s vector constant and names it
 * `.set .LC1,.LC0+8`; the changed scale() must carry both with it. */
struct pt {
	double x, y;
};

void init(struct pt *p)
{
	p->x = 1.5;
	p->y = 2.5;
}

double scale(double v)
{
	return v * 2.5;
}
