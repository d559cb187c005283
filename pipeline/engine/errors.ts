/** The engine cannot run (its worker scripts are missing or out of date): not a document problem. */
export class EngineError extends Error {
  constructor(
    readonly code: 'E_NO_WORKER_SCRIPT' | 'E_STALE_BUILD',
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
