#!/bin/sh
# slurm_test.sh ITAPIPE SOURCE_DIR: a one-node Slurm cluster of its own (munged, slurmctld,
# slurmd from Debian's munge and slurm-wlm, with its own key, socket, ports and folders in a
# temporary folder, all stopped on exit) runs pipelines/slurm/submit.sh: a four-task array
# over samples/ and the dependent merge, whose output must equal one run's byte for byte.
# Exit 77 (skipped) only when the Slurm or MUNGE programs are not installed.
# Text layers only (--no-ocr): OCR of the scans would take minutes on a small machine, and
# what this tests (shards, array, dependency, merge) does not depend on how a file is read.
set -u
PATH=$PATH:/usr/sbin:/sbin
for program in munged slurmctld slurmd sbatch squeue sinfo scontrol scancel; do
  if ! command -v "$program" >/dev/null; then
    echo "slurm_test: SKIP: $program is not installed (apt-get install slurm-wlm munge)"
    exit 77
  fi
done
# Absolute: the jobs run from the test's own folder.
itapipe=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$(cd "$2" && pwd)
dir=$(mktemp -d)
chmod 755 "$dir"
fail() {
  echo "slurm_test: $*" >&2
  for log in slurmctld.log slurmd.log munged.log; do
    [ -f "$dir/$log" ] && { echo "--- $log" >&2; tail -n 15 "$dir/$log" >&2; }
  done
  exit 1
}
pids=""
stop() {
  if [ -n "$pids" ]; then
    scancel --quiet --user "$(id -un)" 2>/dev/null
    for pid in $pids; do kill "$pid" 2>/dev/null; done
    sleep 1
    for pid in $pids; do kill -9 "$pid" 2>/dev/null; done
    [ -n "${watchdog:-}" ] && kill -9 "$watchdog" 2>/dev/null  # it ignores TERM
    wait 2>/dev/null
  fi
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 1' INT TERM HUP PIPE

# Two free TCP ports: asked of the kernel, so that parallel tests and real clusters coexist.
ports=$(python3 -c 'import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(" ".join(str(x.getsockname()[1]) for x in s))')
ctld_port=${ports% *}
slurmd_port=${ports#* }
host=$(hostname -s)
user=$(id -un)

start_munge() {
  mkdir -m 755 "$dir/munge"
  dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 2>/dev/null
  chmod 400 "$dir/munge/munge.key"
  munged --foreground --force --socket="$dir/munge/socket" --key-file="$dir/munge/munge.key" \
    --log-file="$dir/munged.log" --pid-file="$dir/munge/munged.pid" \
    --seed-file="$dir/munge/seed" >>"$dir/munged.log" 2>&1 &
  pids="$pids $!"
}

write_config() {
  mkdir -p "$dir/state" "$dir/spool"
  : >"$dir/plugstack.conf"
  cat >"$dir/slurm.conf" <<CONF
ClusterName=itapipetest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=$user
SlurmdUser=$user
AuthType=auth/munge
AuthInfo=socket=$dir/munge/socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
PlugStackConfig=$dir/plugstack.conf
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SlurmdParameters=config_overrides
MpiDefault=none
ReturnToService=2
MinJobAge=600
NodeName=$host NodeAddr=127.0.0.1 CPUs=4 State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
}

# Waits up to $1 seconds for the command after it to succeed.
wait_for() {
  seconds=$1
  shift
  while ! "$@" >/dev/null 2>&1; do
    seconds=$((seconds - 1))
    [ "$seconds" -gt 0 ] || return 1
    sleep 1
  done
}

node_idle() { sinfo -h -o %T | grep -q '^idle'; }
queue_empty() { [ -z "$(squeue -h -o %i)" ]; }

start_munge
wait_for 10 test -S "$dir/munge/socket" || fail "munged did not start"
write_config
export SLURM_CONF="$dir/slurm.conf"
slurmctld -D -i -f "$SLURM_CONF" >>"$dir/slurmctld.log" 2>&1 &
pids="$pids $!"
slurmd -D -N "$host" -f "$SLURM_CONF" >>"$dir/slurmd.log" 2>&1 &
pids="$pids $!"
# Killed outright (a ctest timeout), the test runs no trap: a watchdog then stops the daemons
# once the test's shell is gone.
(
  trap '' HUP INT TERM
  while kill -0 $$ 2>/dev/null; do sleep 1; done
  for pid in $pids; do kill -9 "$pid"; done
  rm -rf "$dir"
) >/dev/null 2>&1 &
watchdog=$!
wait_for 60 node_idle || fail "the node did not become idle: $(sinfo 2>&1)"

# The reference: one run over every input.
"$itapipe" extract "$source_dir/samples" --out "$dir/whole" --store "$dir/whole.db" --jobs 2 \
  --no-ocr --quiet >/dev/null 2>&1
[ $? -eq 3 ] || fail "the single run did not finish with status 3"

cd "$dir" || fail "no $dir"
ITAPIPE=$itapipe bash "$source_dir/pipelines/slurm/submit.sh" 4 "$dir/work" \
  "$source_dir/samples" -- --no-ocr >"$dir/submitted" 2>&1 || fail "submit: $(cat "$dir/submitted")"
merge_job=$(sed -n 's/.*merge: job \([0-9]*\).*/\1/p' "$dir/submitted")
wait_for 300 queue_empty || fail "the jobs did not end in 300 s: $(squeue 2>&1)"
state=$(scontrol show job "$merge_job" 2>&1 | tr ' ' '\n' | grep -E '^(JobState|ExitCode)=' | tr '\n' ' ')
case $state in
  *JobState=COMPLETED*ExitCode=0:0*) ;;
  *) fail "the merge job ended with $state; $(cat "$dir"/itapipe-*.out 2>/dev/null)" ;;
esac

for f in reports.csv indicators.csv measures.csv records.jsonl .itapipe-manifest.json; do
  cmp -s "$dir/whole/$f" "$dir/work/records/$f" || fail "merged $f differs from the single run's"
done
if command -v sqlite3 >/dev/null; then
  sqlite3 "$dir/whole.db" .dump | sort >"$dir/whole.sql"
  sqlite3 "$dir/work/records.db" .dump | sort >"$dir/merged.sql"
  cmp -s "$dir/whole.sql" "$dir/merged.sql" || fail "the merged store holds other rows"
fi
echo "slurm_test: ok (4 array tasks and a dependent merge on a one-node Slurm)"
