// The admin client: topics.
import { abortable, type AbortOptions } from './abort.js'
import { call, KafkaError } from './errors.js'
import { fail, int, onlyKnown, str } from './validate.js'
import type { ResolvedClient } from './config.js'
import { native } from './native.js'

type NativeAdmin = Awaited<ReturnType<typeof native.connectAdmin>>

/** A topic to create. */
export interface NewTopic {
  name: string
  /** Default: the broker's num.partitions. */
  partitions?: number
  /** Default: the broker's default.replication.factor. */
  replicationFactor?: number
  /** Topic configs, e.g. { 'retention.ms': '604800000' }. */
  configs?: Record<string, string>
}

/** A partition of a described topic. */
export interface PartitionDescription {
  partition: number
  /** The leader's node id; null while there is none. */
  leader: number | null
  leaderEpoch: number
  replicas: number[]
  isr: number[]
  offlineReplicas: number[]
}

/** A described topic. */
export interface TopicDescription {
  name: string
  topicId: string
  isInternal: boolean
  partitions: PartitionDescription[]
}

/** Options of calls that wait for the cluster to agree. */
export interface AdminCallOptions extends AbortOptions {
  /** Longest time for the whole call, waiting included. Default 60000. */
  timeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 60_000

function timeout(options: AdminCallOptions): number {
  return int(options as Record<string, unknown>, 'timeoutMs', 1, 2 ** 31 - 1) ?? DEFAULT_TIMEOUT_MS
}

function checkTopic(t: unknown) {
  const o = onlyKnown('createTopics() topic', t, ['name', 'partitions', 'replicationFactor', 'configs'])
  const name = str(o, 'name') ?? fail('name', undefined, 'a non-empty topic name')
  const configs = o.configs
  if (configs !== undefined && (configs === null || typeof configs !== 'object' || !Object.values(configs).every((v) => typeof v === 'string'))) {
    fail('configs', configs, "an object of string values, e.g. { 'retention.ms': '604800000' }")
  }
  return {
    name,
    partitions: int(o, 'partitions', 1, 2 ** 31 - 1),
    replicationFactor: int(o, 'replicationFactor', 1, 32767),
    configs: configs as Record<string, string> | undefined,
  }
}

/** Manages topics. Create with `kafka.admin()`. */
export class Admin {
  #client: ResolvedClient
  #native?: Promise<NativeAdmin>
  #closed = false

  /** @internal */
  constructor(client: ResolvedClient) {
    this.#client = client
  }

  #connection(): Promise<NativeAdmin> {
    if (this.#closed) return Promise.reject(new KafkaError('the admin client is disconnected; create a new one', { type: 'SHUTDOWN' }))
    this.#native ??= call(native.connectAdmin(this.#client.native))
    this.#native.catch(() => {
      this.#native = undefined
    })
    return this.#native
  }

  /** Connects now (otherwise the first call connects). */
  async connect(): Promise<void> {
    await this.#connection()
  }

  /** Creates topics and waits until every broker knows them. */
  async createTopics(topics: NewTopic[], options: AdminCallOptions = {}): Promise<void> {
    if (!Array.isArray(topics) || topics.length === 0) fail('topics', topics, 'a non-empty array of { name, partitions, replicationFactor, configs }')
    const specs = topics.map(checkTopic)
    const admin = await this.#connection()
    await abortable(call(admin.createTopics(specs, timeout(options))), options.signal)
  }

  /** Deletes topics and waits until every broker has forgotten them. */
  async deleteTopics(names: string[], options: AdminCallOptions = {}): Promise<void> {
    if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string' && n.length > 0)) fail('names', names, 'a non-empty array of topic names')
    const admin = await this.#connection()
    await abortable(call(admin.deleteTopics(names, timeout(options))), options.signal)
  }

  /** Topic names, sorted; internal topics only with `includeInternal`. */
  async listTopics(options: AbortOptions & { includeInternal?: boolean } = {}): Promise<string[]> {
    const admin = await this.#connection()
    return abortable(call(admin.listTopics(options.includeInternal ?? false)), options.signal)
  }

  /** Partitions, leaders and replicas of each topic, in the order asked. */
  async describeTopics(names: string[], options: AbortOptions = {}): Promise<TopicDescription[]> {
    if (!Array.isArray(names) || names.length === 0) fail('names', names, 'a non-empty array of topic names')
    const admin = await this.#connection()
    const topics = await abortable(call(admin.describeTopics(names)), options.signal)
    return topics.map((t) => ({
      name: t.name,
      topicId: t.topicId,
      isInternal: t.isInternal,
      partitions: t.partitions.map((p) => ({ ...p, leader: p.leader ?? null })),
    }))
  }

  /** Closes the connections. */
  async disconnect(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    const admin = this.#native && (await this.#native.catch(() => undefined))
    this.#native = undefined
    if (admin) await admin.close()
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.disconnect()
  }
}
