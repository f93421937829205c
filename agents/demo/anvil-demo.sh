#!/usr/bin/env bash
# The demo agent against anvil, an external node, through the same commands a
# user runs against any node: start anvil on a free loopback port, deploy the
# demo protocols with `steward deploy` (which then keeps the market moving),
# run the agent for 60 blocks with `steward run`, verify its last transaction
# and then every guarded change with `steward verify`, and stop everything. Keys are anvil's public dev keys.
set -euo pipefail
cd "$(dirname "$0")/../.."
anvil=chain/anviltest/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil
bin=bin/steward
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

"$anvil" --host 127.0.0.1 --port "$port" --silent &
pids+=($!)
for _ in $(seq 100); do
  curl -s -o /dev/null -X POST -H 'content-type: application/json' \
    --data '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' "http://127.0.0.1:$port" && break
  sleep 0.1
done
echo "anvil on http://127.0.0.1:$port"

# anvil's well-known dev keys 0 and 1 (public test keys; never use them elsewhere).
export STEWARD_OWNER_KEY=ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
export STEWARD_AGENT_KEY=59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d
# deploy prints a line per round and transaction, keeps its progress in
# $work/agent.deploy.json (run it again to resume after a failure), then
# moves the market every 400ms with a progress line every 10 steps.
"$bin" deploy --rpc "http://127.0.0.1:$port" --config-out "$work/agent.yaml" \
  --store "sqlite://$work/agent.db" --market 400ms > "$work/deploy.log" 2>&1 &
deploy_pid=$!
pids+=("$deploy_pid")
for _ in $(seq 300); do
  grep -q "moving the market" "$work/deploy.log" 2>/dev/null && break
  if ! kill -0 "$deploy_pid" 2>/dev/null; then
    cat "$work/deploy.log"; echo "steward deploy exited before moving the market" >&2; exit 1
  fi
  sleep 0.1
done
cat "$work/deploy.log"

"$bin" run -c "$work/agent.yaml" --blocks 60 | tee "$work/run.log"
tx=$(python3 - "$work/agent.db" <<'PY'
import sqlite3, sys
row = sqlite3.connect(sys.argv[1]).execute(
    "SELECT hash FROM transactions WHERE state = 'confirmed' ORDER BY id DESC LIMIT 1").fetchone()
print("0x" + row[0].hex() if row else "")
PY
)
if [ -z "$tx" ]; then echo "no confirmed transaction to verify" >&2; exit 1; fi
# Verify as a third party would, from the node alone: the last transaction
# against the agent's store too, then every guarded change since genesis.
"$bin" verify -c "$work/agent.yaml" --with-store --tx "$tx"
"$bin" verify -c "$work/agent.yaml" --from 0
