/**
 * Turns SIGINT (Ctrl-C) and SIGTERM into a clean stop: the first signal calls `stop` (the run
 * finishes the documents in flight and records itself as interrupted); a second one calls
 * `stopNow`. Returns the function that removes the handlers.
 */
export function onStopSignals(stop: (signal: NodeJS.Signals) => void, stopNow: (signal: NodeJS.Signals) => void): () => void {
  let received = 0;
  const handler = (signal: NodeJS.Signals) => {
    received++;
    if (received === 1) stop(signal);
    else stopNow(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
