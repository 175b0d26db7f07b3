# Shared settings of ops/neo4j/start, stop and status (sourced, not run).
#
# Environment (all optional):
#   CLAIMGRAPH_NEO4J_HOME       server home (jars, conf, data, logs); default ops/neo4j/home
#   CLAIMGRAPH_NEO4J_BOLT_PORT  Bolt port; default 7687, or a free port if 7687 is taken
#   CLAIMGRAPH_NEO4J_HTTP_PORT  HTTP port (Neo4j Browser); default 7474, or a free one
#   CLAIMGRAPH_NEO4J_AUTH       "true" (default) or "false" to switch authentication off
#   CLAIMGRAPH_NEO4J_HEAP       JVM heap, default 1g
#   CLAIMGRAPH_NEO4J_PAGECACHE  page cache, default 512m
#   CLAIMGRAPH_NEO4J_START_TIMEOUT  seconds to wait for Bolt, default 180
#   CLAIMGRAPH_NEO4J_JAVA       java executable; default $JAVA_HOME/bin/java, then java
#   CLAIMGRAPH_EXPLORER_URL     where a browser reaches `claimgraph serve`; Neo4j Browser loads
#                               ClaimGraph's style and guide from it on connecting;
#                               default http://127.0.0.1:8000
#   NEO4J_PASSWORD              password for user neo4j on first start (else generated)
#   PYTHON                      python with the neo4j driver; default .venv/bin/python

NEO4J_OPS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$NEO4J_OPS_DIR/../.." && pwd)
NEO4J_HOME_DIR=${CLAIMGRAPH_NEO4J_HOME:-$NEO4J_OPS_DIR/home}
mkdir -p "$NEO4J_HOME_DIR"
NEO4J_HOME_DIR=$(cd "$NEO4J_HOME_DIR" && pwd)

PID_FILE=$NEO4J_HOME_DIR/run/claimgraph-neo4j.pid
STATE_FILE=$NEO4J_HOME_DIR/run/claimgraph-neo4j.ports   # BOLT_PORT=, HTTP_PORT=, AUTH=
PASSWORD_FILE=$NEO4J_HOME_DIR/password
CONSOLE_LOG=$NEO4J_HOME_DIR/logs/console.log
PYTHON_BIN=${PYTHON:-$REPO_DIR/.venv/bin/python}

die() {
  echo "neo4j: $*" >&2
  exit 1
}

# The pid of the running server, or nothing.
running_pid() {
  [ -f "$PID_FILE" ] || return 0
  local pid
  pid=$(cat "$PID_FILE" 2>/dev/null || true)
  # The pid must be alive AND still be our java (pids are reused after a crash).
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
    && grep -q "CommunityEntryPoint" "/proc/$pid/cmdline" 2>/dev/null; then
    echo "$pid"
  fi
}

# Reads BOLT_PORT, HTTP_PORT and AUTH of the running (or last) server.
load_state() {
  # shellcheck disable=SC1090
  [ -f "$STATE_FILE" ] && . "$STATE_FILE"
  return 0
}

# Asks Bolt whether the server answers (the driver's verify_connectivity, no log scraping).
# Exit 0: up; 2: wrong password; 1: not (yet) reachable.
bolt_ready() {
  local uri=$1
  NEO4J_PROBE_URI=$uri NEO4J_PROBE_AUTH=${AUTH:-true} NEO4J_PROBE_PASSWORD_FILE=$PASSWORD_FILE \
    "$PYTHON_BIN" - <<'PY'
import os, sys
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

auth = None
if os.environ["NEO4J_PROBE_AUTH"] == "true":
    with open(os.environ["NEO4J_PROBE_PASSWORD_FILE"], encoding="utf-8") as f:
        auth = ("neo4j", f.read().strip())
try:
    with GraphDatabase.driver(os.environ["NEO4J_PROBE_URI"], auth=auth,
                              connection_timeout=3) as driver:
        driver.verify_connectivity()
except AuthError:
    sys.exit(2)
except Exception:
    sys.exit(1)
PY
}

# The lines a shell can source (or eval) to point ClaimGraph at the server.
# $1 = "literal" writes the password itself (for a private --env-file);
# anything else writes a command substitution reading the password file.
env_lines() {
  echo "NEO4J_URI=bolt://127.0.0.1:$BOLT_PORT"
  echo "NEO4J_DATABASE=neo4j"
  echo "CLAIMGRAPH_NEO4J_HTTP_URL=http://127.0.0.1:$HTTP_PORT"
  printf 'CLAIMGRAPH_NEO4J_HOME=%q\n' "$NEO4J_HOME_DIR"  # so stop/status find this server
  if [ "${AUTH:-true}" = "true" ]; then
    echo "NEO4J_USERNAME=neo4j"
    if [ "${1:-}" = "literal" ]; then
      printf 'NEO4J_PASSWORD=%q\n' "$(cat "$PASSWORD_FILE")"
    else
      echo "NEO4J_PASSWORD=\"\$(cat '$PASSWORD_FILE')\""
    fi
  fi
}
