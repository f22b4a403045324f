// Consumer options: types and checks.
import { MAX_MS } from './config.js'
import { ConfigError } from './errors.js'
import { bool, int, oneOf, onlyKnown, str } from './validate.js'

/** Consumer options (defaults as in the Java client, see docs/node.md). */
export interface ConsumerConfig {
  /** The consumer group to join. Required. */
  groupId: string
  /** A stable member id (static membership). */
  groupInstanceId?: string
  /** Where to start without a committed offset. Default 'latest'. */
  autoOffsetReset?: 'earliest' | 'latest' | 'none'
  /** Default 'read_committed'. */
  isolationLevel?: 'read_committed' | 'read_uncommitted'
  /** Default 45000. */
  sessionTimeoutMs?: number
  /** Default 3000. */
  heartbeatIntervalMs?: number
  /** Default 300000. */
  rebalanceTimeoutMs?: number
  /** A member that does not poll for this long leaves the group. Default 300000. */
  maxPollIntervalMs?: number
  /** How often processed offsets are committed. Default 5000. */
  autoCommitIntervalMs?: number
  /** Default ['cooperative-sticky']. */
  assignors?: Array<'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky'>
  fetchMinBytes?: number
  fetchMaxBytes?: number
  maxPartitionFetchBytes?: number
  /** Default 500. */
  fetchMaxWaitMs?: number
  /** Fetched bytes held before fetching pauses. Default 64 MiB. */
  maxPrefetchBytes?: number
  /** Most records per batch handed to the application. Default 500. */
  maxPollRecords?: number
  /**
   * Commit processed offsets every `autoCommitIntervalMs`, before
   * partitions move and on `disconnect()`. Default true; turn it off when
   * offsets are committed by hand or in transactions.
   */
  autoCommit?: boolean
  /**
   * 'classic' (default): JoinGroup/SyncGroup, the members assign.
   * 'consumer': the KIP-848 protocol (Kafka 4.0+), the coordinator assigns
   * and `assignors` is ignored.
   */
  groupProtocol?: 'classic' | 'consumer'
  /** With groupProtocol 'consumer': the coordinator's assignor ('uniform' or 'range'). */
  serverAssignor?: string
  /** Check each fetched batch's CRC. Default true. */
  checkCrcs?: boolean
}

const CONSUMER_OPTIONS = [
  'groupId', 'groupInstanceId', 'autoOffsetReset', 'isolationLevel', 'sessionTimeoutMs', 'heartbeatIntervalMs',
  'rebalanceTimeoutMs', 'maxPollIntervalMs', 'autoCommitIntervalMs', 'assignors', 'fetchMinBytes', 'fetchMaxBytes',
  'maxPartitionFetchBytes', 'fetchMaxWaitMs', 'maxPrefetchBytes', 'maxPollRecords', 'autoCommit', 'groupProtocol',
  'serverAssignor', 'checkCrcs',
] as const

const ASSIGNORS = ['range', 'roundrobin', 'sticky', 'cooperative-sticky']

export function resolveConsumer(config: unknown) {
  const o = onlyKnown('consumer()', config, CONSUMER_OPTIONS)
  const groupId = str(o, 'groupId')
  if (groupId === undefined) throw new ConfigError('groupId', 'consumer(): the option `groupId` is required, e.g. { groupId: "billing" }')
  const assignors = o.assignors
  if (assignors !== undefined && (!Array.isArray(assignors) || assignors.length === 0 || !assignors.every((a) => ASSIGNORS.includes(a)))) {
    throw new ConfigError('assignors', `invalid option \`assignors\` = ${JSON.stringify(assignors)}: expected a non-empty array of ${ASSIGNORS.join(', ')}`)
  }
  const sessionTimeoutMs = int(o, 'sessionTimeoutMs', 1, MAX_MS)
  const heartbeatIntervalMs = int(o, 'heartbeatIntervalMs', 1, MAX_MS)
  if (heartbeatIntervalMs !== undefined && heartbeatIntervalMs >= (sessionTimeoutMs ?? 45_000)) {
    throw new ConfigError('heartbeatIntervalMs', `invalid option \`heartbeatIntervalMs\` = ${heartbeatIntervalMs}: expected less than sessionTimeoutMs (${sessionTimeoutMs ?? 45_000}); a third of it is usual`)
  }
  return {
    groupId,
    groupInstanceId: str(o, 'groupInstanceId'),
    autoOffsetReset: oneOf(o, 'autoOffsetReset', ['earliest', 'latest', 'none'] as const),
    isolationLevel: oneOf(o, 'isolationLevel', ['read_committed', 'read_uncommitted'] as const),
    sessionTimeoutMs,
    heartbeatIntervalMs,
    rebalanceTimeoutMs: int(o, 'rebalanceTimeoutMs', 1, MAX_MS),
    maxPollIntervalMs: int(o, 'maxPollIntervalMs', 1, MAX_MS),
    autoCommitIntervalMs: int(o, 'autoCommitIntervalMs', 1, MAX_MS),
    assignors: assignors as string[] | undefined,
    fetchMinBytes: int(o, 'fetchMinBytes', 0, MAX_MS),
    fetchMaxBytes: int(o, 'fetchMaxBytes', 1, MAX_MS),
    maxPartitionFetchBytes: int(o, 'maxPartitionFetchBytes', 1, MAX_MS),
    fetchMaxWaitMs: int(o, 'fetchMaxWaitMs', 0, MAX_MS),
    maxPrefetchBytes: int(o, 'maxPrefetchBytes', 1, Number.MAX_SAFE_INTEGER),
    maxPollRecords: int(o, 'maxPollRecords', 1, MAX_MS),
    autoCommit: bool(o, 'autoCommit'),
    groupProtocol: oneOf(o, 'groupProtocol', ['classic', 'consumer'] as const),
    serverAssignor: str(o, 'serverAssignor'),
    checkCrcs: bool(o, 'checkCrcs'),
  }
}
