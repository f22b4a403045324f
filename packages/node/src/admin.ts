// The admin client: topics, configs and groups.
import { abortable, type AbortOptions } from './abort.js'
import { call, KafkaError } from './errors.js'
import { bool, fail, int, onlyKnown, str } from './validate.js'
import type { ResolvedClient } from './config.js'
import { native } from './native.js'
import { checkChanges, checkResource, itemError, toEntry, type ResourceChanges, type ResourceConfigs, type ResourceOutcome, type ConfigResource } from './admin-configs.js'
import { checkGroup, checkPartitions, checkResetTo, toGroupList, toLag, type GroupDescription, type GroupLag, type GroupList, type GroupOffset, type ResetTo } from './admin-groups.js'
import { checkAcl, toAcl, type Acl, type AclDeletion, type AclFilter } from './admin-acls.js'
import { checkDeleteBefore, checkNewPartitions, checkSpec, type BrokerVersions, type ClusterDescription, type DeletedRecords, type ListedOffset, type NewPartitions } from './admin-cluster.js'

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
  /**
   * For each partition, the node ids of its replicas, preferred leader
   * first; instead of `partitions` and `replicationFactor`.
   */
  assignment?: number[][]
}

/** A created (or, with `validateOnly`, checked) topic. */
export interface CreatedTopic {
  name: string
  /** Kafka's base64 form; all zeros with `validateOnly`. */
  topicId: string
  partitions: number
  replicationFactor: number
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
  const o = onlyKnown('createTopics() topic', t, ['name', 'partitions', 'replicationFactor', 'configs', 'assignment'])
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
    assignment: checkAssignment(o),
  }
}

function checkAssignment(o: Record<string, unknown>): number[][] | undefined {
  const a = o.assignment
  if (a === undefined) return undefined
  if (!Array.isArray(a) || a.length === 0 || !a.every((r) => Array.isArray(r) && r.length > 0 && r.every((n) => Number.isInteger(n) && n >= 0))) {
    fail('assignment', a, 'a non-empty array, per partition, of broker node ids, e.g. [[1], [1]]')
  }
  if (o.partitions !== undefined || o.replicationFactor !== undefined) {
    fail('assignment', a, 'an assignment without partitions or replicationFactor (it sets both)')
  }
  return a as number[][]
}

