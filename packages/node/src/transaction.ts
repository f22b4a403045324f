// Transactions: `producer.transaction(async txn => ...)` commits when the
// function resolves and aborts when it throws.
import { call, TransactionStateError } from './errors.js'
import { fail } from './validate.js'
import type { Consumer, TopicPartitionOffset } from './consumer.js'
import type { Message } from './message.js'
import type { ProducerRecord } from './pack.js'
import type { RecordMetadata } from './send-queue.js'
import type { TopicLike } from './topic.js'
import type { AbortOptions } from './abort.js'

/** Who consumed the offsets a transaction commits (from `consumer.groupMetadata()`). */
export interface GroupMetadata {
  groupId: string
  generationId: number
  memberId: string
  groupInstanceId?: string | null
}

/**
 * What `txn.sendOffsets` commits with the transaction: the consumer (its
 * group metadata is read at that moment) or its `groupMetadata()`, and
 * either the next offsets to read per partition or the processed messages.
 */
export interface TransactionOffsets {
  consumer?: Consumer
  groupMetadata?: GroupMetadata
  offsets?: TopicPartitionOffset[]
  messages?: readonly Pick<Message<unknown, unknown>, 'topic' | 'partition' | 'offset'>[]
}

/** The native calls a transaction needs. @internal */
export interface TransactionPort {
  send<K, V>(topic: TopicLike<K, V>, records: readonly ProducerRecord<K, V>[], options?: AbortOptions): Promise<RecordMetadata[]>
  sendOffsets(offsets: { topic: string; partition: number; offset: number }[], group: GroupMetadata): Promise<void>
}

function nextOffsets(ctx: TransactionOffsets): { topic: string; partition: number; offset: number }[] {
  const next = new Map<string, { topic: string; partition: number; offset: number }>()
  const add = (topic: unknown, partition: unknown, offset: unknown) => {
    if (typeof topic !== 'string' || !Number.isInteger(partition) || (typeof offset !== 'bigint' && !Number.isInteger(offset)) || Number(offset) < 0) {
      fail('offsets', JSON.stringify({ topic, partition, offset: String(offset) }), '{ topic, partition, offset } with offset 0 or more')
    }
    const key = `${partition}:${topic}`
    const o = Number(offset)
    const seen = next.get(key)
    if (!seen || seen.offset < o) next.set(key, { topic, partition: partition as number, offset: o })
  }
  for (const o of ctx.offsets ?? []) add(o?.topic, o?.partition, o?.offset)
  for (const m of ctx.messages ?? []) add(m?.topic, m?.partition, typeof m?.offset === 'bigint' ? m.offset + 1n : m?.offset)
  return [...next.values()]
}

/** An open transaction, handed to the function given to `producer.transaction()`. */
export class Transaction {
  #port: TransactionPort
  #open = true

  /** @internal */
  constructor(port: TransactionPort) {
    this.#port = port
  }

  /** @internal */
  end(): void {
    this.#open = false
  }

  #check(what: string): void {
    if (!this.#open) throw new TransactionStateError(`txn.${what}() after the transaction ended: await every call inside the function given to producer.transaction()`, { type: 'INVALID_TXN_STATE' })
  }

  /** Sends records as part of the transaction (like `producer.send`). Await it inside the function. */
  async send<K, V>(topic: TopicLike<K, V>, records: readonly ProducerRecord<K, V>[], options: AbortOptions = {}): Promise<RecordMetadata[]> {
    this.#check('send')
    return this.#port.send(topic, records, options)
  }

  /**
   * Commits consumer offsets with the transaction: `{ consumer, messages }`
   * (the processed messages), or `{ consumer, offsets }` (the next offset
   * to read per partition); `groupMetadata` may replace `consumer`.
   */
  async sendOffsets(ctx: TransactionOffsets): Promise<void> {
    this.#check('sendOffsets')
    if (ctx === null || typeof ctx !== 'object') fail('sendOffsets', ctx, '{ consumer, messages } or { consumer, offsets }')
    const group = ctx.groupMetadata ?? ctx.consumer?.groupMetadata()
    if (!group) fail('sendOffsets', 'no consumer', '{ consumer } or { groupMetadata } naming the consumer group')
    await call(this.#port.sendOffsets(nextOffsets(ctx), group))
  }
}
