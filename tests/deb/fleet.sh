# deb.fleet: samples/fleet/patch.yml run by Ansible against this machine
# (connection local).  fleet/fleetdemo is a Debian source package; its
# binary package is installed and its program runs, as a service on a
# fleet's hosts does; libcare-pkgbuild --deb makes the patch package from
# fleet/fix.patch.  From a directory of .deb files (the patch package,
# libcare, fleetdemo) the playbook installs the patch package, whose
# postinst patches the running program, and writes a report that lists
# it.  A second run changes nothing; removing the package unpatches the
# program.  Everything the test installed goes away at the end.
source "$(dirname "$0")/../e2e/lib.sh"
source "$(dirname "$0")/lib.sh"
if [ "$(id -u)" != 0 ]; then
	echo "SKIP: the playbook installs packages and needs root" >&2
	exit 77
fi
: "${LIBCARE_SRC:?}"
command -v ansible-playbook >/dev/null || lc_fail "ansible-playbook is missing (make deps installs ansible)"
/usr/bin/python3 -c 'import apt' 2>/dev/null || lc_fail "python3-apt is missing (Ansible's apt module needs it)"
deb=$(deb_package)
work=$LIBCARE_DEB_WORK/fleet
pkg=libcare-patch-fleetdemo-0001
source_file=/etc/apt/sources.list.d/libcare-fleet-test.list
for p in fleetdemo "$pkg"; do
	[ -z "$(deb_status "$p")" ] || lc_fail "$p is installed already: not this test's to touch"
done
[ ! -e "$source_file" ] || lc_fail "$source_file exists already: not this test's to touch"
rm -rf "$work"
mkdir -p "$work/debs"
had_libcare=$(deb_status libcare)
held=$(apt-mark showhold libexpat1)

cleanup() {
	local p
	lc_cleanup
	for p in "$pkg" fleetdemo; do
		[ -z "$(deb_status "$p")" ] || "${deb_apt[@]}" purge "$p" >>"$work/cleanup.log" 2>&1 || true
	done
	if [ -z "$had_libcare" ] && [ -n "$(deb_status libcare)" ]; then
		"${deb_apt[@]}" purge libcare >>"$work/cleanup.log" 2>&1 || true
	fi
	deb_restore_over "$work/saved"
	rm -f "$source_file"
	# the lists apt made of the repository (file: sources keep no other trace)
	rm -f /var/lib/apt/lists/"$(tr / _ <<<"$work")"_repo_._*
	[ -n "$held" ] || apt-mark unhold libexpat1 >/dev/null
}
trap cleanup EXIT
# the archive may not serve the image's libexpat1 any more: apt must never
# move it
apt-mark hold libexpat1 >/dev/null

# the package as Debian would ship it, then its patch package
src=$work/src/fleetdemo-1.0
mkdir -p "$work/src"
cp -r "$(dirname "$0")/fleet/fleetdemo" "$src"
(cd "$src" && dpkg-buildpackage -b -uc -us >"$work/plain.log" 2>&1) ||
	{ tail -20 "$work/plain.log" >&2; lc_fail "dpkg-buildpackage of fleetdemo failed"; }
shipped=$work/src/fleetdemo_1.0_amd64.deb
(cd "$src" && libcare-pkgbuild --deb -i 0001 --against "$shipped" "$(realpath "$(dirname "$0")")/fleet/fix.patch" \
	>"$work/pkgbuild.log" 2>&1) || { tail -20 "$work/pkgbuild.log" >&2; lc_fail "libcare-pkgbuild --deb failed"; }
set -- "$work/src/${pkg}"_*.deb
[ -f "$1" ] || lc_fail "libcare-pkgbuild wrote no $pkg package"
patch_deb=$1
dpkg-deb -x "$shipped" "$work/shipped"
bid=$(lc_build_id "$work/shipped/usr/bin/fleetdemo")
dir=/var/lib/libcare/patches/$pkg
dpkg-deb -c "$patch_deb" | grep -q " \.$dir/$bid\.kpatch$" || lc_fail "$pkg does not hold $dir/$bid.kpatch"
# what a fleet's controller holds: the patch package, and the packages it
# needs that a host may lack
cp "$patch_deb" "$shipped" "$deb" "$work/debs/"
[ -n "$had_libcare" ] || deb_save_over "$deb" "$work/saved"

