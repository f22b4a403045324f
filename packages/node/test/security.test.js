// TLS and SASL against the secured listeners of the 1-node test cluster
// (see docs/harness.md, `--security`).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { Kafka, AuthenticationError, AuthorizationError, TlsError } from 'ferrokafka'
import { unique } from './helpers.js'

function env(name) {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the tests through tests/kafka/with-clusters (see docs/harness.md)`)
  return value
}

const ca = () => readFileSync(env('FERROKAFKA_TLS_CA'))

function client(brokers, security) {
  return new Kafka({ clientId: 'ferrokafka-node-security-tests', brokers: env(brokers).split(','), logLevel: 'nothing', ...security })
}

/** Creates a topic, sends a record to it and reads it back, all as this client. */
async function roundTrip(kafka, prefix = 'secure') {
  const admin = kafka.admin()
  const name = unique(prefix)
  try {
    await admin.createTopics([{ name, partitions: 1, replicationFactor: 1 }])
    const producer = kafka.producer()
    try {
      const [sent] = await producer.send(name, [{ key: Buffer.from('k'), value: Buffer.from('secret hello') }])
      assert.equal(sent.offset, 0n)
    } finally {
      await producer.disconnect()
    }
    assert.ok((await admin.listTopics()).includes(name))
  } finally {
    await admin.deleteTopics([name]).catch(() => {})
    await admin.disconnect()
  }
}

/** An unsecured JWT (alg none) for the test cluster's OAUTHBEARER, valid for an hour. */
function unsecuredJwt(sub) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url')
  const now = Date.now() / 1000
  return `${b64({ alg: 'none' })}.${b64({ sub, iat: now, exp: now + 3600 })}.`
}

test('TLS with a client certificate (SSL listener)', async () => {
  const kafka = client('FERROKAFKA_BROKERS_TLS', {
    ssl: { ca: ca(), cert: readFileSync(env('FERROKAFKA_TLS_CLIENT_CERT'), 'utf8'), key: readFileSync(env('FERROKAFKA_TLS_CLIENT_KEY')) },
  })
  await roundTrip(kafka)
})

test('TLS with a CA that did not sign the broker certificate fails with a TlsError', async () => {
  const kafka = client('FERROKAFKA_BROKERS_TLS', {
    ssl: { ca: readFileSync(env('FERROKAFKA_TLS_OTHER_CA')), cert: readFileSync(env('FERROKAFKA_TLS_CLIENT_CERT')), key: readFileSync(env('FERROKAFKA_TLS_CLIENT_KEY')) },
  })
  const admin = kafka.admin()
  try {
    await assert.rejects(admin.listTopics(), (e) => e instanceof TlsError && e.type === 'TLS_FAILED')
  } finally {
    await admin.disconnect().catch(() => {})
  }
})

test('SASL/PLAIN over SASL_PLAINTEXT', async () => {
  await roundTrip(client('FERROKAFKA_BROKERS_SASL', { sasl: { mechanism: 'plain', username: 'admin', password: 'admin-secret' } }))
})

test('SASL/SCRAM-SHA-256 over SASL_SSL', async () => {
  await roundTrip(client('FERROKAFKA_BROKERS_SASL_TLS', { ssl: { ca: ca() }, sasl: { mechanism: 'scram-sha-256', username: 'admin', password: 'admin-secret' } }))
})

test('SASL/SCRAM-SHA-512 over SASL_PLAINTEXT', async () => {
  await roundTrip(client('FERROKAFKA_BROKERS_SASL', { sasl: { mechanism: 'scram-sha-512', username: 'admin', password: 'admin-secret' } }))
})

test('SASL/OAUTHBEARER with an async JavaScript token provider', async () => {
  let calls = 0
  const oauthBearerProvider = async () => {
    calls += 1
    return { value: unsecuredJwt('admin'), lifetimeMs: 3_600_000, principal: 'admin' }
  }
  await roundTrip(client('FERROKAFKA_BROKERS_SASL', { sasl: { mechanism: 'oauthbearer', oauthBearerProvider } }))
  assert.ok(calls >= 1, 'the provider was called')
})

test('an OAUTHBEARER provider that rejects fails with an AuthenticationError carrying its message', async () => {
  const oauthBearerProvider = async () => {
    throw new Error('token endpoint unreachable')
  }
  const admin = client('FERROKAFKA_BROKERS_SASL', { sasl: { mechanism: 'oauthbearer', oauthBearerProvider } }).admin()
  try {
    await assert.rejects(admin.listTopics(), (e) => e instanceof AuthenticationError && /token endpoint unreachable/.test(e.message))
  } finally {
    await admin.disconnect().catch(() => {})
  }
})

test('a wrong password fails with an AuthenticationError', async () => {
  const admin = client('FERROKAFKA_BROKERS_SASL', { sasl: { mechanism: 'scram-sha-256', username: 'alice', password: 'not-her-secret' } }).admin()
  try {
    await assert.rejects(admin.listTopics(), (e) => e instanceof AuthenticationError && !e.message.includes('not-her-secret'))
  } finally {
    await admin.disconnect().catch(() => {})
  }
})

test('alice may use alice-* topics but not private-* ones (AuthorizationError)', async () => {
  const root = client('FERROKAFKA_BROKERS_SASL', { sasl: { mechanism: 'plain', username: 'admin', password: 'admin-secret' } }).admin()
  const closed = unique('private-node')
  await root.createTopics([{ name: closed, partitions: 1, replicationFactor: 1 }])
  const alice = client('FERROKAFKA_BROKERS_SASL', { sasl: { mechanism: 'plain', username: 'alice', password: 'alice-secret' } })
  try {
    await roundTrip(alice, 'alice-node')
    const producer = alice.producer()
    try {
      await assert.rejects(producer.send(closed, [{ value: Buffer.from('no') }]), AuthorizationError)
    } finally {
      await producer.disconnect().catch(() => {})
    }
  } finally {
    await root.deleteTopics([closed]).catch(() => {})
    await root.disconnect()
  }
})
