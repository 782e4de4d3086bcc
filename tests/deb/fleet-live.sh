# deb.fleet's live part, pid 1 of its own PID namespace: the service runs,
# the playbook installs its patch package twice (the second run changes
# nothing), the report lists it, level 2 in the repository and a run with
# libcare_patch_state=latest upgrade it, removing the package unpatches it.
source "$(dirname "$0")/../e2e/lib.sh"
source "$(dirname "$0")/lib.sh"

# svc_start: the service, lc_pid; svc_state: level1, level2 or unpatched,
# as a client of the service sees it
case $case in
fleetdemo)
	svc_start() {
		lc_start "$work/service.out" "$service"
		lc_wait_for "$work/service.out" 0 "fleet: unpatched"
	}
	svc_state() {
		local size
		size=$(lc_size "$work/service.out")
		sleep 0.2
		case $(tail -c +"$((size + 1))" "$work/service.out" | tail -1) in
		"fleet: patched, level "[12]) echo "level$(tail -c 2 "$work/service.out")" ;;
		"fleet: unpatched") echo unpatched ;;
		*) echo unknown ;;
		esac
	} ;;
memcached)
	port=$((30000 + RANDOM % 10000))
	svc_start() {
		local i
		lc_start "$work/service.out" "$service" -u root -l 127.0.0.1 -p "$port" -U 0 -t 2
		for i in $(seq 50); do nc -z 127.0.0.1 "$port" 2>/dev/null && break; sleep 0.1; done
	}
	# the fix adds the stat libcare_fix LEVEL to "stats"
	svc_state() {
		local s level
		s=$(printf 'stats\r\nquit\r\n' | nc -q1 127.0.0.1 "$port" | tr -d '\r')
		grep -q '^STAT pid ' <<<"$s" || { echo unknown; return; }
		level=$(awk '$2 == "libcare_fix" { print $3 }' <<<"$s")
		echo "${level:+level}${level:-unpatched}"
	} ;;
esac

svc_start
patient=$lc_pid
[ "$(svc_state)" = unpatched ] || lc_fail "the service is not unpatched at the start: $(svc_state)"

cat >"$work/inventory" <<INV
[fleet]
localhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3
INV
export ANSIBLE_HOME=$work/ansible-home ANSIBLE_LOCAL_TEMP=$work/ansible-tmp \
	ANSIBLE_REMOTE_TEMP=$work/ansible-tmp ANSIBLE_NOCOLOR=1 ANSIBLE_RETRY_FILES_ENABLED=0 \
	ANSIBLE_STDOUT_CALLBACK=default
# play NAME [ANSIBLE-ARGS...]
play() {
	local name=$1
	shift
	ansible-playbook -i "$work/inventory" "$LIBCARE_SRC/samples/fleet/patch.yml" \
		-e libcare_packages="$work/debs" -e libcare_repo="$work/repo" \
		-e libcare_apt_source="$source_file" -e libcare_patch_package="$pkg" \
		-e libcare_report="$work/report.json" "$@" >"$work/$name.log" 2>&1 ||
		{ tail -30 "$work/$name.log" >&2; lc_fail "the playbook failed ($name run)"; }
	recap=$(grep -E '^localhost +:' "$work/$name.log") || lc_fail "no recap in $work/$name.log"
	echo "$name run: $recap"
}

play first
grep -qE 'changed=[1-9].*failed=0' <<<"$recap" || lc_fail "the first run changed nothing or failed"
[ "$(deb_status "$pkg")" = "install ok installed" ] || lc_fail "$pkg is not installed: $(deb_status "$pkg")"
[ "$(svc_state)" = level1 ] || lc_fail "the service is not patched after the first run: $(svc_state)"
# the postinst said what it did to the service, and the playbook shows it
grep -qF "pid $patient: $case: patch $case-0001 level 1 applied" "$work/first.log" ||
	lc_fail "the playbook output does not show the service patched"
lc_alive "$patient"

# report LEVEL: the report lists this host, the service, its patch at
# LEVEL, for the shipped BuildID
report() {
	python3 - "$work/report.json" "$patient" "$bid" "$service" "$case-0001" "$1" <<'PY' ||
import json, sys
report = json.load(open(sys.argv[1]))
pid, bid, path, patch_id, level = int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6])
procs = report["localhost"]
mine = [p for p in procs if p["pid"] == pid]
assert mine, f"pid {pid} not among {[p['pid'] for p in procs]}"
patch = mine[0]["patches"][-1]
assert patch["build_id"] == bid and patch["patch_id"] == patch_id, patch
assert patch["state"] == "applied" and patch["path"] == path and patch["patchlevel"] == level, patch
print(f"report: pid {pid} {patch['target']} patch {patch['patch_id']} level {level} {patch['state']}")
PY
		lc_fail "the report does not list the service patched at level $1"
}
report 1

play second
grep -qE 'changed=0 .*failed=0' <<<"$recap" || lc_fail "the second run changed something: $recap"
[ "$(svc_state)" = level1 ] || lc_fail "the service is not patched after the second run"

# a higher patchlevel reaches the controller: taken with state latest
cp "$deb2" "$work/debs/"
play upgrade -e libcare_patch_state=latest
grep -qE 'changed=[1-9].*failed=0' <<<"$recap" || lc_fail "the upgrade run changed nothing"
[ "$(svc_state)" = level2 ] || lc_fail "the service is not at level 2 after the upgrade: $(svc_state)"
grep -qE "pid $patient: $case: patch $case-0001 .*level 2" "$work/upgrade.log" ||
	lc_fail "the playbook output does not show the service upgraded to level 2"
report 2
lc_alive "$patient"

# removing the package takes the patch off the running service
"${deb_apt[@]}" purge "$pkg" >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; lc_fail "apt-get purge $pkg failed"; }
grep -q "^unpatched 1 process(es)" "$work/purge.log" || { cat "$work/purge.log" >&2; lc_fail "the prerm did not unpatch the service"; }
[ "$(svc_state)" = unpatched ] || lc_fail "the service is still patched after the purge: $(svc_state)"
lc_alive "$patient"
