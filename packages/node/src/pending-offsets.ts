// Processed offsets on their way to the engine. Marking a message costs a
// few array writes; the engine hears of them in one native call per batch,
// or sooner, as soon as the event loop gets a turn (a loop that awaits
// I/O between messages hands each one over while it waits).
import type { PolledRecords } from './message.js'

/** The engine side: takes `{ topic, partition, offset }` (the next offset to read). */
export interface OffsetStore {
  storeOffsets(offsets: Array<{ topic: string; partition: number; offset: number }>): void
}

export class PendingOffsets {
  #records?: PolledRecords
  #store?: OffsetStore
  /** Per slot of `#records`: the next offset to read, -1n when none is pending. */
  #next: bigint[] = []
  #dirty = false
  #scheduled = false
  #onError: (error: unknown) => void

  constructor(onError: (error: unknown) => void) {
    this.#onError = onError
  }

  /** Marks record i of `records` processed. */
  mark(store: OffsetStore, records: PolledRecords, i: number): void {
    if (records !== this.#records || store !== this.#store) {
      this.flush()
      this.#records = records
      this.#store = store
      this.#next = new Array<bigint>(records.slotCount).fill(-1n)
    }
    const slot = records.slot(i)
    const next = records.offset(i) + 1n
    if (next > this.#next[slot]) this.#next[slot] = next
    this.#dirty = true
    if (!this.#scheduled) {
      this.#scheduled = true
      setImmediate(() => {
        this.#scheduled = false
        try {
          this.flush()
        } catch (error) {
          this.#onError(error)
        }
      })
    }
  }

  /** Hands every pending offset to the engine now; throws what the engine throws. */
  flush(): void {
    const records = this.#records
    const store = this.#store
    if (!this.#dirty || !records || !store) return
    this.#dirty = false
    const offsets = []
    for (let slot = 0; slot < this.#next.length; slot++) {
      const next = this.#next[slot]
      if (next < 0n) continue
      this.#next[slot] = -1n
      const first = records.slotRecord(slot)
      offsets.push({ topic: records.topic(first), partition: records.partition(first), offset: Number(next) })
    }
    // Let the batch go: a message still in use keeps it alive, not this.
    this.#records = undefined
    this.#store = undefined
    store.storeOffsets(offsets)
  }
}
