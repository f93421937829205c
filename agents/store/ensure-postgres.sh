#!/usr/bin/env bash
# ensure-postgres.sh makes sure a PostgreSQL for the tests listens on
# 127.0.0.1:5432 with trust authentication for user postgres; `make test`
# runs it before `go test`. It is idempotent: when PostgreSQL is already up
# it prints one line and exits 0. Otherwise it takes the first path that
# works and says which:
#
#   1. start the existing Debian cluster (pg_ctlcluster);
#   2. apt-get install postgresql, make its local connections trust, start it;
#   3. a throw-away cluster (initdb, trust auth, fsync off) in
#      $STEWARD_PG_DIR (default /tmp/steward-pg), run as user postgres.
#
# It never stops or reconfigures a server that is already running. Paths 1
# and 2 need root (or the cluster owner); path 3 needs the PostgreSQL binaries.
set -euo pipefail

HOST=127.0.0.1
PORT=5432
THROWAWAY_DIR=${STEWARD_PG_DIR:-/tmp/steward-pg}

log() { echo "ensure-postgres: $*"; }
die() { echo "ensure-postgres: $*" >&2; exit 1; }

is_up() {
	if command -v pg_isready >/dev/null 2>&1; then
		pg_isready -q -h "$HOST" -p "$PORT"
	else
		(exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null
	fi
}

wait_up() {
	for _ in $(seq 1 60); do
		is_up && return 0
		sleep 0.5
	done
	return 1
}

# as_root runs a command as root, through sudo when we are not root.
as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo -n "$@"
	else
		return 1
	fi
}

# newest_cluster_version prints the highest version under /etc/postgresql that has a main cluster.
newest_cluster_version() {
	[ -d /etc/postgresql ] || return 1
	local v
	v=$(find /etc/postgresql -mindepth 2 -maxdepth 2 -type d -name main -printf '%h\n' 2>/dev/null |
		xargs -r -n1 basename | sort -V | tail -n 1)
	[ -n "$v" ] && echo "$v"
}

start_debian_cluster() {
	local v=$1
	command -v pg_ctlcluster >/dev/null 2>&1 || return 1
	log "starting Debian cluster $v/main (pg_ctlcluster)"
	as_root pg_ctlcluster --skip-systemctl-redirect "$v" main start || return 1
	wait_up
}

# trust_local makes a cluster we installed ourselves accept local connections without a password.
trust_local() {
	local hba=/etc/postgresql/$1/main/pg_hba.conf
	[ -f "$hba" ] || return 1
	as_root cp "$hba" "$hba.steward-orig"
	printf '%s\n' \
		'# Written by agents/store/ensure-postgres.sh for a test machine: trust local connections.' \
		'local all all trust' \
		'host  all all 127.0.0.1/32 trust' \
		'host  all all ::1/128 trust' | as_root tee "$hba" >/dev/null
}

install_with_apt() {
	command -v apt-get >/dev/null 2>&1 || return 1
	log "installing postgresql with apt-get"
	as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || return 1
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql || return 1
	local v
	v=$(newest_cluster_version) || return 1
	trust_local "$v" || return 1
	start_debian_cluster "$v"
}

throwaway_cluster() {
	local bindir
	bindir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)
	if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then
		bindir=$(dirname "$(readlink -f "$(command -v initdb)")")
	fi
	[ -n "$bindir" ] && [ -x "$bindir/initdb" ] || return 1
	log "starting a throw-away cluster in $THROWAWAY_DIR ($bindir)"
	# PostgreSQL refuses to run as root: run it as user postgres.
	local run=()
	if [ "$(id -u)" -eq 0 ]; then
		id postgres >/dev/null 2>&1 || useradd --system --home-dir "$THROWAWAY_DIR" postgres
		mkdir -p "$THROWAWAY_DIR"
		chown postgres "$THROWAWAY_DIR"
		run=(runuser -u postgres --)
	else
		mkdir -p "$THROWAWAY_DIR"
	fi
	if [ ! -f "$THROWAWAY_DIR/PG_VERSION" ]; then
		"${run[@]}" "$bindir/initdb" -D "$THROWAWAY_DIR" -U postgres --auth=trust >/dev/null
	fi
	"${run[@]}" "$bindir/pg_ctl" -D "$THROWAWAY_DIR" -l "$THROWAWAY_DIR/server.log" -w \
		-o "-p $PORT -k $THROWAWAY_DIR -c listen_addresses=$HOST -c fsync=off" start >/dev/null
	STOP_HINT="${run[*]} $bindir/pg_ctl -D $THROWAWAY_DIR stop"
	wait_up
}

if is_up; then
	log "PostgreSQL already accepts connections on $HOST:$PORT"
	exit 0
fi

if v=$(newest_cluster_version); then
	if start_debian_cluster "$v"; then
		log "PostgreSQL $v started (Debian cluster) on $HOST:$PORT"
		exit 0
	fi
	log "could not start Debian cluster $v/main; trying a throw-away cluster"
elif install_with_apt; then
	log "PostgreSQL installed with apt-get and started on $HOST:$PORT"
	exit 0
else
	log "apt-get install failed or unavailable; trying a throw-away cluster"
fi

if throwaway_cluster; then
	log "throw-away PostgreSQL running on $HOST:$PORT (data in $THROWAWAY_DIR; stop: ${STOP_HINT# })"
	exit 0
fi

die "no PostgreSQL on $HOST:$PORT and none could be started; install postgresql, or point STEWARD_TEST_DATABASE_URL at a server (STEWARD_SKIP_POSTGRES=1 skips those tests)"
