// The consumer: a group member that hands the application decoded
// messages, one native call per fetched batch.
import { EventEmitter } from 'node:events'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { abortable, throwIfAborted, type AbortOptions } from './abort.js'
import { AbortError, call, callSync, fromNative, KafkaError } from './errors.js'
import { fail } from './validate.js'
import type { ResolvedClient } from './config.js'
import { resolveConsumer, type ConsumerConfig } from './consumer-options.js'
import { native } from './native.js'
import { PolledRecords, type Message } from './message.js'
import { PendingOffsets } from './pending-offsets.js'
import { resolveTopic, type Topic, type TopicLike } from './topic.js'
import type { GroupMetadata } from './transaction.js'

type NativeConsumer = Awaited<ReturnType<typeof native.connectConsumer>>

/** A partition of a topic. */
export interface TopicPartition {
  topic: string
  partition: number
}

/** A partition and an offset in it (the next one to read, for commits). */
export interface TopicPartitionOffset extends TopicPartition {
  offset: bigint | number
}

/** What `runEach` and `runBatch` handlers get beside the messages. */
export interface RunContext {
  /** Fires when the consumer stops (disconnect, or the run's signal). */
  signal: AbortSignal
}

/** Options of `runEach`. */
export interface RunEachOptions extends AbortOptions {
  /** Partitions processed at once; messages of one partition stay in order. Default 1. */
  partitionConcurrency?: number
}

/** What a consumer subscribes to: topics (objects or names), or a pattern. */
export type Subscription<K, V> = TopicLike<K, V> | ReadonlyArray<TopicLike<K, V>> | RegExp

/** The events a consumer emits. */
export interface ConsumerEvents {
  partitionsAssigned: [TopicPartition[]]
  partitionsRevoked: [TopicPartition[]]
  partitionsLost: [TopicPartition[]]
  error: [unknown]
}

const POLL_WAIT_MS = 250
const RETRY_PAUSE_MS = 200
const EVENT_NAMES: Record<string, keyof ConsumerEvents> = {
  assigned: 'partitionsAssigned',
  revoked: 'partitionsRevoked',
  lost: 'partitionsLost',
}

const plain = (p: { topic: string; partition: number }): TopicPartition => ({ topic: p.topic, partition: p.partition })

/**
 * A consumer group member. Create with `kafka.consumer({ groupId })`.
 * Offsets are committed only for messages whose handler has finished (or,
 * with `stream()`, that the loop moved past).
 */
export class Consumer extends EventEmitter<ConsumerEvents> {
  #client: ResolvedClient
  #options: ReturnType<typeof resolveConsumer>
  #native?: Promise<NativeConsumer>
  #codecs = new Map<string, Topic<unknown, unknown>>()
  #stop = new AbortController()
  #running = new Set<Promise<unknown>>()
  #closed = false
  #pending = new PendingOffsets((error) => this.#client.logger.warn('storing processed offsets failed', { error: String(error) }))

  /** @internal */
  constructor(client: ResolvedClient, config: ConsumerConfig) {
    super()
    this.#client = client
    this.#options = resolveConsumer(config)
  }

  /** Connects now (otherwise the first subscribe connects). */
  async connect(): Promise<void> {
    await this.#connection()
  }

