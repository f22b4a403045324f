// Bad options fail at construction with a ConfigError naming the option.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Kafka, ConfigError, KafkaError } from 'ferrokafka'

const brokers = ['127.0.0.1:9092']

function rejects(fn, option, text) {
  assert.throws(fn, (error) => {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${error}`)
    assert.ok(error instanceof KafkaError)
    assert.equal(error.option, option)
    if (text) assert.match(error.message, text)
    return true
  })
}

test('client options are checked by new Kafka()', () => {
  rejects(() => new Kafka(), 'brokers')
  rejects(() => new Kafka({ brokers: [] }), 'brokers', /host:port/)
  rejects(() => new Kafka({ brokers: ['no-port'] }), 'brokers', /host:port/)
  rejects(() => new Kafka({ brokers, requestTimeoutMs: -5 }), 'requestTimeoutMs', /integer from 1/)
  rejects(() => new Kafka({ brokers, requestTimeoutMS: 5 }), 'requestTimeoutMS', /unknown option.*requestTimeoutMs/)
  rejects(() => new Kafka({ brokers, logLevel: 'loud' }), 'logLevel', /'debug'/)
  assert.ok(new Kafka({ brokers: '127.0.0.1:1,127.0.0.1:2' }))
})

test('TLS and SASL options are checked for shape before connecting', () => {
  rejects(() => new Kafka({ brokers, ssl: { ca: 42 } }), 'ssl.ca', /PEM/)
  rejects(() => new Kafka({ brokers, sasl: { mechanism: 'plain', username: 'u' } }), 'sasl.password')
  rejects(() => new Kafka({ brokers, sasl: { mechanism: 'gssapi' } }), 'mechanism', /scram-sha-256/)
  rejects(() => new Kafka({ brokers, sasl: { mechanism: 'oauthbearer' } }), 'sasl.oauthBearerProvider')
  rejects(() => new Kafka({ brokers, ssl: 'yes' }), 'ssl', /true, false or an object/)
  rejects(() => new Kafka({ brokers, ssl: { cert: '-----BEGIN CERTIFICATE-----' } }), 'tls.client_key', /together/)
  rejects(() => new Kafka({ brokers, ssl: { servername: 'not a name!' } }), 'tls.server_name', /DNS name/)
})

test('producer options are checked by kafka.producer()', () => {
  const kafka = new Kafka({ brokers })
  rejects(() => kafka.producer({ acks: 1 }), 'acks', /'all'/)
  rejects(() => kafka.producer({ acks: 'leader', idempotent: true }), 'acks', /idempotent: false/)
  rejects(() => kafka.producer({ maxInFlight: 6 }), 'maxInFlight', /1 to 5/)
  rejects(() => kafka.producer({ compression: 'brotli' }), 'compression', /'zstd'/)
  rejects(() => kafka.producer({ lingerMs: 1.5 }), 'lingerMs')
  rejects(() => kafka.producer({ partitioner: 'random' }), 'partitioner', /'murmur2'/)
  rejects(() => kafka.producer({ retries: 3 }), 'retries', /deliveryTimeoutMs/)
  // acks other than 'all' turn idempotence off unless it is asked for.
  assert.ok(kafka.producer({ acks: 'leader', maxInFlight: 10 }))
  assert.ok(kafka.producer({ partitioner: () => 0, compression: 'zstd', compressionLevel: 3 }))
})

test('consumer options are checked by kafka.consumer()', () => {
  const kafka = new Kafka({ brokers })
  rejects(() => kafka.consumer({}), 'groupId', /required/)
  rejects(() => kafka.consumer({ groupId: 'g', autoOffsetReset: 'beginning' }), 'autoOffsetReset', /'earliest'/)
  rejects(() => kafka.consumer({ groupId: 'g', assignors: ['fair'] }), 'assignors', /cooperative-sticky/)
  rejects(() => kafka.consumer({ groupId: 'g', heartbeatIntervalMs: 50_000 }), 'heartbeatIntervalMs', /sessionTimeoutMs/)
  rejects(() => kafka.consumer({ groupId: 'g', groupProtocol: 'kip848' }), 'groupProtocol', /'consumer'/)
  rejects(() => kafka.consumer({ groupId: 'g', autoCommit: 'no' }), 'autoCommit', /true or false|boolean/)
})
