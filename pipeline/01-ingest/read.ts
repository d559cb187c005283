import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
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

/**
 * Reads a file and hashes it; a missing, unreadable or oversized file is a DocumentError.
 * `reserve`, if given, is awaited with the file's size before its bytes are read.
 */
export async function readSource(path: string, reserve?: (bytes: number) => Promise<void>): Promise<SourceFile> {
  let handle: FileHandle;
  try {
    // Non-blocking, so that a named pipe is refused below instead of waiting for a writer.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new DocumentError('E_READ', `the file cannot be read: ${describeFsError(error)}`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new DocumentError('E_READ', 'not a regular file');
    if (info.size > MAX_INPUT_BYTES) {
      throw new DocumentError('E_TOO_LARGE', `the file is ${(info.size / 1048576).toFixed(0)} MB; inputs above ${MAX_INPUT_BYTES / 1048576} MB are refused`);
    }
    await reserve?.(info.size);
    const bytes = await handle.readFile();
    return { path, bytes, sha256: sha256Of(bytes) };
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('E_READ', `the file cannot be read: ${describeFsError(error)}`);
  } finally {
    await handle.close();
  }
}
