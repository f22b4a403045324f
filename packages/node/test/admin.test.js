// The admin client against the real broker.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { UnknownTopicError, ConfigError, AbortError, KafkaError } from 'ferrokafka'
import { kafka, unique } from './helpers.js'

test('createTopics, listTopics, describeTopics and deleteTopics', async () => {
  const admin = kafka().admin()
  after(() => admin.disconnect())
  const name = unique('admin')
  await admin.createTopics([{ name, partitions: 3, replicationFactor: 1, configs: { 'retention.ms': '604800000' } }])
  assert.ok((await admin.listTopics()).includes(name))
  assert.ok(!(await admin.listTopics()).includes('__consumer_offsets'))
  const [described] = await admin.describeTopics([name])
  assert.equal(described.name, name)
  assert.equal(described.isInternal, false)
  assert.match(described.topicId, /^[A-Za-z0-9_-]{22}$/)
  assert.deepEqual(described.partitions.map((p) => p.partition), [0, 1, 2])
  for (const p of described.partitions) {
    assert.equal(typeof p.leader, 'number')
    assert.deepEqual(p.isr, p.replicas)
  }
  await assert.rejects(admin.createTopics([{ name, partitions: 1 }]), (e) => e instanceof KafkaError && e.type === 'TOPIC_ALREADY_EXISTS' && e.code === 36)
  await admin.deleteTopics([name])
  assert.ok(!(await admin.listTopics()).includes(name))
  await assert.rejects(admin.describeTopics([name]), UnknownTopicError)
  await assert.rejects(admin.deleteTopics([name]), UnknownTopicError)
})

test('admin arguments are checked, and calls take an AbortSignal', async () => {
  const admin = kafka().admin()
  try {
    await assert.rejects(admin.createTopics([]), ConfigError)
    await assert.rejects(admin.createTopics([{ name: 'x', partitions: 0 }]), (e) => e instanceof ConfigError && e.option === 'partitions')
    await assert.rejects(admin.createTopics([{ name: 'x', partitions: 1, configs: { 'retention.ms': 5 } }]), (e) => e instanceof ConfigError && e.option === 'configs')
    await assert.rejects(admin.listTopics({ signal: AbortSignal.abort() }), AbortError)
  } finally {
    await admin.disconnect()
  }
  await assert.rejects(admin.listTopics(), /disconnected/)
})
