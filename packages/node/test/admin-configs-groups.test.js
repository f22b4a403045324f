// Configs, groups, lag and offset resets through the admin client, against the real broker.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { ConfigError, KafkaError, UnknownTopicError } from 'ferrokafka'
import { kafka, createTopic, unique, eventually } from './helpers.js'

const client = kafka()
const admin = client.admin()
after(() => admin.disconnect())

test('describeConfigs shows a topic config set at creation; alterConfigs sets, validates and deletes', async () => {
  const name = unique('configs')
  await admin.createTopics([{ name, partitions: 1, replicationFactor: 1, configs: { 'retention.ms': '3600000' } }])
  const value = async (config) => {
    const [described] = await admin.describeConfigs([{ kind: 'topic', name }])
    assert.equal(described.error, undefined)
    return described.entries.find((e) => e.name === config)
  }
  const retention = await value('retention.ms')
  assert.deepEqual([retention.value, retention.source, retention.isDefault], ['3600000', 'topic', false])

  const [checked] = await admin.alterConfigs([{ kind: 'topic', name, changes: [{ op: 'set', name: 'retention.ms', value: '7200000' }] }], { validateOnly: true })
  assert.equal(checked.error, undefined)
  assert.equal((await value('retention.ms')).value, '3600000', 'validateOnly changes nothing')

  await admin.alterConfigs([{ kind: 'topic', name, changes: [{ op: 'set', name: 'retention.ms', value: '7200000' }, { op: 'set', name: 'cleanup.policy', value: 'compact' }] }])
  await eventually(() => value('retention.ms'), (e) => e.value === '7200000', 'retention.ms changing')
  await eventually(() => value('cleanup.policy'), (e) => e.value === 'compact', 'cleanup.policy changing')

  await admin.alterConfigs([{ kind: 'topic', name, changes: [{ op: 'delete', name: 'retention.ms' }] }])
  const reverted = await eventually(() => value('retention.ms'), (e) => e.isDefault, 'retention.ms going back to its default')
  assert.notEqual(reverted.source, 'topic')

  const [bad] = await admin.alterConfigs([{ kind: 'topic', name, changes: [{ op: 'set', name: 'retention.ms', value: 'soon' }] }])
  assert.ok(bad.error instanceof KafkaError && bad.error.type === 'INVALID_CONFIG', String(bad.error))

  const [missing, present] = await admin.describeConfigs([{ kind: 'topic', name: unique('absent') }, { kind: 'topic', name }])
  assert.ok(missing.error instanceof UnknownTopicError, String(missing.error))
  assert.equal(present.error, undefined)
  await admin.deleteTopics([name])
})

test('describeConfigs of a broker by node id', async () => {
  const [topicMeta] = await admin.describeTopics([await createTopic(client, 'broker-configs', 1)])
  const [broker] = await admin.describeConfigs([{ kind: 'broker', name: String(topicMeta.partitions[0].leader) }])
  assert.equal(broker.error, undefined)
  assert.ok(broker.entries.some((e) => e.name === 'num.partitions'))
  await admin.deleteTopics([topicMeta.name])
})

test('groupLag after a consumer read and left, then alterGroupOffsets, resetGroupOffsets and deleteGroups', async () => {
  const name = await createTopic(client, 'lag', 2)
  const producer = client.producer()
  await producer.send(name, Array.from({ length: 10 }, (_, i) => ({ value: Buffer.from(`r${i}`), partition: i % 2 })))
  await producer.disconnect()

  const groupId = unique('lag-group')
  const consumer = client.consumer({ groupId, autoOffsetReset: 'earliest' })
  let handled = 0
  let allHandled
  const done = new Promise((resolve) => (allHandled = resolve))
  const run = consumer.runEach(name, async () => {
    handled += 1
    if (handled === 10) allHandled()
  })
  await done
  await consumer.disconnect()
  await run
  // Offsets of a group can be changed only once it has no members.
  const deadline = Date.now() + 60_000
  while ((await admin.groupLag(groupId)).state !== 'Empty') {
    if (Date.now() > deadline) throw new Error('the group still has members a minute after its consumer left')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  // Every handled record was committed: no lag.
  assert.deepEqual(await admin.listGroupOffsets(groupId), [{ topic: name, partition: 0, offset: 5 }, { topic: name, partition: 1, offset: 5 }])
  assert.equal((await admin.groupLag(groupId)).total, 0)

  await admin.alterGroupOffsets(groupId, [{ topic: name, partition: 0, offset: 3 }])
  const lag = await admin.groupLag(groupId)
  assert.equal(lag.groupId, groupId)
  assert.equal(lag.total, 2)
  assert.deepEqual(lag.partitions.map((p) => [p.partition, p.committed, p.logEnd, p.lag]), [[0, 3, 5, 2], [1, 5, 5, 0]])

  const earliest = await admin.resetGroupOffsets(groupId, [{ topic: name, partition: 0 }, { topic: name, partition: 1 }], 'earliest')
  assert.deepEqual(earliest.map((o) => o.offset), [0, 0])
  assert.equal((await admin.groupLag(groupId)).total, 10)

  await admin.alterGroupOffsets(groupId, [{ topic: name, partition: 1, offset: 4 }])
  assert.deepEqual((await admin.listGroupOffsets(groupId)).map((o) => o.offset), [0, 4])

  const latest = await admin.resetGroupOffsets(groupId, [{ topic: name, partition: 0 }], 'latest')
  assert.deepEqual(latest, [{ topic: name, partition: 0, offset: 5 }])
  assert.equal((await admin.groupLag(groupId)).total, 1)

  const [deleted, unknown] = await admin.deleteGroups([groupId, unique('never-existed')])
  assert.deepEqual(deleted, { groupId })
  assert.ok(unknown.error instanceof KafkaError, 'a group that never existed gets its own error')
  assert.deepEqual(await admin.listGroupOffsets(groupId), [])
  await admin.deleteTopics([name])
})

test('group and config arguments are checked before anything is sent', async () => {
  await assert.rejects(admin.describeConfigs([{ kind: 'cluster', name: 'x' }]), (e) => e instanceof ConfigError && e.option === 'kind')
  await assert.rejects(admin.alterConfigs([{ kind: 'topic', name: 't', changes: [{ op: 'set', name: 'retention.ms' }] }]), (e) => e instanceof ConfigError && e.option === 'value')
  await assert.rejects(admin.describeConfigs([{ kind: 'broker', name: 'one' }]), (e) => e instanceof ConfigError && e.option === 'name')
  await assert.rejects(admin.resetGroupOffsets('g', [{ topic: 't', partition: 0 }], 'middle'), (e) => e instanceof ConfigError && e.option === 'to')
  await assert.rejects(admin.alterGroupOffsets('g', [{ topic: 't', partition: 0, offset: -1 }]), (e) => e instanceof ConfigError && e.option === 'offset')
  await assert.rejects(admin.groupLag(''), (e) => e instanceof ConfigError && e.option === 'groupId')
})
