// The producer: `send()` encodes a batch with the topic's codecs and hands
// it to the engine in one native call.
import { abortable, throwIfAborted, type AbortOptions } from './abort.js'
import { call, ConfigError, KafkaError, ProducerFencedError, TransactionStateError } from './errors.js'
import { Transaction, type GroupMetadata } from './transaction.js'
import { fail, fn, int, oneOf, onlyKnown, bool, str } from './validate.js'
import { MAX_MS, type ResolvedClient } from './config.js'
import { native } from './native.js'
import type { ProducerRecord } from './pack.js'
import { SendQueue, type RecordMetadata } from './send-queue.js'

export type { RecordMetadata }
import { resolveTopic, type TopicLike } from './topic.js'

type NativeProducer = Awaited<ReturnType<typeof native.connectProducer>>

/** What a partitioner function is told about one record. */
export interface PartitionerContext {
  topic: string
  key: Buffer | null
  value: Buffer | null
  partitionCount: number
}

/** Chooses a partition from 0 to partitionCount - 1. */
export type PartitionerFunction = (context: PartitionerContext) => number

/** Producer options (defaults as in the Java client, see docs/node.md). */
export interface ProducerConfig {
  /** Default 'all'. */
  acks?: 'none' | 'leader' | 'all'
  /** No duplicates from retries. Default true when acks is 'all'. */
  idempotent?: boolean
  /** Default 'none'. */
  compression?: 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd'
  /** gzip 0–9, zstd -131072–22; default the codec's own. */
  compressionLevel?: number
  /** Default 5. */
  lingerMs?: number
  /** Largest batch per partition, bytes. Default 1 MiB. */
  maxBatchBytes?: number
  /** Largest produce request, bytes. Default 1 MiB. */
  maxRequestSize?: number
  /** Bytes waiting for acknowledgement before `send()` waits. Default 32 MiB. */
  bufferMemory?: number
  /** Longest wait for buffer memory or metadata. Default 60000. */
  maxBlockMs?: number
  /** Longest time from send to acknowledgement, retries included. Default 120000. */
  deliveryTimeoutMs?: number
  /** Produce requests in flight per broker. Default 5 (1–5 with idempotence). */
  maxInFlight?: number
  retryBackoffMs?: number
  retryBackoffMaxMs?: number
  /** 'murmur2' (Java-compatible keyed placement, default), 'round-robin', or a function. */
  partitioner?: 'murmur2' | 'round-robin' | PartitionerFunction
  /** Makes the producer transactional: records are sent only inside `transaction()`. Needs idempotence. */
  transactionalId?: string
  /** How long the coordinator lets a transaction stay open before aborting it. Default 60000. */
  transactionTimeoutMs?: number
}

const PRODUCER_OPTIONS = [
  'acks', 'idempotent', 'compression', 'compressionLevel', 'lingerMs', 'maxBatchBytes', 'maxRequestSize', 'bufferMemory',
  'maxBlockMs', 'deliveryTimeoutMs', 'maxInFlight', 'retryBackoffMs', 'retryBackoffMaxMs', 'partitioner',
  'transactionalId', 'transactionTimeoutMs',
] as const

