/** The engine cannot run (its worker scripts are missing or out of date, its threads cannot start): not a document problem. */
export class EngineError extends Error {
  constructor(
    readonly code: 'E_NO_WORKER_SCRIPT' | 'E_STALE_BUILD' | 'E_NO_WORKERS',
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
