// Coalesces the send() calls of one topic made in the same tick into one
// native call: many small sends in flight then cost one crossing, not one
// each. Each send still gets exactly its own records' results.
import { call, decodeNativeMessage } from './errors.js'
import type { native } from './native.js'
import { pack, type ProducerRecord } from './pack.js'

type NativeProducer = Awaited<ReturnType<typeof native.connectProducer>>

/** Where a record was written. */
export interface RecordMetadata {
  topic: string
  partition: number
  /** The record's offset; -1n with `acks: 'none'`. */
  offset: bigint
  timestamp: Date
}

interface Pending {
  records: readonly ProducerRecord<unknown, unknown>[]
  keys: (Buffer | null)[]
  values: (Buffer | null)[]
  partitions?: Int32Array
  resolve(meta: RecordMetadata[]): void
  reject(error: unknown): void
}

export class SendQueue {
  #queues = new Map<string, Pending[]>()

  /** Queues one send; the queue of `topic` goes out at the end of this tick. */
  send(producer: NativeProducer, topic: string, entry: Omit<Pending, 'resolve' | 'reject'>): Promise<RecordMetadata[]> {
    return new Promise((resolve, reject) => {
      let queue = this.#queues.get(topic)
      if (!queue) {
        queue = []
        this.#queues.set(topic, queue)
        queueMicrotask(() => void this.#dispatch(producer, topic))
      }
      queue.push({ ...entry, resolve, reject })
    })
  }

  async #dispatch(producer: NativeProducer, topic: string): Promise<void> {
    const queue = this.#queues.get(topic)!
    this.#queues.delete(topic)
    const one = queue.length === 1 ? queue[0] : undefined
    const records = one ? one.records : queue.flatMap((p) => p.records)
    const keys = one ? one.keys : queue.flatMap((p) => p.keys)
    const values = one ? one.values : queue.flatMap((p) => p.values)
    let partitions = one?.partitions
    if (!one && queue[0].partitions) {
      partitions = new Int32Array(records.length)
      let at = 0
      for (const p of queue) {
        partitions.set(p.partitions!, at)
        at += p.records.length
      }
    }
    let results
    try {
      const packed = pack(records, keys, values, partitions)
      results = await call(producer.send(topic, packed.data, packed.records, packed.timestamps, packed.headers))
    } catch (error) {
      for (const p of queue) p.reject(error)
      return
    }
    const firstFailure = new Map<number, number>()
    results.failed.forEach((index, k) => {
      if (!firstFailure.has(index)) firstFailure.set(index, k)
    })
    let base = 0
    for (const p of queue) {
      const n = p.records.length
      let failed = -1
      if (results.failed.length > 0) {
        for (let i = base; i < base + n && failed < 0; i++) failed = firstFailure.get(i) ?? -1
      }
      if (failed >= 0) {
        p.reject(decodeNativeMessage(results.errors[failed]))
      } else {
        const out: RecordMetadata[] = new Array(n)
        for (let i = 0; i < n; i++) {
          out[i] = { topic, partition: results.partitions[base + i], offset: results.offsets[base + i], timestamp: new Date(results.timestamps[base + i]) }
        }
        p.resolve(out)
      }
      base += n
    }
  }
}