function resolveProducer(config: unknown) {
  const o = onlyKnown('producer()', config, PRODUCER_OPTIONS)
  const acks = oneOf(o, 'acks', ['none', 'leader', 'all'] as const)
  let idempotent = bool(o, 'idempotent')
  if (idempotent === true && acks !== undefined && acks !== 'all') {
    throw new ConfigError('acks', `invalid option \`acks\` = '${acks}': idempotent delivery needs acks 'all'; set idempotent: false to use acks '${acks}'`)
  }
  if (idempotent === undefined && acks !== undefined && acks !== 'all') idempotent = false
  const transactionalId = str(o, 'transactionalId')
  if (transactionalId !== undefined && idempotent === false) {
    throw new ConfigError('transactionalId', `invalid option \`transactionalId\` = '${transactionalId}': transactions need idempotence (acks 'all', idempotent not false)`)
  }
  const maxInFlight = int(o, 'maxInFlight', 1, idempotent === false ? 1000 : 5)
  const partitioner = typeof o.partitioner === 'function' ? fn<PartitionerFunction>(o, 'partitioner') : oneOf(o, 'partitioner', ['murmur2', 'round-robin'] as const)
  return {
    native: {
      acks,
      idempotent,
      compression: oneOf(o, 'compression', ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const),
      compressionLevel: int(o, 'compressionLevel', -131072, 22),
      lingerMs: int(o, 'lingerMs', 0, MAX_MS),
      maxBatchBytes: int(o, 'maxBatchBytes', 1024, MAX_MS),
      maxRequestSize: int(o, 'maxRequestSize', 1024, MAX_MS),
      bufferMemory: int(o, 'bufferMemory', 1024, Number.MAX_SAFE_INTEGER),
      maxBlockMs: int(o, 'maxBlockMs', 0, MAX_MS),
      deliveryTimeoutMs: int(o, 'deliveryTimeoutMs', 1, MAX_MS),
      maxInFlight,
      retryBackoffMs: int(o, 'retryBackoffMs', 0, MAX_MS),
      retryBackoffMaxMs: int(o, 'retryBackoffMaxMs', 0, MAX_MS),
      partitioner: typeof partitioner === 'string' ? partitioner : undefined,
      transactionalId,
      transactionTimeoutMs: int(o, 'transactionTimeoutMs', 1, MAX_MS),
    },
    partitionerFn: typeof partitioner === 'function' ? partitioner : undefined,
  }
}

const COUNT_TTL_MS = 30_000

/** Checks header names and values before a send is queued with others. */
function checkHeaders(headers: unknown): void {
  const pairs = Array.isArray(headers) ? headers : headers !== null && typeof headers === 'object' ? Object.entries(headers) : null
  const ok = pairs?.every((pair) => Array.isArray(pair) && typeof pair[0] === 'string' && (pair[1] === null || typeof pair[1] === 'string' || pair[1] instanceof Uint8Array))
  if (!ok) fail('headers', JSON.stringify(headers), 'an object or [name, value] pairs with string, Buffer or null values')
}

/** Checks what a codec produced: bytes, or a TypeError that says which codec. */
function bytes(topic: string, what: 'key' | 'value', out: unknown): Buffer {
  if (Buffer.isBuffer(out)) return out
  if (out instanceof Uint8Array) return Buffer.from(out.buffer, out.byteOffset, out.byteLength)
  throw new TypeError(`the ${what} codec of topic '${topic}' gave ${typeof out}, not bytes: declare the topic with a codec for this type, e.g. topic('${topic}', { ${what}: string() })`)
}

/** Sends records. Create with `kafka.producer(options)`. */
export class Producer {
  #client: ResolvedClient
  #options: ReturnType<typeof resolveProducer>
  #native?: Promise<NativeProducer>
  #closed = false
  #counts = new Map<string, { count: number; at: number }>()
  #queue = new SendQueue()
  #transactions: Promise<unknown> = Promise.resolve()

  /** @internal */
  constructor(client: ResolvedClient, config?: ProducerConfig) {
    this.#client = client
    this.#options = resolveProducer(config)
  }

  /** Connects now (otherwise the first send connects). */
  async connect(): Promise<void> {
    await this.#connection()
  }

