// Group types of the admin client and their checks.
import { fail, int, str, onlyKnown } from './validate.js'

/** A committed offset (the next offset the group reads). */
export interface GroupOffset {
  topic: string
  partition: number
  offset: number
}

/** One partition of a group's lag. null where unknown. */
export interface PartitionLag {
  topic: string
  partition: number
  committed: number | null
  logEnd: number | null
  lag: number | null
  memberId: string | null
  clientId: string | null
  host: string | null
}

/** A group's lag, like `kafka-consumer-groups --describe` shows it. */
export interface GroupLag {
  groupId: string
  state: string
  /** Sum of the known lags. */
  total: number
  partitions: PartitionLag[]
}

/** Where `resetGroupOffsets` moves the offsets. */
export type ResetTo = 'earliest' | 'latest' | { timestamp: number }

/** Checks a group id. */
export function checkGroup(group: unknown): string {
  if (typeof group !== 'string' || group.length === 0) fail('groupId', group, 'a non-empty group id')
  return group
}

/** Checks `{ topic, partition }` items (and `offset` when asked). */
export function checkPartitions<T extends boolean>(
  name: string,
  items: unknown,
  withOffset: T,
): T extends true ? GroupOffset[] : { topic: string; partition: number }[] {
  const shape = withOffset ? '{ topic, partition, offset }' : '{ topic, partition }'
  if (!Array.isArray(items) || items.length === 0) fail(name, items, `a non-empty array of ${shape}`)
  return items.map((item) => {
    const o = onlyKnown(name, item, withOffset ? ['topic', 'partition', 'offset'] : ['topic', 'partition'])
    const topic = str(o, 'topic') ?? fail('topic', o.topic, 'a topic name')
    const partition = int(o, 'partition', 0, 2 ** 31 - 1) ?? fail('partition', o.partition, 'a partition index')
    if (!withOffset) return { topic, partition }
    const offset = int(o, 'offset', 0, Number.MAX_SAFE_INTEGER) ?? fail('offset', o.offset, 'an offset (an integer >= 0)')
    return { topic, partition, offset }
  }) as never
}

/** Checks where to reset to, in the native shape. */
export function checkResetTo(to: unknown): { to: string; timestamp?: number } {
  if (to === 'earliest' || to === 'latest') return { to }
  if (to !== null && typeof to === 'object') {
    const o = onlyKnown('to', to, ['timestamp'])
    const timestamp = int(o, 'timestamp', 0, Number.MAX_SAFE_INTEGER)
    if (timestamp !== undefined) return { to: 'timestamp', timestamp }
  }
  return fail('to', to, "'earliest', 'latest' or { timestamp: ms since the epoch }")
}

const orNull = <T>(v: T | null | undefined): T | null => v ?? null

/** A lag row from the engine. */
export function toLag(l: {
  groupId: string
  state: string
  total: number
  partitions: { topic: string; partition: number; committed?: number | null; logEnd?: number | null; lag?: number | null; memberId?: string | null; clientId?: string | null; host?: string | null }[]
}): GroupLag {
  return {
    groupId: l.groupId,
    state: l.state,
    total: l.total,
    partitions: l.partitions.map((p) => ({
      topic: p.topic,
      partition: p.partition,
      committed: orNull(p.committed),
      logEnd: orNull(p.logEnd),
      lag: orNull(p.lag),
      memberId: orNull(p.memberId),
      clientId: orNull(p.clientId),
      host: orNull(p.host),
    })),
  }
}

/** One listed group. */
export interface GroupListing {
  groupId: string
  /** `consumer` for consumer groups; empty for other kinds. */
  protocolType: string
  state: string
  /** `classic` or `consumer` (KIP-848), when the broker says. */
  groupType: string
}

/** A broker that could not list its groups, and why. */
export interface BrokerError {
  nodeId: number
  error: import('./errors.js').KafkaError
}

/**
 * What `listGroups` resolves with: the groups of the brokers that answered,
 * and, in `brokerErrors` (not enumerable, so the array still compares and
 * serialises as a plain array), the brokers whose groups are missing.
 */
export interface GroupList extends Array<GroupListing> {
  readonly brokerErrors: BrokerError[]
}

/** The native listing as a `GroupList`. */
export function toGroupList(
  groups: GroupListing[],
  brokerErrors: BrokerError[],
): GroupList {
  return Object.defineProperty(groups, 'brokerErrors', { value: brokerErrors, enumerable: false }) as GroupList
}

/** One member of a described group. */
export interface GroupMember {
  memberId: string
  groupInstanceId: string | null
  clientId: string
  clientHost: string
  subscription: string[]
  assignment: { topic: string; partition: number }[]
}

/** A described group, or the error it alone got. */
export interface GroupDescription {
  groupId: string
  state: string | null
  protocolType: string | null
  assignor: string | null
  members: GroupMember[]
  error?: import('./errors.js').KafkaError
}
