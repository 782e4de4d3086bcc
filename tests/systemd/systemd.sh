#!/usr/bin/env bash
# systemd.sh: the units LibCare ships pass systemd-analyze verify (which
# needs no running systemd: PID 1 here is not systemd), and the drop-in
# libcare-service-dropin writes wraps a service's command lines so that
# what systemd would run starts the program patched before main.
# LIBCARE_UNITS names the build's unit directory (build/systemd).
. "$(dirname "$0")/../e2e/lib.sh"
lc_need_root
here=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/systemd
rm -rf "$work"
mkdir -p "$work/units" "$work/root/libcare-patch-prog-0001"
command -v systemd-analyze >/dev/null ||
	{ echo "SKIP: systemd-analyze is not installed (package systemd)" >&2; exit 77; }

# verify UNIT...: systemd-analyze verify over $work/units finds nothing to say.
verify() {
	local status=0
	SYSTEMD_UNIT_PATH=$work/units: systemd-analyze verify --man=no "$@" >"$work/verify.out" 2>&1 ||
		status=$?
	[ "$status" = 0 ] && [ ! -s "$work/verify.out" ] ||
		{ cat "$work/verify.out" >&2; lc_fail "systemd-analyze verify $* (status $status)"; }
}

# the watcher's unit, as built (naming build/bin/libcare-ctl)
cp "$LIBCARE_UNITS/libcare.service" "$work/units/"
verify libcare.service
grep -qx "ExecStart=$LIBCARE_BIN/libcare-ctl watch -d /var/lib/libcare/patches" "$work/units/libcare.service" ||
	lc_fail "libcare.service does not run the watcher on the patch root"
# systemd-analyze does catch a broken unit: the check above can fail
sed 's|libcare-ctl watch|libcare-ctl-missing watch|' "$work/units/libcare.service" >"$work/units/broken.service"
! SYSTEMD_UNIT_PATH=$work/units: systemd-analyze verify --man=no broken.service >/dev/null 2>&1 ||
	lc_fail "systemd-analyze verify accepts a unit whose program does not exist"
rm "$work/units/broken.service"

# a service of the user's, with an argument and systemd's '-' prefix
lc_build_patch "$here/../run/prog" "$work" "-O2" ""
cp "$work/prog.kpatch" "$work/root/libcare-patch-prog-0001/$(lc_build_id "$work/prog").kpatch"
cat >"$work/units/lcdemo.service" <<UNIT
[Unit]
Description=a LibCare test service

[Service]
Type=notify
ExecStart=-$work/prog \\
	hello
UNIT
verify lcdemo.service
libcare-service-dropin -d "$work/root" --unit-path "$work/units" --output "$work/units" lcdemo \
	>"$work/dropin.out" 2>&1 || { cat "$work/dropin.out" >&2; lc_fail "libcare-service-dropin failed"; }
conf=$work/units/lcdemo.service.d/libcare.conf
[ -f "$conf" ] || lc_fail "no $conf"
grep -q "^wrote $conf" "$work/dropin.out" || lc_fail "it does not say what it wrote: $(cat "$work/dropin.out")"
verify lcdemo.service
[ "$(grep -c '^ExecStart=' "$conf")" = 2 ] || { cat "$conf" >&2; lc_fail "expected ExecStart= reset and one command"; }
grep -qx "NotifyAccess=all" "$conf" || lc_fail "a notify service's drop-in lets the program notify"
# what systemd would run: the wrapped command line, prefix taken off
line=$(sed -n 's/^ExecStart=-\(.\+\)$/\1/p' "$conf")
[ -n "$line" ] || { cat "$conf" >&2; lc_fail "the '-' prefix was not kept in front"; }
status=0
read -ra words <<<"$line"
timeout 30 "${words[@]}" >"$work/out" 2>"$work/err" || status=$?
[ "$status" = 12 ] || { cat "$work/out" "$work/err" >&2; lc_fail "the wrapped service exited with $status, not 12"; }
[ "$(cat "$work/out")" = "$(printf 'early=2\ncompute=42\narg1=hello')" ] ||
	{ cat "$work/out" >&2; lc_fail "the wrapped service did not run patched from the start"; }

# --print writes nothing; a second run replaces the drop-in, not stacks it
libcare-service-dropin -d "$work/root" --unit-path "$work/units" --output "$work/units" --print lcdemo \
	>"$work/printed" || lc_fail "--print failed"
cmp -s "$work/printed" "$conf" || lc_fail "--print differs from what was written"
libcare-service-dropin -d "$work/root" --unit-path "$work/units" --output "$work/units" lcdemo >/dev/null ||
	lc_fail "writing the drop-in again failed"
[ "$(grep -c '^ExecStart=' "$conf")" = 2 ] || { cat "$conf" >&2; lc_fail "the drop-in wrapped itself"; }

# '@' (argv[0] of its own) cannot pass through run: refused, nothing written
printf '[Service]\nExecStart=@%s myname\n' "$work/prog" >"$work/units/lcargv0.service"
status=0
libcare-service-dropin --unit-path "$work/units" --output "$work/units" lcargv0 >"$work/out" 2>"$work/err" ||
	status=$?
[ "$status" = 1 ] || lc_fail "an '@' command line: status $status, not 1"
lc_expect_refusal "$work/err" 1
[ ! -e "$work/units/lcargv0.service.d" ] || lc_fail "a refused unit got a drop-in"
status=0
libcare-service-dropin --unit-path "$work/units" --output "$work/units" no-such-unit >/dev/null 2>"$work/err" ||
	status=$?
[ "$status" = 1 ] || lc_fail "a missing unit: status $status, not 1"

libcare-service-dropin --output "$work/units" --remove lcdemo >/dev/null || lc_fail "--remove failed"
[ ! -e "$conf" ] && [ ! -e "$work/units/lcdemo.service.d" ] || lc_fail "--remove left the drop-in"
verify lcdemo.service
echo "PASS: systemd units"
