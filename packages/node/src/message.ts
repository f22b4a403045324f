// Consumed records: views into one polled batch, decoded on first access.
import { DecodeError } from './errors.js'
import type { Topic } from './topic.js'
import type { native } from './native.js'

type PolledBatch = Awaited<ReturnType<Awaited<ReturnType<typeof native.connectConsumer>>['poll']>>

/** Fields per record and per header in a polled batch's tables. */
const RECORD_FIELDS = 8
const HEADER_FIELDS = 4

/** A consumed record, with key and value decoded by the topic's codecs. */
export interface Message<K = Buffer, V = Buffer> {
  readonly topic: string
  readonly partition: number
  readonly offset: bigint
  readonly timestamp: Date
  /** The decoded key; null for a record without one. */
  readonly key: K | null
  /** The decoded value; null for a tombstone. */
  readonly value: V | null
  /** Headers by name (the last one wins where a name repeats). */
  readonly headers: Record<string, Buffer | null>
  /** Every header, in order, repeats included. */
  readonly headerList: ReadonlyArray<readonly [string, Buffer | null]>
}

/** One poll's records, sliced lazily from the batch's buffer. */
export class PolledRecords {
  readonly length: number
  #batch: PolledBatch
  #topics: Map<string, Topic<unknown, unknown>>
  #slots?: Int32Array
  #slotFirst: number[] = []

  constructor(batch: PolledBatch, topics: Map<string, Topic<unknown, unknown>>) {
    this.#batch = batch
    this.#topics = topics
    this.length = batch.offsets.length
  }

  /**
   * The partition slot of record i: records of one topic partition share a
   * slot, numbered from 0 in order of first appearance in the batch.
   */
  slot(i: number): number {
    return (this.#slots ??= this.#assignSlots())[i]
  }

  /** How many distinct topic partitions the batch holds. */
  get slotCount(): number {
    this.#slots ??= this.#assignSlots()
    return this.#slotFirst.length
  }

  /** The first record of a slot (for its topic and partition). */
  slotRecord(slot: number): number {
    this.#slots ??= this.#assignSlots()
    return this.#slotFirst[slot]
  }

  #assignSlots(): Int32Array {
    const r = this.#batch.records
    const slots = new Int32Array(this.length)
    const seen = new Map<number, Map<number, number>>()
    // The engine hands out each partition's records in one run, so the
    // lookup happens once per run, not once per record.
    let topic = -1
    let partition = -1
    let slot = -1
    for (let i = 0; i < this.length; i++) {
      const t = r[i * RECORD_FIELDS]
      const p = r[i * RECORD_FIELDS + 1]
      if (t !== topic || p !== partition) {
        topic = t
        partition = p
        let byPartition = seen.get(t)
        if (!byPartition) seen.set(t, (byPartition = new Map()))
        const known = byPartition.get(p)
        if (known === undefined) {
          slot = this.#slotFirst.length
          byPartition.set(p, slot)
          this.#slotFirst.push(i)
        } else {
          slot = known
        }
      }
      slots[i] = slot
    }
    return slots
  }

  topic(i: number): string {
    return this.#batch.topics[this.#batch.records[i * RECORD_FIELDS]]
  }

  partition(i: number): number {
    return this.#batch.records[i * RECORD_FIELDS + 1]
  }

  offset(i: number): bigint {
    return this.#batch.offsets[i]
  }

  slice(start: number, length: number): Buffer | null {
    return length < 0 ? null : this.#batch.data.subarray(start, start + length)
  }

  /** The message at index i. */
  message<K, V>(i: number): Message<K, V> {
    const topic = this.topic(i)
    const codecs = this.#topics.get(topic) as Topic<K, V> | undefined
    return new LazyMessage<K, V>(this, i, codecs)
  }

  headerList(i: number): Array<[string, Buffer | null]> {
    const r = this.#batch.records
    const first = r[i * RECORD_FIELDS + 6]
    const count = r[i * RECORD_FIELDS + 7]
    const h = this.#batch.headers
    const out: Array<[string, Buffer | null]> = []
    for (let j = first; j < first + count; j++) {
      const row = j * HEADER_FIELDS
      out.push([this.slice(h[row], h[row + 1])!.toString('utf8'), this.slice(h[row + 2], h[row + 3])])
    }
    return out
  }

  keyBytes(i: number): Buffer | null {
    return this.slice(this.#batch.records[i * RECORD_FIELDS + 2], this.#batch.records[i * RECORD_FIELDS + 3])
  }

  valueBytes(i: number): Buffer | null {
    return this.slice(this.#batch.records[i * RECORD_FIELDS + 4], this.#batch.records[i * RECORD_FIELDS + 5])
  }

  timestamp(i: number): Date {
    return new Date(this.#batch.timestamps[i])
  }
}

class LazyMessage<K, V> implements Message<K, V> {
  #records: PolledRecords
  #i: number
  #codecs?: Topic<K, V>
  #key?: K | null
  #value?: V | null
  #headerList?: Array<[string, Buffer | null]>
  readonly topic: string
  readonly partition: number
  readonly offset: bigint

  constructor(records: PolledRecords, i: number, codecs?: Topic<K, V>) {
    this.#records = records
    this.#i = i
    this.#codecs = codecs
    this.topic = records.topic(i)
    this.partition = records.partition(i)
    this.offset = records.offset(i)
  }

  get timestamp(): Date {
    return this.#records.timestamp(this.#i)
  }

  get key(): K | null {
    if (this.#key === undefined) this.#key = this.#decode('key', this.#records.keyBytes(this.#i))
    return this.#key
  }

  get value(): V | null {
    if (this.#value === undefined) this.#value = this.#decode('value', this.#records.valueBytes(this.#i))
    return this.#value
  }

  get headerList(): ReadonlyArray<readonly [string, Buffer | null]> {
    this.#headerList ??= this.#records.headerList(this.#i)
    return this.#headerList
  }

  get headers(): Record<string, Buffer | null> {
    return Object.fromEntries(this.headerList)
  }

  #decode<T>(what: 'key' | 'value', bytes: Buffer | null): T | null {
    if (bytes === null) return null
    const codec = this.#codecs?.[what]
    if (!codec) return bytes as unknown as T
    try {
      return codec.decode(bytes) as unknown as T
    } catch (error) {
      throw new DecodeError(what, this.topic, this.partition, this.offset, error)
    }
  }

  toJSON() {
    return { topic: this.topic, partition: this.partition, offset: this.offset.toString(), timestamp: this.timestamp, key: this.key, value: this.value, headers: this.headers }
  }
}

export type { PolledBatch }