  #connection(): Promise<NativeConsumer> {
    if (this.#closed) return Promise.reject(new KafkaError('the consumer is disconnected; create a new one', { type: 'SHUTDOWN' }))
    if (!this.#native) {
      this.#native = call(native.connectConsumer(this.#client.native, this.#options))
      this.#native.then(
        (consumer) => {
          this.#connected = consumer
        },
        () => {
          this.#native = undefined
        },
      )
    }
    return this.#native
  }

  /**
   * Subscribes to topics (objects or names) or to every topic matching a
   * RegExp, replacing the earlier subscription; the group then assigns
   * partitions. Messages of topic objects are decoded with their codecs.
   */
  async subscribe<K, V>(subscription: Subscription<K, V>): Promise<void> {
    const consumer = await this.#connection()
    if (subscription instanceof RegExp) {
      if (subscription.flags.replace(/[gsu]/g, '') !== '') fail('subscribe', subscription, 'a RegExp without flags other than g, s, u')
      callSync(() => consumer.subscribePattern(subscription.source))
      return
    }
    const list = (Array.isArray(subscription) ? subscription : [subscription]) as TopicLike<K, V>[]
    if (list.length === 0) fail('subscribe', '[]', 'at least one topic')
    const topics = list.map((t) => resolveTopic(t))
    for (const t of topics) this.#codecs.set(t.name, t as Topic<unknown, unknown>)
    consumer.subscribe(topics.map((t) => t.name))
  }

  async #prepare<K, V>(subscription: Subscription<K, V> | undefined): Promise<NativeConsumer> {
    if (subscription !== undefined) await this.subscribe(subscription)
    return this.#connection()
  }

  /** Polls once; null when the consumer is stopping. */
  async #poll(consumer: NativeConsumer, signal: AbortSignal): Promise<PolledRecords | null> {
    for (;;) {
      // Records the engine already holds are taken on this thread (tryPoll);
      // after a turn of the event loop, so that timers and I/O keep their share.
      await nextTurn()
      if (signal.aborted || this.#stop.signal.aborted) return null
      this.#pending.flush()
      let batch
      try {
        batch = consumer.tryPoll() ?? (await consumer.poll(POLL_WAIT_MS))
      } catch (raw) {
        const error = fromNative(raw)
        if (error instanceof KafkaError && error.retriable) {
          this.#client.logger.warn('poll failed, retrying', { error: error.message })
          await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS))
          continue
        }
        throw error
      }
      for (const event of batch.events) {
        const name = EVENT_NAMES[event.kind]
        const partitions = event.partitions.map(plain)
        this.#client.logger.info(`${name}`, { partitions })
        if (name) this.emit(name, partitions)
      }
      if (batch.offsets.length > 0) return new PolledRecords(batch, this.#codecs)
    }
  }

  /** Marks record i processed; the engine commits it (see PendingOffsets). */
  #store(consumer: NativeConsumer, records: PolledRecords, i: number): void {
    this.#pending.mark(consumer, records, i)
  }

  #track<T>(run: (signal: AbortSignal) => Promise<T>, options: AbortOptions): Promise<T> {
    if (options.signal?.aborted) return Promise.reject(new AbortError(undefined, options.signal.reason))
    const signal = options.signal ? AbortSignal.any([options.signal, this.#stop.signal]) : this.#stop.signal
    const running = run(signal).catch((error) => {
      if (this.listenerCount('error') > 0) this.emit('error', error)
      throw error
    })
    const tracked = running.finally(() => this.#running.delete(tracked))
    tracked.catch(() => {})
    this.#running.add(tracked)
    return running
  }

  /**
   * Calls `handler` for each message, and marks it processed (for commit)
   * once the handler resolves. Runs until `disconnect()` or the signal; a
   * handler that throws stops the run, which rejects with that error (the
   * failed message is not committed).
   */
  runEach<K, V>(subscription: Subscription<K, V> | undefined, handler: (message: Message<K, V>, context: RunContext) => Promise<void> | void, options: RunEachOptions = {}): Promise<void> {
    const concurrency = options.partitionConcurrency ?? 1
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      try {
        fail('partitionConcurrency', concurrency, 'an integer of at least 1')
      } catch (error) {
        return Promise.reject(error)
      }
    }
    return this.#track(async (signal) => {
      const consumer = await this.#prepare(subscription)
      const context: RunContext = { signal }
      for (;;) {
        const records = await this.#poll(consumer, signal)
        if (!records) return
        const queues: number[][] = Array.from({ length: records.slotCount }, () => [])
        for (let i = 0; i < records.length; i++) queues[records.slot(i)].push(i)
        const worker = async () => {
          for (let q = queues.shift(); q; q = queues.shift()) {
            for (const i of q) {
              if (signal.aborted) return
              await handler(records.message<K, V>(i), context)
              this.#store(consumer, records, i)
            }
          }
        }
        await Promise.all(Array.from({ length: Math.min(concurrency, queues.length) }, worker))
      }
    }, options)
  }

  /**
   * Calls `handler` with each polled batch; its messages are marked
   * processed once the handler resolves. Stops like `runEach`.
   */
  runBatch<K, V>(subscription: Subscription<K, V> | undefined, handler: (messages: Message<K, V>[], context: RunContext) => Promise<void> | void, options: AbortOptions = {}): Promise<void> {
    return this.#track(async (signal) => {
      const consumer = await this.#prepare(subscription)
      const context: RunContext = { signal }
      for (;;) {
        const records = await this.#poll(consumer, signal)
        if (!records) return
        const messages = Array.from({ length: records.length }, (_, i) => records.message<K, V>(i))
        await handler(messages, context)
        for (let i = 0; i < records.length; i++) this.#store(consumer, records, i)
        this.#pending.flush()
      }
    }, options)
  }

  /**
   * Messages as an async iterator. The next batch is fetched only when the
   * loop has taken every message of the current one (back-pressure), and a
   * message is marked processed when the loop asks for the one after it.
   * Ends on `disconnect()`, on the signal, or when the loop breaks.
   */
  async *stream<K, V>(subscription?: Subscription<K, V>, options: AbortOptions = {}): AsyncGenerator<Message<K, V>, void, undefined> {
    throwIfAborted(options.signal)
    const signal = options.signal ? AbortSignal.any([options.signal, this.#stop.signal]) : this.#stop.signal
    const consumer = await this.#prepare(subscription)
    for (;;) {
      const records = await this.#poll(consumer, signal)
      if (!records) return
      for (let i = 0; i < records.length; i++) {
        yield records.message<K, V>(i)
        this.#store(consumer, records, i)
        if (signal.aborted) return
      }
    }
  }

  /**
   * Commits offsets now: with no argument, those of every processed
   * message not committed yet; otherwise exactly the ones given (the next
   * offset to read per partition).
   */
  async commitOffsets(offsets?: TopicPartitionOffset[], options: AbortOptions = {}): Promise<void> {
    const consumer = await this.#connection()
    if (offsets === undefined) {
      this.#pending.flush()
      return abortable(call(consumer.commit()), options.signal)
    }
    const list = offsets.map((o) => {
      if (typeof o?.topic !== 'string' || !Number.isInteger(o.partition) || (typeof o.offset !== 'bigint' && !Number.isInteger(o.offset)) || o.offset < 0) {
        fail('offsets', JSON.stringify(o, (_, v) => (typeof v === 'bigint' ? v.toString() : v)), '{ topic, partition, offset } with offset 0 or more')
      }
      return { topic: o.topic, partition: o.partition, offset: Number(o.offset) }
    })
    await abortable(call(consumer.commitOffsets(list)), options.signal)
  }

  /** The group's committed offsets (null where none). */
  async committed(partitions: TopicPartition[]): Promise<Array<TopicPartition & { offset: bigint | null }>> {
    const consumer = await this.#connection()
    const found = await call(consumer.committed(partitions.map(plain)))
    return found.map((p) => ({ ...plain(p), offset: p.offset === undefined || p.offset === null ? null : BigInt(p.offset) }))
  }

  /** Moves an owned partition: the next message is the one at `offset`. */
  seek(target: { topic: string | Topic<unknown, unknown>; partition: number; offset: bigint | number | 'earliest' | 'latest' }): void {
    const topic = typeof target.topic === 'string' ? target.topic : target.topic.name
    const o = target.offset
    const offset = o === 'earliest' ? -2 : o === 'latest' ? -1 : typeof o === 'bigint' || Number.isInteger(o) ? Number(o) : fail('offset', o, "an offset of 0 or more, 'earliest' or 'latest'")
    if (typeof o !== 'string' && offset < 0) fail('offset', o, "an offset of 0 or more, 'earliest' or 'latest'")
    callSync(() => this.#sync().seek(topic, target.partition, offset))
  }

  /** Stops fetching these partitions until `resume`. */
  pause(partitions: TopicPartition[]): void {
    callSync(() => this.#sync().pause(partitions.map(plain)))
  }

  /** Fetches paused partitions again. */
  resume(partitions: TopicPartition[]): void {
    callSync(() => this.#sync().resume(partitions.map(plain)))
  }

  /** Who this member is now (group, generation, member id), for offsets sent to a transaction. */
  groupMetadata(): GroupMetadata {
    const m = callSync(() => this.#sync().groupMetadata())
    return { groupId: m.groupId, generationId: m.generationId, memberId: m.memberId, groupInstanceId: m.groupInstanceId ?? null }
  }

  /** The paused partitions. */
  paused(): TopicPartition[] {
    return this.#connected ? this.#connected.paused().map(plain) : []
  }

  /** The partitions the group gave this member. */
  assignment(): TopicPartition[] {
    return this.#connected ? this.#connected.assignment().map(plain) : []
  }

  #connected?: NativeConsumer

  #sync(): NativeConsumer {
    if (!this.#connected) throw new KafkaError('the consumer is not connected yet: subscribe or run first', { type: 'NOT_CONNECTED' })
    return this.#connected
  }

  /**
   * Stops every run and stream, commits what was processed, leaves the
   * group and closes the connections.
   */
  async disconnect(): Promise<void> {
    if (this.#closed) return
    this.#stop.abort()
    await Promise.allSettled([...this.#running])
    try {
      this.#pending.flush()
    } catch (error) {
      this.#client.logger.warn('storing processed offsets failed', { error: String(error) })
    }
    this.#closed = true
    const pending = this.#native
    this.#native = undefined
    const consumer = pending && (await pending.catch(() => undefined))
    if (consumer) await consumer.close()
    this.#connected = undefined
    this.#client.logger.debug('consumer disconnected')
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.disconnect()
  }
}