  #connection(): Promise<NativeProducer> {
    if (this.#closed) return Promise.reject(new KafkaError('the producer is disconnected; create a new one', { type: 'SHUTDOWN' }))
    this.#native ??= call(native.connectProducer(this.#client.native, this.#options.native))
    this.#native.catch(() => {
      this.#native = undefined
    })
    return this.#native
  }

  /**
   * Sends records to one topic and resolves to one RecordMetadata per
   * record, in order. If any record fails, rejects with the first failure
   * (others may have been written). One native call carries the send —
   * together with the other sends to the same topic made in the same tick.
   */
  async send<K, V>(topic: TopicLike<K, V>, records: readonly ProducerRecord<K, V>[], options: AbortOptions = {}): Promise<RecordMetadata[]> {
    if (this.#options.native.transactionalId !== undefined) {
      throw new TransactionStateError(`send() on a transactional producer (transactionalId '${this.#options.native.transactionalId}'): send inside producer.transaction(async (txn) => { await txn.send(...) })`, { type: 'INVALID_TXN_STATE' })
    }
    return this.#send(topic, records, options)
  }

  async #send<K, V>(topic: TopicLike<K, V>, records: readonly ProducerRecord<K, V>[], options: AbortOptions): Promise<RecordMetadata[]> {
    throwIfAborted(options.signal)
    if (!Array.isArray(records) || !records.every((r) => r !== null && typeof r === 'object')) fail('records', records, 'an array of { key, value, headers } objects')
    const t = resolveTopic(topic)
    const keys: (Buffer | null)[] = new Array(records.length)
    const values: (Buffer | null)[] = new Array(records.length)
    for (let i = 0; i < records.length; i++) {
      const r = records[i]
      if (r.headers !== undefined) checkHeaders(r.headers)
      keys[i] = r.key === undefined || r.key === null ? null : bytes(t.name, 'key', t.key.encode(r.key))
      values[i] = r.value === null || r.value === undefined ? null : bytes(t.name, 'value', t.value.encode(r.value))
    }
    const producer = await abortable(this.#connection(), options.signal)
    const partitions = this.#options.partitionerFn ? await this.#choose(producer, t.name, records, keys, values) : undefined
    return abortable(this.#queue.send(producer, t.name, { records, keys, values, partitions }), options.signal)
  }

  async #choose(producer: NativeProducer, topic: string, records: readonly ProducerRecord<unknown, unknown>[], keys: (Buffer | null)[], values: (Buffer | null)[]): Promise<Int32Array> {
    const partitioner = this.#options.partitionerFn!
    let cached = this.#counts.get(topic)
    if (!cached || Date.now() - cached.at > COUNT_TTL_MS) {
      cached = { count: await call(producer.partitionCount(topic)), at: Date.now() }
      this.#counts.set(topic, cached)
    }
    const partitionCount = cached.count
    const out = new Int32Array(records.length)
    for (let i = 0; i < records.length; i++) {
      const explicit = records[i].partition
      const p = explicit ?? partitioner({ topic, key: keys[i], value: values[i], partitionCount })
      if (!Number.isInteger(p) || p < 0 || p >= partitionCount) {
        fail('partitioner', p, `a partition from 0 to ${partitionCount - 1} of topic '${topic}'`)
      }
      out[i] = p
    }
    return out
  }

  /**
   * Runs `fn` in a transaction: commits when it resolves (and resolves to
   * its result), aborts when it throws and rethrows its error. Calls made
   * while a transaction runs wait for it, in order. Needs `transactionalId`.
   */
  transaction<T>(fn: (txn: Transaction) => Promise<T> | T): Promise<T> {
    if (this.#options.native.transactionalId === undefined) {
      return Promise.reject(new ConfigError('transactionalId', 'transaction() needs a transactional producer: create it with kafka.producer({ transactionalId })'))
    }
    const run = this.#transactions.then(() => this.#transaction(fn))
    this.#transactions = run.catch(() => {})
    return run
  }

  async #transaction<T>(fn: (txn: Transaction) => Promise<T> | T): Promise<T> {
    const producer = await this.#connection()
    await call(producer.beginTransaction())
    const txn = new Transaction({
      send: (topic, records, options = {}) => this.#send(topic, records, options),
      sendOffsets: (offsets, group: GroupMetadata) => producer.sendOffsetsToTransaction(offsets, { ...group, groupInstanceId: group.groupInstanceId ?? undefined }),
    })
    let result: T
    try {
      result = await fn(txn)
      txn.end()
      await call(producer.commitTransaction())
    } catch (error) {
      txn.end()
      await call(producer.abortTransaction()).catch((abortError: unknown) => {
        if (!(abortError instanceof ProducerFencedError)) this.#client.logger.warn('aborting the transaction failed', { error: String(abortError) })
      })
      throw error
    }
    return result
  }

  /** Sends everything buffered and waits until each record sent so far has its result. */
  async flush(options: AbortOptions = {}): Promise<void> {
    if (!this.#native) return
    const producer = await this.#native
    await abortable(call(producer.flush()), options.signal)
  }

  /** Delivers what is buffered (waiting up to `timeoutMs`, default 30000) and closes the connections. */
  async disconnect(timeoutMs = 30_000): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    const pending = this.#native
    this.#native = undefined
    if (!pending) return
    const producer = await pending.catch(() => undefined)
    if (producer) await call(producer.close(timeoutMs))
    this.#client.logger.debug('producer disconnected')
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.disconnect()
  }
}
