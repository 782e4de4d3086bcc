#!/usr/bin/env bash
# nginx from Debian's source, built with Debian's flags (./configure with
# the modules that need no more libraries).  The fix changes the `Server:`
# header, ngx_http_server_full_string, a static array that no code writes:
# only the plugin's proof that it is constant lets a patch carry the new,
# longer text.  A running master and its workers are patched under
# loopback load (curl loops), then reloaded (new workers forked from the
# patched master) and unpatched, with no failed request.
. "$(dirname "$0")/../../e2e/lib.sh"
. "$(dirname "$0")/../lib.sh"
lc_need_root
for tool in dpkg-buildflags curl; do
	command -v $tool >/dev/null || lc_fail "$tool is missing (make deps installs it)"
done
src=$(distro_source nginx)
work=$LIBCARE_WORK/nginx
rm -rf "$work"
mkdir -p "$work"
cp -a "$src" "$work/src"
file=src/http/ngx_http_header_filter_module.c
grep -q '^static u_char ngx_http_server_full_string\[\] = "Server: " NGINX_VER CRLF;' "$work/src/$file" ||
	lc_fail "this nginx source has no ngx_http_server_full_string as expected"

# the fix, as a user writes it
(
	cd "$work"
	mkdir -p a/${file%/*} b/${file%/*}
	cp "src/$file" "a/$file"
	sed 's|^\(static u_char ngx_http_server_full_string\[\] = "Server: " NGINX_VER\) CRLF;|\1 " (live-patched)" CRLF;|' \
		"src/$file" >"b/$file"
	! diff -u a/$file b/$file >server.patch
	[ -s server.patch ]
) || lc_fail "writing the fix"

cd "$work/src"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cflags="$(dpkg-buildflags --get CFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
./configure --prefix=/usr/share/nginx --with-cc-opt="$cflags" \
	--with-ld-opt="$(dpkg-buildflags --get LDFLAGS)" --without-pcre \
	--without-http_rewrite_module --without-http_gzip_module >"$work/configure.log" 2>&1 ||
	{ tail "$work/configure.log" >&2; lc_fail "./configure"; }
make -j2 >"$work/make.log" 2>&1 || { tail "$work/make.log" >&2; lc_fail "plain make"; }
cp objs/nginx "$work/nginx"
# the configured tree without the build: libcare-patch-make's original
# stage compiles every file (nginx's `make clean` would remove the
# configuration too)
find objs -name '*.o' -delete
rm objs/nginx

status=0
libcare-patch-make -i server "$work/server.patch" >"$work/kpmake.log" 2>&1 || status=$?
[ $status = 0 ] || { tail -20 "$work/kpmake.log" >&2; lc_fail "libcare-patch-make exited $status"; }
grep -q "variable 'ngx_http_server_full_string' changed; no code writes it" "$work/kpmake.log" ||
	lc_fail "the build log does not say the Server string is constant"
patch=$PWD/patchroot/$(lc_build_id "$work/nginx").kpatch
[ -f "$patch" ] || lc_fail "no patch for the plain build's BuildID: $(ls patchroot)"
cmp -s "$file" "$work/a/$file" || lc_fail "the source was left patched"

# a server on a free loopback port: a master and two workers
for ((i = 0; i < 50; i++)); do
	port=$((20000 + RANDOM % 40000))
	! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
done
run=$work/run
mkdir -p "$run/html" "$run/logs"
echo hello >"$run/html/index.html"
cat >"$run/nginx.conf" <<EOF
daemon off;
master_process on;
worker_processes 2;
user root root;
pid $run/nginx.pid;
error_log $run/logs/error.log;
events { worker_connections 256; }
http {
	access_log off;
	server { listen 127.0.0.1:$port; root $run/html; }
}
EOF
loads=()
# nginx's workers outlive a killed master: ask the master to stop them,
# then kill whatever is left, workers included
cleanup() {
	local pid procs i
	for pid in "${loads[@]}"; do kill "$pid" 2>/dev/null || true; done
	if [ -n "${lc_pid:-}" ]; then
		procs="$lc_pid $(pgrep -P "$lc_pid" | tr '\n' ' ')"
		kill -QUIT "$lc_pid" 2>/dev/null || true
		for ((i = 0; i < 50; i++)); do
			kill -0 $procs 2>/dev/null || break
			sleep 0.1
		done
		kill -9 $procs 2>/dev/null || true
	fi
	lc_cleanup
}
trap cleanup EXIT
lc_start "$work/nginx.out" "$work/nginx" -p "$run" -c "$run/nginx.conf"
for ((i = 0; i < 100; i++)); do
	curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
	sleep 0.1
done
[ $i -lt 100 ] || { cat "$run/logs/error.log" >&2; lc_fail "nginx does not answer on port $port"; }

# the Server header of every request, "000" for a failed one; each curl
# sends 20 requests on one kept-alive connection
urls=()
for ((i = 0; i < 20; i++)); do urls+=(-o /dev/null "http://127.0.0.1:$port/"); done
for n in 1 2 3 4; do
	(
		while :; do
			curl -s -w '%{http_code} %header{server}\n' "${urls[@]}" ||
				true
		done
	) >"$work/load.$n" 2>&1 &
	loads+=($!)
done
old="200 nginx/1.22.1"
new="200 nginx/1.22.1 (live-patched)"
lc_wait_for "$work/load.1" 0 "$old"

pids() {
	echo "$lc_pid"
	pgrep -P "$lc_pid"
}
[ "$(pids | wc -l)" = 3 ] || lc_fail "expected a master and two workers: $(pids | tr '\n' ' ')"
for pid in $(pids); do
	libcare-ctl -v patch -p "$pid" "$patch" >>"$work/patch.log" 2>&1 ||
		{ cat "$work/patch.log" >&2; lc_fail "patching nginx process $pid"; }
done
# once every process is patched, every answer is the new one
sleep 0.5
for n in 1 2 3 4; do
	lc_wait_for "$work/load.$n" "$(lc_size "$work/load.$n")" "$new"
done
mark=$(lc_size "$work/load.1")
sleep 1
tail -c +"$((mark + 1))" "$work/load.1" | grep -vxF "$new" | head -3 | grep . &&
	lc_fail "an answer after the patch had the old header"

# a reload forks new workers from the patched master
first_workers=$(pgrep -P "$lc_pid")
kill -HUP "$lc_pid"
for ((i = 0; i < 100; i++)); do
	gone=1
	for pid in $first_workers; do
		! kill -0 "$pid" 2>/dev/null || gone=0
	done
	[ $gone = 0 ] || [ "$(pgrep -P "$lc_pid" | wc -l)" != 2 ] || break
	sleep 0.1
done
[ $i -lt 100 ] || lc_fail "the reload did not replace the workers"
for n in 1 2 3 4; do
	mark=$(lc_size "$work/load.$n")
	lc_wait_for "$work/load.$n" "$mark" "$new"
done
mark=$(lc_size "$work/load.1")
sleep 1
tail -c +"$((mark + 1))" "$work/load.1" | grep -vxF "$new" | head -3 | grep . &&
	lc_fail "a worker forked after the patch answered with the old header"

for pid in $(pids); do
	libcare-ctl unpatch -p "$pid" -i server >>"$work/unpatch.log" 2>&1 ||
		{ cat "$work/unpatch.log" >&2; lc_fail "unpatching nginx process $pid"; }
done
sleep 0.5
for n in 1 2 3 4; do
	lc_wait_for "$work/load.$n" "$(lc_size "$work/load.$n")" "$old"
done
for pid in "${loads[@]}"; do kill "$pid"; done
wait "${loads[@]}" 2>/dev/null || true
loads=()
sleep 0.3
lc_alive "$lc_pid"

total=$(cat "$work"/load.* | wc -l)
failed=$(cat "$work"/load.* | grep -cvxF -e "$old" -e "$new" || true)
patched=$(cat "$work"/load.* | grep -cxF "$new" || true)
[ "$failed" = 0 ] || { cat "$work"/load.* | grep -vxF -e "$old" -e "$new" | sort | uniq -c >&2
	lc_fail "$failed of $total requests failed"; }
echo "PASS: nginx (Server string patched into a master and its workers, reloaded, unpatched:" \
	"$total requests, $patched with the new header, 0 failed)"
