#!/bin/bash
# Launch-time benchmark: median of N launches (default 5) to a painted workbench window, for Techserv Workbench
# and for a bare RCP shell built from the same target (./mvnw -Pbench -DskipTests verify builds both).
# Each launch runs on a workspace that has been started once before (warm-up round not counted), starts the JVM
# directly on the Equinox launcher jar (no script overhead; the techserv script adds its own figure) and ends when
# the window reports TECHSERV_WINDOW_OPEN; then the window is closed through the window manager (wmctrl).
# Needs a display (DISPLAY, e.g. Xvfb with openbox).
# Prints one line per product and the ratio; figures go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
JAVA_HOME=$(releng/scripts/java-home)
java="$JAVA_HOME/bin/java"
techserv=releng/org.techserv.product/target/products/org.techserv.product.workbench/linux/gtk/x86_64/techserv
bare=releng/bench/org.techserv.bench.product/target/products/org.techserv.bench.product.bareshell/linux/gtk/x86_64/bareshell
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# one launch: prints milliseconds from spawn to the window-open line
launch() { # install-dir window-title workspace [command...]
	local install=$1 title=$2 workspace=$3
	shift 3
	local out="$work/out.$$" start end pid
	: >"$out"
	start=$(date +%s%N)
	if [ $# -gt 0 ]; then
		TECHSERV_VM_ARGS=-Dtechserv.launchTimer=true "$@" -data "$workspace" >"$out" 2>&1 &
	else
		"$java" -Dtechserv.launchTimer=true -jar "$install"/plugins/org.eclipse.equinox.launcher_*.jar \
			-install "$install" -data "$workspace" >"$out" 2>&1 &
	fi
	pid=$!
	for _ in $(seq 1 1200); do
		if grep -q TECHSERV_WINDOW_OPEN "$out"; then
			end=$(date +%s%N)
			break
		fi
		sleep 0.01
	done
	# Close like a user (the window manager's close button), so the next start finds a cleanly shut down
	# workspace and database; without wmctrl, terminate.
	if ! { command -v wmctrl >/dev/null && wmctrl -c "$title" 2>/dev/null; }; then
		pkill -TERM -P "$pid" 2>/dev/null || true
		kill -TERM "$pid" 2>/dev/null || true
	fi
	wait "$pid" 2>/dev/null || true
	if [ -z "${end:-}" ]; then
		echo "no window within 12 s; output:" >&2
		cat "$out" >&2
		exit 1
	fi
	echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

report() { # label times...
	local label=$1 m
	shift
	m=$(printf '%s\n' "$@" | median)
	printf '%-28s median %5d ms   runs: %s\n' "$label" "$m" "$*" >&2
	echo "$m"
}

echo "launch to painted window, $runs runs each after one warm-up, interleaved, $(nproc) cores, $("$java" -version 2>&1 | head -n 1)" >&2
# Runs are interleaved (bare, techserv, script, bare, ...) so that drift in machine speed hits all three alike.
bare_times=() techserv_times=() script_times=()
for i in $(seq 0 "$runs"); do
	tb=$(launch "$bare" "Bare RCP shell" "$work/ws-bare")
	tt=$(launch "$techserv" "Techserv Workbench" "$work/ws-techserv")
	ts=$(launch "$techserv" "Techserv Workbench" "$work/ws-script" "$techserv/techserv")
	if [ "$i" -gt 0 ]; then # run 0 is the warm-up that creates the workspaces (and the database)
		bare_times+=("$tb") techserv_times+=("$tt") script_times+=("$ts")
	fi
done
b=$(report bare-rcp-shell "${bare_times[@]}")
t=$(report techserv-workbench "${techserv_times[@]}")
s=$(report techserv-via-script "${script_times[@]}")
awk -v t="$t" -v b="$b" -v s="$s" 'BEGIN {printf "ratio techserv/bare: %.2f   (via the techserv script: %.2f)\n", t/b, s/b}' >&2
