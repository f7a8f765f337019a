# Background jobs with a limit, sourced by evaluate.sh and train.sh. A job's failure is not lost
# in the throttle: wait_jobs waits for every job started and stops at the first that failed,
# naming it.
#
#   start_job LIMIT NAME COMMAND...   # runs COMMAND in the background, at most LIMIT at once
#   wait_jobs PROGRAM [HINT]          # "PROGRAM: NAME failed; HINT" and exit 1 on a failure

job_pids=()
job_names=()

start_job() {
  (($(jobs -rp | wc -l) < $1)) || wait -n || true  # its status is kept for wait_jobs
  "${@:3}" &
  job_pids+=($!)
  job_names+=("$2")
}

wait_jobs() {
  local i
  for i in "${!job_pids[@]}"; do
    wait "${job_pids[$i]}" || { echo "$1: ${job_names[$i]} failed${2:+; $2}" >&2; exit 1; }
  done
  job_pids=()
  job_names=()
}
