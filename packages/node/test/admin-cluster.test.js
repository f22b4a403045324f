// Partitions, offsets, records, the cluster and group listings through the admin client.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { ConfigError, KafkaError, UnknownTopicError } from 'ferrokafka'
import { kafka, createTopic, unique } from './helpers.js'

const client = kafka()
const admin = client.admin()
after(() => admin.disconnect())

async function fill(name, count, partition = 0) {
  const producer = client.producer()
  try {
    await producer.send(name, Array.from({ length: count }, (_, i) => ({ value: Buffer.from(`r${i}`), partition })))
  } finally {
    await producer.disconnect()
  }
}

test('describeCluster names the brokers the client bootstraps from', async () => {
  const cluster = await admin.describeCluster()
  assert.match(cluster.clusterId, /^[A-Za-z0-9_-]{22}$/)
  assert.ok(cluster.brokers.length >= 1)
  const bootstrap = process.env.FERROKAFKA_BROKERS.split(',')
  assert.ok(cluster.brokers.some((b) => bootstrap.includes(`${b.host}:${b.port}`)), JSON.stringify(cluster.brokers))
})

test('createPartitions raises the count (validateOnly first); a lower count fails alone', async () => {
  const name = await createTopic(client, 'grow', 1)
  const [checked] = await admin.createPartitions([{ topic: name, count: 3 }], { validateOnly: true })
  assert.equal(checked.error, undefined)
  assert.equal((await admin.describeTopics([name]))[0].partitions.length, 1)
  const [grown] = await admin.createPartitions([{ topic: name, count: 3 }])
  assert.deepEqual(grown, { topic: name })
  assert.equal((await admin.describeTopics([name]))[0].partitions.length, 3)
  const [shrink, missing] = await admin.createPartitions([{ topic: name, count: 2 }, { topic: unique('absent'), count: 2 }])
  assert.ok(shrink.error instanceof KafkaError && shrink.error.type === 'INVALID_PARTITIONS', String(shrink.error))
  assert.ok(missing.error instanceof UnknownTopicError, String(missing.error))
  await admin.deleteTopics([name])
})

test('listOffsets and deleteRecords move the earliest offset', async () => {
  const name = await createTopic(client, 'records', 1)
  await fill(name, 6)
  const p = [{ topic: name, partition: 0 }]
  assert.deepEqual((await admin.listOffsets(p, 'earliest')).map((o) => o.offset), [0])
  assert.deepEqual((await admin.listOffsets(p, 'latest')).map((o) => o.offset), [6])
  const [future] = await admin.listOffsets(p, { timestamp: Date.now() + 3_600_000 })
  assert.equal(future.offset, null)
  const [deleted] = await admin.deleteRecords([{ topic: name, partition: 0, offset: 4 }])
  assert.deepEqual(deleted, { topic: name, partition: 0, lowWatermark: 4 })
  assert.deepEqual((await admin.listOffsets(p, 'earliest')).map((o) => o.offset), [4])
  const [tooFar] = await admin.deleteRecords([{ topic: name, partition: 0, offset: 99 }])
  assert.ok(tooFar.error instanceof KafkaError && tooFar.error.type === 'OFFSET_OUT_OF_RANGE', String(tooFar.error))
  await admin.deleteTopics([name])
})

test('listGroups, describeGroups and deleteGroupOffsets see a group with committed offsets', async () => {
  const name = await createTopic(client, 'listed', 2)
  const groupId = unique('listed-group')
  await admin.alterGroupOffsets(groupId, [{ topic: name, partition: 0, offset: 0 }, { topic: name, partition: 1, offset: 0 }])
  const listed = (await admin.listGroups()).find((g) => g.groupId === groupId)
  assert.ok(listed, 'the group is listed')
  assert.equal(listed.state, 'Empty')
  assert.ok((await admin.listGroups({ states: ['Empty'] })).some((g) => g.groupId === groupId))
  assert.ok(!(await admin.listGroups({ states: ['Stable'] })).some((g) => g.groupId === groupId))
  const [described] = await admin.describeGroups([groupId])
  assert.equal(described.error, undefined)
  assert.equal(described.state, 'Empty')
  assert.deepEqual(described.members, [])
  const [dropped] = await admin.deleteGroupOffsets(groupId, [{ topic: name, partition: 1 }])
  assert.deepEqual(dropped, { topic: name, partition: 1 })
  assert.deepEqual((await admin.listGroupOffsets(groupId)).map((o) => o.partition), [0])
  await admin.deleteGroups([groupId])
  await admin.deleteTopics([name])
})

test('partition, offset and record arguments are checked before anything is sent', async () => {
  await assert.rejects(admin.createPartitions([{ topic: 't', count: 0 }]), (e) => e instanceof ConfigError && e.option === 'count')
  await assert.rejects(admin.listOffsets([{ topic: 't', partition: 0 }], 'newest'), (e) => e instanceof ConfigError && e.option === 'spec')
  await assert.rejects(admin.deleteRecords([{ topic: 't', partition: 0, offset: -2 }]), (e) => e instanceof ConfigError && e.option === 'offset')
  await assert.rejects(admin.listGroups({ states: 'Empty' }), (e) => e instanceof ConfigError && e.option === 'states')
})