/** Manages topics, configs and consumer groups. Create with `kafka.admin()`. */
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

  /**
   * Creates topics and waits until every broker knows them; resolves with
   * each topic as created (id, partitions, replication factor), in the
   * order given. If a topic fails, the call rejects with its error, which
   * names the topic. With `validateOnly` the broker only checks the topics.
   */
  async createTopics(topics: NewTopic[], options: AdminCallOptions & { validateOnly?: boolean } = {}): Promise<CreatedTopic[]> {
    if (!Array.isArray(topics) || topics.length === 0) fail('topics', topics, 'a non-empty array of { name, partitions, replicationFactor, configs }')
    const specs = topics.map(checkTopic)
    const admin = await this.#connection()
    const validateOnly = bool(options as Record<string, unknown>, 'validateOnly') ?? false
    return abortable(call(admin.createTopics(specs, timeout(options), validateOnly)), options.signal)
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

  /**
   * The configs of each topic or broker, in the order asked. A resource
   * that fails (e.g. an unknown topic) carries its own `error`.
   */
  async describeConfigs(resources: ConfigResource[], options: AbortOptions = {}): Promise<ResourceConfigs[]> {
    if (!Array.isArray(resources) || resources.length === 0) fail('resources', resources, "a non-empty array of { kind: 'topic' | 'broker', name }")
    const asked = resources.map((r) => checkResource(r))
    const admin = await this.#connection()
    const found = await abortable(call(admin.describeConfigs(asked.map(({ kind, name }) => ({ kind, name })))), options.signal)
    return found.map((r) => {
      const out: ResourceConfigs = { kind: r.kind as ConfigResource['kind'], name: r.name, entries: r.entries.map(toEntry) }
      const error = itemError(r.error)
      if (error) out.error = error
      return out
    })
  }

  /**
   * Changes configs incrementally (`set`, `delete`, `append`, `subtract`),
   * leaving the others as they are. With `validateOnly` the brokers only
   * check the changes. Each resource carries its own `error` if it failed.
   */
  async alterConfigs(changes: ResourceChanges[], options: AbortOptions & { validateOnly?: boolean } = {}): Promise<ResourceOutcome[]> {
    if (!Array.isArray(changes) || changes.length === 0) fail('changes', changes, 'a non-empty array of { kind, name, changes }')
    const asked = changes.map(checkChanges)
    const admin = await this.#connection()
    const done = await abortable(call(admin.alterConfigs(asked, options.validateOnly ?? false)), options.signal)
    return done.map((r) => {
      const out: ResourceOutcome = { kind: r.kind as ConfigResource['kind'], name: r.name }
      const error = itemError(r.error)
      if (error) out.error = error
      return out
    })
  }

  /** Every offset the group has committed. */
  async listGroupOffsets(groupId: string, options: AbortOptions = {}): Promise<GroupOffset[]> {
    const group = checkGroup(groupId)
    const admin = await this.#connection()
    return abortable(call(admin.listGroupOffsets(group)), options.signal)
  }

  /** Sets the group's committed offsets. The group must have no members (else `NON_EMPTY_GROUP`). */
  async alterGroupOffsets(groupId: string, offsets: GroupOffset[], options: AbortOptions = {}): Promise<void> {
    const group = checkGroup(groupId)
    const asked = checkPartitions('offsets', offsets, true)
    const admin = await this.#connection()
    await abortable(call(admin.alterGroupOffsets(group, asked)), options.signal)
  }

  /**
   * Moves the group's offsets of `partitions` to the earliest or latest
   * offset, or to the first at or after a timestamp; returns the offsets
   * set. The group must have no members.
   */
  async resetGroupOffsets(groupId: string, partitions: { topic: string; partition: number }[], to: ResetTo, options: AbortOptions = {}): Promise<GroupOffset[]> {
    const group = checkGroup(groupId)
    const asked = checkPartitions('partitions', partitions, false)
    const spec = checkResetTo(to)
    const admin = await this.#connection()
    return abortable(call(admin.resetGroupOffsets(group, asked, spec.to, spec.timestamp)), options.signal)
  }

  /** The group's lag per partition, with the member each is assigned to. */
  async groupLag(groupId: string, options: AbortOptions = {}): Promise<GroupLag> {
    const group = checkGroup(groupId)
    const admin = await this.#connection()
    return toLag(await abortable(call(admin.groupLag(group)), options.signal))
  }

  /** Deletes groups (which must have no members); each carries its own `error` if it failed. */
  async deleteGroups(groupIds: string[], options: AbortOptions = {}): Promise<{ groupId: string; error?: KafkaError }[]> {
    if (!Array.isArray(groupIds) || groupIds.length === 0) fail('groupIds', groupIds, 'a non-empty array of group ids')
    const groups = groupIds.map(checkGroup)
    const admin = await this.#connection()
    const done = await abortable(call(admin.deleteGroups(groups)), options.signal)
    return done.map((g) => {
      const error = itemError(g.error)
      return error ? { groupId: g.groupId, error } : { groupId: g.groupId }
    })
  }

  /**
   * The groups of every broker that answered; with `states`, only groups in
   * one of them (e.g. `['Empty']`). Brokers that could not be asked are in
   * the result's `brokerErrors`; rejects only when no broker answered.
   */
  async listGroups(options: AbortOptions & { states?: string[] } = {}): Promise<GroupList> {
    const states = options.states ?? []
    if (!Array.isArray(states) || !states.every((s) => typeof s === 'string')) fail('states', states, "an array of group states, e.g. ['Stable', 'Empty']")
    const admin = await this.#connection()
    const list = await abortable(call(admin.listGroups(states)), options.signal)
    return toGroupList(list.groups, list.brokerErrors.map((b) => ({ nodeId: b.nodeId, error: itemError(b.error) ?? new KafkaError(b.error) })))
  }

  /** Each group's state, assignor and members, in the order asked; a group that failed carries its own `error`. */
  async describeGroups(groupIds: string[], options: AbortOptions = {}): Promise<GroupDescription[]> {
    if (!Array.isArray(groupIds) || groupIds.length === 0) fail('groupIds', groupIds, 'a non-empty array of group ids')
    const groups = groupIds.map(checkGroup)
    const admin = await this.#connection()
    const found = await abortable(call(admin.describeGroups(groups)), options.signal)
    return found.map((g) => {
      const out: GroupDescription = {
        groupId: g.groupId,
        state: g.state ?? null,
        protocolType: g.protocolType ?? null,
        assignor: g.assignor ?? null,
        members: g.members.map((m) => ({ ...m, groupInstanceId: m.groupInstanceId ?? null })),
      }
      const error = itemError(g.error)
      if (error) out.error = error
      return out
    })
  }

  /** Deletes the group's committed offsets of `partitions`; each partition carries its own `error` if it failed. */
  async deleteGroupOffsets(groupId: string, partitions: { topic: string; partition: number }[], options: AbortOptions = {}): Promise<{ topic: string; partition: number; error?: KafkaError }[]> {
    const group = checkGroup(groupId)
    const asked = checkPartitions('partitions', partitions, false)
    const admin = await this.#connection()
    const done = await abortable(call(admin.deleteGroupOffsets(group, asked)), options.signal)
    return done.map((p) => {
      const error = itemError(p.error)
      return error ? { topic: p.topic, partition: p.partition, error } : { topic: p.topic, partition: p.partition }
    })
  }

  /** Raises topics' partition counts (`validateOnly`: only check); each topic carries its own `error` if it failed. */
  async createPartitions(topics: NewPartitions[], options: AbortOptions & { validateOnly?: boolean } = {}): Promise<{ topic: string; error?: KafkaError }[]> {
    if (!Array.isArray(topics) || topics.length === 0) fail('topics', topics, 'a non-empty array of { topic, count }')
    const asked = topics.map(checkNewPartitions)
    const admin = await this.#connection()
    const done = await abortable(call(admin.createPartitions(asked, options.validateOnly ?? false)), options.signal)
    return done.map((t) => {
      const error = itemError(t.error)
      return error ? { topic: t.topic, error } : { topic: t.topic }
    })
  }

  /** Looks up the earliest or latest offset of partitions, or the first at or after a timestamp. */
  async listOffsets(partitions: { topic: string; partition: number }[], spec: 'earliest' | 'latest' | { timestamp: number }, options: AbortOptions & { isolationLevel?: 'read_committed' | 'read_uncommitted' } = {}): Promise<ListedOffset[]> {
    const asked = checkPartitions('partitions', partitions, false)
    const s = checkSpec(spec)
    const admin = await this.#connection()
    const found = await abortable(call(admin.listOffsets(asked.map((p) => ({ ...p, ...s })), options.isolationLevel === 'read_committed')), options.signal)
    return found.map((o) => {
      const out: ListedOffset = { topic: o.topic, partition: o.partition, offset: o.offset ?? null, timestamp: o.timestamp ?? null }
      const error = itemError(o.error)
      if (error) out.error = error
      return out
    })
  }

  /** Deletes every record before `offset` (-1: all) of each partition; returns the new low watermarks. */
  async deleteRecords(partitions: { topic: string; partition: number; offset: number }[], options: AbortOptions = {}): Promise<DeletedRecords[]> {
    if (!Array.isArray(partitions) || partitions.length === 0) fail('partitions', partitions, 'a non-empty array of { topic, partition, offset }')
    const asked = partitions.map(checkDeleteBefore)
    const admin = await this.#connection()
    const done = await abortable(call(admin.deleteRecords(asked)), options.signal)
    return done.map((d) => {
      const out: DeletedRecords = { topic: d.topic, partition: d.partition, lowWatermark: d.lowWatermark ?? null }
      const error = itemError(d.error)
      if (error) out.error = error
      return out
    })
  }

  /** The cluster's id, controller and live brokers. */
  async describeCluster(options: AbortOptions = {}): Promise<ClusterDescription> {
    const admin = await this.#connection()
    const c = await abortable(call(admin.describeCluster()), options.signal)
    return {
      clusterId: c.clusterId ?? null,
      controllerId: c.controllerId ?? null,
      brokers: c.brokers.map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack ?? null })),
    }
  }

  /**
   * The API versions and features of every live broker, by node id. A broker
   * that could not be asked carries its own `error` and empty lists.
   */
  async describeBrokerVersions(options: AbortOptions = {}): Promise<BrokerVersions[]> {
    const admin = await this.#connection()
    const brokers = await abortable(call(admin.describeBrokerVersions()), options.signal)
    return brokers.map((b) => {
      const error = itemError(b.error)
      return {
        nodeId: b.nodeId,
        apis: b.apis.map((a) => ({ apiKey: a.apiKey, name: a.name ?? null, minVersion: a.minVersion, maxVersion: a.maxVersion })),
        supportedFeatures: b.supportedFeatures,
        finalizedFeatures: b.finalizedFeatures,
        finalizedFeaturesEpoch: b.finalizedFeaturesEpoch,
        ...(error ? { error } : {}),
      }
    })
  }

  /** Creates ACLs; each carries its own `error` if it failed. */
  async createAcls(acls: Acl[], options: AbortOptions = {}): Promise<{ acl: Acl; error?: KafkaError }[]> {
    if (!Array.isArray(acls) || acls.length === 0) fail('acls', acls, 'a non-empty array of ACLs')
    const asked = acls.map((a) => checkAcl(a, true))
    const admin = await this.#connection()
    const done = await abortable(call(admin.createAcls(asked)), options.signal)
    return done.map((coded, i) => {
      const error = itemError(coded)
      return error ? { acl: acls[i], error } : { acl: acls[i] }
    })
  }

  /** The ACLs that match a filter. */
  async describeAcls(filter: AclFilter, options: AbortOptions = {}): Promise<Acl[]> {
    const asked = checkAcl(filter, false)
    const admin = await this.#connection()
    return (await abortable(call(admin.describeAcls(asked)), options.signal)).map(toAcl)
  }

  /** Deletes the ACLs matching each filter; returns, per filter, what it deleted. */
  async deleteAcls(filters: AclFilter[], options: AbortOptions = {}): Promise<AclDeletion[]> {
    if (!Array.isArray(filters) || filters.length === 0) fail('filters', filters, 'a non-empty array of ACL filters')
    const asked = filters.map((f) => checkAcl(f, false))
    const admin = await this.#connection()
    const done = await abortable(call(admin.deleteAcls(asked)), options.signal)
    return done.map((d) => {
      const out: AclDeletion = { deleted: d.deleted.map(toAcl) }
      const error = itemError(d.error)
      if (error) out.error = error
      return out
    })
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
