/**
 * Runs async steps one after another. Update handlers may interleave at every await, but a
 * stream's events must be appended in sequence, so every append goes through one of these.
 */
export function serialQueue(): <T>(step: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(step: () => Promise<T>): Promise<T> => {
    const run = tail.then(step, step);
    tail = run.catch(() => undefined);
    return run;
  };
}
