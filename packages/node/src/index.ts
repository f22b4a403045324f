// The public entry point of the `ferrokafka` package.
import { native } from './native.js'

export { Kafka } from './kafka.js'
export type { KafkaConfig, SslOptions, SaslOptions, SaslPasswordOptions, SaslOAuthBearerOptions, OAuthBearerToken } from './config.js'
export { Producer } from './producer.js'
export type { ProducerConfig, RecordMetadata, PartitionerContext, PartitionerFunction } from './producer.js'
export type { ProducerRecord, Headers, HeaderValue } from './pack.js'
export { Transaction } from './transaction.js'
export type { GroupMetadata, TransactionOffsets } from './transaction.js'
export { Consumer } from './consumer.js'
export type { ConsumerEvents, RunContext, RunEachOptions, Subscription, TopicPartition, TopicPartitionOffset } from './consumer.js'
export type { ConsumerConfig } from './consumer-options.js'
export type { Message } from './message.js'
export { Admin } from './admin.js'
export type { AdminCallOptions, NewTopic, CreatedTopic, PartitionDescription, TopicDescription } from './admin.js'
export type { Acl, AclFilter, AclDeletion, AclResourceType, AclPatternType, AclOperation } from './admin-acls.js'
export type { ConfigResource, ConfigEntry, ConfigChange, ResourceConfigs, ResourceChanges, ResourceOutcome } from './admin-configs.js'
export type { GroupOffset, GroupLag, PartitionLag, ResetTo, GroupListing, GroupList, BrokerError, GroupMember, GroupDescription } from './admin-groups.js'
export type { NewPartitions, OffsetQuerySpec, ListedOffset, DeletedRecords, ClusterDescription, BrokerVersions, ApiVersionRange, FeatureRange } from './admin-cluster.js'
export { topic } from './topic.js'
export type { Topic, TopicCodecs, TopicLike } from './topic.js'
export { string, json, buffer, codec } from './codecs.js'
export type { Codec, CodecOptions, CodecType, Parser } from './codecs.js'
export type { AbortOptions } from './abort.js'
export type { LogLevel, LogSink } from './logger.js'
export { droppedEngineLogEvents } from './engine-log.js'
export {
  KafkaError,
  ConfigError,
  TimeoutError,
  RecordTooLargeError,
  UnknownTopicError,
  AuthenticationError,
  AuthorizationError,
  TlsError,
  ProducerFencedError,
  TransactionAbortableError,
  TransactionStateError,
  ConnectionError,
  ClientClosedError,
  AbortError,
  DecodeError,
} from './errors.js'
export type { KafkaErrorOptions } from './errors.js'

/** The version of the native engine this package runs on. */
export function engineVersion(): string {
  return native.engineVersion()
}
