# Shared by the sqlite tests: the amalgamation generated as Debian builds
# it (configure, then tclsh's scripts) and Debian's compiler flags with the
# SQLITE_* defines of its debian/rules.  Sourced after lib.sh.
for tool in dpkg-buildflags tclsh; do
	command -v $tool >/dev/null || lc_fail "$tool is missing (make deps installs it)"
done

# sqlite_amalgamation DIR: generates DIR/bld/sqlite3.c (and sqlite3.h) from
# the source in DIR
sqlite_amalgamation() {
	(
		cd "$1" && mkdir bld && cd bld &&
			../configure --with-tcl=/usr/lib/"$(dpkg-architecture -qDEB_HOST_MULTIARCH)"/tcl8.6 \
				>../configure.log 2>&1 &&
			make -s sqlite3.c >../make.log 2>&1
	) || { tail "$1/configure.log" "$1/make.log" >&2; lc_fail "generating sqlite3.c in $1"; }
}

# sqlite_flags: sets sqlite_cflags (debian/rules adds its defines to
# dpkg-buildflags' CFLAGS; libtool adds -fPIC -DPIC for the shared
# library) and sqlite_ldflags.  dpkg-buildflags maps the current directory
# in -ffile-prefix-map: call it where the compiler will run.
sqlite_flags() {
	export DEB_BUILD_MAINT_OPTIONS="hardening=+all future=+lfs"
	sqlite_cflags="$(dpkg-buildflags --get CFLAGS) $(dpkg-buildflags --get CPPFLAGS) -O2 -fno-strict-aliasing
	-DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3
	-DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1
	-DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_DBSTAT_VTAB
	-DSQLITE_ALLOW_ROWID_IN_VIEW -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1
	-DSQLITE_ENABLE_LOAD_EXTENSION -DSQLITE_ENABLE_JSON1 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS
	-DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_FTS3_TOKENIZER=1 -DSQLITE_USE_URI=1
	-DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_PREUPDATE_HOOK -DSQLITE_ENABLE_SESSION
	-DSQLITE_ENABLE_STMTVTAB -DSQLITE_MAX_VARIABLE_NUMBER=250000 -fPIC -DPIC"
	sqlite_cflags=$(echo $sqlite_cflags)
	sqlite_ldflags="$(dpkg-buildflags --get LDFLAGS) -Wl,--as-needed"
	case " $sqlite_cflags " in *" -g "*) ;; *) lc_fail "Debian's CFLAGS have no -g" ;; esac
}