# the service runs on the host before the patch arrives
"${deb_apt[@]}" --no-upgrade install "$shipped" >"$work/install-fleetdemo.log" 2>&1 ||
	{ cat "$work/install-fleetdemo.log" >&2; lc_fail "installing fleetdemo failed"; }
lc_start "$work/patient.out" /usr/bin/fleetdemo
patient=$lc_pid
lc_wait_for "$work/patient.out" 0 "fleet: unpatched"

cat >"$work/inventory" <<INV
[fleet]
localhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3
INV
export ANSIBLE_HOME=$work/ansible-home ANSIBLE_LOCAL_TEMP=$work/ansible-tmp \
	ANSIBLE_REMOTE_TEMP=$work/ansible-tmp ANSIBLE_NOCOLOR=1 ANSIBLE_RETRY_FILES_ENABLED=0 \
	ANSIBLE_STDOUT_CALLBACK=default
play() {
	ansible-playbook -i "$work/inventory" "$LIBCARE_SRC/samples/fleet/patch.yml" \
		-e libcare_packages="$work/debs" -e libcare_repo="$work/repo" \
		-e libcare_apt_source="$source_file" -e libcare_patch_package="$pkg" \
		-e libcare_report="$work/report.json" >"$work/$1.log" 2>&1 ||
		{ tail -30 "$work/$1.log" >&2; lc_fail "the playbook failed ($1 run)"; }
	recap=$(grep -E '^localhost +:' "$work/$1.log") || lc_fail "no recap in $work/$1.log"
	echo "$1 run: $recap"
}

size=$(lc_size "$work/patient.out")
play first
grep -qE 'changed=[1-9].*failed=0' <<<"$recap" || lc_fail "the first run changed nothing or failed"
[ "$(deb_status "$pkg")" = "install ok installed" ] || lc_fail "$pkg is not installed: $(deb_status "$pkg")"
[ -f "$dir/$bid.kpatch" ] || lc_fail "$dir/$bid.kpatch is missing"
lc_wait_for "$work/patient.out" "$size" "fleet: patched by its package"
# the postinst said what it did to the patient, and the playbook shows it
grep -qE "pid $patient: fleetdemo: patch fleetdemo-0001 level 1 applied" "$work/first.log" ||
	lc_fail "the playbook output does not show the patient patched"
lc_alive "$patient"

# the report: this host, the patient, its patch, for the package's BuildID
python3 - "$work/report.json" "$patient" "$bid" <<'PY' || lc_fail "the report does not list the patched patient"
import json, sys
report = json.load(open(sys.argv[1]))
pid, bid = int(sys.argv[2]), sys.argv[3]
procs = report["localhost"]
mine = [p for p in procs if p["pid"] == pid]
assert mine, f"pid {pid} not among {[p['pid'] for p in procs]}"
patch = mine[0]["patches"][0]
assert patch["build_id"] == bid and patch["patch_id"] == "fleetdemo-0001" and patch["state"] == "applied", patch
assert patch["path"] == "/usr/bin/fleetdemo", patch
print(f"report: pid {pid} {patch['target']} patch {patch['patch_id']} {patch['state']}")
PY

play second
grep -qE 'changed=0 .*failed=0' <<<"$recap" || lc_fail "the second run changed something: $recap"
tail -c +"$((size + 1))" "$work/patient.out" | tail -1 | grep -qxF "fleet: patched by its package" ||
	lc_fail "the patient is no longer patched after the second run"

# removing the package takes the patch off the running patient
size=$(lc_size "$work/patient.out")
"${deb_apt[@]}" purge "$pkg" >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; lc_fail "apt-get purge $pkg failed"; }
lc_wait_for "$work/patient.out" "$size" "fleet: unpatched"
lc_alive "$patient"
cleanup
trap - EXIT
set -- /var/lib/apt/lists/*"$(tr / _ <<<"$work")"*
[ ! -e "$1" ] || lc_fail "apt's lists keep $1"
[ ! -e "$source_file" ] || lc_fail "$source_file is left"
[ -n "$had_libcare" ] || [ -z "$(deb_status libcare)" ] || lc_fail "libcare is left installed"
echo "PASS: $pkg rolled out by the playbook, reported, idempotent, removed"
