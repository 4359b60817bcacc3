#!/usr/bin/env bash
# Cold start of the whole embedded stack against a baseline measured in the same run: the bare
# Zeebe broker from the same distribution, started the same way, until it is ready.
#
#   bench/cold-start.sh [runs]        (default 3 runs of each; builds the jar if missing)
#
# Prints seconds per run, medians, and the ratios stack / bare broker.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
. .mvn/select-jdk.sh
java="$JAVA_HOME/bin/java"
jar=web/target/omnichannel-orchestrator.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
dist="${ZEEBE_DIST:-$HOME/.cache/omnichannel-orchestrator/camunda-zeebe-8.6.0}"
if [ ! -d "$dist" ]; then
  echo "no unpacked broker at $dist: start the application once (it downloads it) or set ZEEBE_DIST" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }
wait_for() { # url, pid
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "$1"; then return 0; fi
    kill -0 "$2" 2>/dev/null || { echo "process $2 died; its log:" >&2; tail -5 "$3" >&2; return 1; }
    sleep 0.1
  done
  echo "timeout waiting for $1" >&2; return 1
}
stop() { kill -TERM "$1"; wait "$1" 2>/dev/null || true; }

bare_broker() {
  local data="$work/broker-$1" mgmt; mgmt="$(free_port)"
  local start; start="$(now)"
  ( cd "$dist" && exec env ZEEBE_BROKER_DATA_DIRECTORY="$data" ZEEBE_BROKER_NETWORK_HOST=127.0.0.1 \
      ZEEBE_BROKER_GATEWAY_NETWORK_HOST=127.0.0.1 ZEEBE_BROKER_GATEWAY_NETWORK_PORT="$(free_port)" \
      ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT="$(free_port)" ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT="$(free_port)" \
      SERVER_PORT="$(free_port)" MANAGEMENT_SERVER_PORT="$mgmt" \
      "$java" -Xmx768m -cp "config:lib/*" io.camunda.application.StandaloneBroker ) > "$work/broker-$1.log" 2>&1 &
  local pid=$!
  wait_for "http://127.0.0.1:$mgmt/actuator/health/readiness" "$pid" "$work/broker-$1.log"
  elapsed "$start" "$(now)"
  stop "$pid"
}

whole_stack() { # data dir name
  local port; port="$(free_port)"
  local start; start="$(now)"
  "$java" -jar "$jar" --server.port="$port" --orchestrator.data-dir="$work/$1" \
    --orchestrator.embedded.postgres.port=0 --orchestrator.embedded.mail.smtp-port=0 \
    --orchestrator.embedded.mail.imap-port=0 --orchestrator.embedded.zeebe.gateway-port=0 \
    --orchestrator.embedded.zeebe.command-port=0 --orchestrator.embedded.zeebe.internal-port=0 \
    --orchestrator.embedded.zeebe.rest-port=0 --orchestrator.embedded.zeebe.management-port=0 \
    > "$work/$1.log" 2>&1 &
  local pid=$!
  wait_for "http://127.0.0.1:$port/actuator/health" "$pid" "$work/$1.log"
  elapsed "$start" "$(now)"
  stop "$pid"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -a broker fresh restart
for i in $(seq 1 "$runs"); do
  broker+=("$(bare_broker "$i")")
  fresh+=("$(whole_stack "stack-$i")")
  restart+=("$(whole_stack "stack-$i")")
done
mb="$(printf '%s\n' "${broker[@]}" | median)"
mf="$(printf '%s\n' "${fresh[@]}" | median)"
mr="$(printf '%s\n' "${restart[@]}" | median)"
echo "runs: $runs   machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$java" -version 2>&1 | head -1)"
printf '%-52s %s\n' "bare Zeebe broker to ready (baseline), s:" "${broker[*]}  median $mb"
printf '%-52s %s\n' "whole stack, empty data dir, to health UP, s:" "${fresh[*]}  median $mf"
printf '%-52s %s\n' "whole stack, restart on its data, to health UP, s:" "${restart[*]}  median $mr"
printf 'ratio whole stack / bare broker: fresh %.2f, restart %.2f\n' "$(echo "$mf / $mb" | bc -l)" "$(echo "$mr / $mb" | bc -l)"
