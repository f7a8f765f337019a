#!/bin/bash
# Submits a batch to Slurm: an array of N shard tasks, then their merge once all ended well.
# Prints the two job ids.
#
#   pipelines/slurm/submit.sh N WORK INPUT... [-- EXTRACT_OPTIONS]
#
# Options for sbatch itself (partition, account, time limit) go in its SBATCH_* variables;
# CPUS_PER_TASK (default 2) sets each shard's cores, which become its --jobs. E.g.
#   SBATCH_PARTITION=compute SBATCH_ACCOUNT=lt200xxx CPUS_PER_TASK=128 \
#     pipelines/slurm/submit.sh 16 /scratch/ita /project/ita-scans
# The jobs run in the current folder (relative INPUTs and WORK stay valid; their logs land
# here). The merged records appear in WORK/records, the store in WORK/records.db.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 N WORK INPUT... [-- EXTRACT_OPTIONS]" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
shards=$1
work=$2
shift 2
mkdir -p "$work"
array=$(sbatch --parsable --array="1-$shards" --cpus-per-task="${CPUS_PER_TASK:-2}" \
  "$here/extract_shard.sbatch" "$shards" "$work" "$@")
array=${array%%;*}  # "ID;CLUSTER" on a federation
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  "$here/merge.sbatch" "$work" "$shards")
echo "shards: job $array (array 1-$shards); merge: job ${merge%%;*}"
