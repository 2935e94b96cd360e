// The worker's schedule and time zone, checked when the config is read, with the same parser the
// worker uses (node-cron), so a config that loads is a config whose worker starts.
import cron from 'node-cron';

const FIELD_NAMES: Record<string, string> = {
  second: 'seconds',
  minute: 'minutes',
  hour: 'hours',
  dayOfMonth: 'day of month',
  month: 'month',
  dayOfWeek: 'day of week',
};

/** Why a cron expression cannot run, or null when it can. */
export function scheduleProblem(expression: string): string | null {
  const result = cron.validateDetailed(expression);
  if (result.valid) return null;
  const first = result.errors[0];
  if (!first) return `not a cron expression: "${expression}"`;
  if (first.field === 'expression') return `not a cron expression ("${expression}"): ${first.message}; e.g. "*/15 * * * *"`;
  return `"${expression}": ${first.value} is not a valid value for the ${FIELD_NAMES[first.field] ?? first.field} field`;
}

/** Why a time zone is unknown (to the worker's scheduler and to Intl), or null when it is known. */
export function timezoneProblem(tz: string): string | null {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    return `unknown time zone "${tz}" (an IANA name such as UTC or Asia/Manila)`;
  }
  try {
    // node-cron checks the zone when a task is made; make one that never starts.
    const task = cron.createTask('0 0 1 1 *', () => undefined, { timezone: tz });
    void task.destroy();
  } catch {
    return `unknown time zone "${tz}" (an IANA name such as UTC or Asia/Manila)`;
  }
  return null;
}

/**
 * The worker's runs from now: `at(notBefore)` is its first scheduled run at or after `notBefore`
 * (now when null), which is when a feed that is waiting (backoff, Cache-Control) is polled again.
 * Null when none is found within 2000 runs. The runs are worked out once, for all the feeds.
 */
export function scheduledRuns(schedule: string, timezone: string, now = new Date()): { at(notBefore: Date | null): Date | null } {
  let runs: Date[] = [];
  let computed = 0;
  const more = (count: number) => {
    let task: ReturnType<typeof cron.createTask>;
    try {
      task = cron.createTask(schedule, () => undefined, { timezone });
    } catch {
      return;
    }
    runs = task.getNextRuns(count);
    computed = count;
    void task.destroy();
  };
  return {
    at(notBefore) {
      const from = Math.max(now.getTime(), notBefore?.getTime() ?? 0);
      // Few runs first (most feeds wait for the next one): working out runs costs a page render time.
      for (const count of [4, 32, 256, 2000]) {
        if (computed < count) more(count);
        const found = runs.find((d) => d.getTime() >= from);
        if (found) return found;
      }
      return null;
    },
  };
}
