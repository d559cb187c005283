import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { DocumentError } from '../stage.js';
import { describeFsError } from './walk.js';

// Reading is the I/O side of ingest, kept apart from decoding and HTML rendering so the batch
// engine's main thread loads none of the stages.

/** The bytes of one input file, read on the I/O side before any CPU-bound stage. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

/** Files larger than this are refused rather than risk the batch's memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads a file and hashes it; a missing, unreadable or oversized file is a DocumentError. */
export async function readSource(path: string): Promise<SourceFile> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new DocumentError('E_READ', `the file cannot be read: ${describeFsError(error)}`);
  }
  if (!info.isFile()) throw new DocumentError('E_READ', 'not a regular file');
  if (info.size > MAX_INPUT_BYTES) {
    throw new DocumentError('E_TOO_LARGE', `the file is ${(info.size / 1048576).toFixed(0)} MB; inputs above ${MAX_INPUT_BYTES / 1048576} MB are refused`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new DocumentError('E_READ', `the file cannot be read: ${describeFsError(error)}`);
  }
  return { path, bytes, sha256: sha256Of(bytes) };
}

