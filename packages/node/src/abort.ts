// AbortSignal support for calls that can wait long.
import { AbortError } from './errors.js'

/** Options of a call that can be aborted. */
export interface AbortOptions {
  /** Aborting rejects the call with an AbortError. */
  signal?: AbortSignal
}

/** Throws an AbortError if the signal has fired. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AbortError(undefined, signal.reason)
}

/**
 * Settles like `promise`, or rejects with an AbortError when `signal` fires
 * first. The work behind the promise is not undone: a send already handed
 * to the engine may still be delivered.
 */
export function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) {
    promise.catch(() => {})
    return Promise.reject(new AbortError(undefined, signal.reason))
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      promise.catch(() => {})
      reject(new AbortError(undefined, signal.reason))
    }
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      },
    )
  })
}
