// Admin calls that ask several brokers or items at once report each one's
// failure next to the others' answers: listOffsets and describeConfigs with
// a bad item, listGroups with a broker of the 3-node cluster stopped. (The
// only test file that stops a node of the 3-node cluster.)
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Kafka, KafkaError, UnknownTopicError } from 'ferrokafka'
import { kafka, createTopic, unique } from './helpers.js'

const client = kafka()
const admin = client.admin()
after(() => admin.disconnect())

test('listOffsets gives the partition that exists its offset and the missing ones their error', async () => {
  const name = await createTopic(client, 'partial-offsets', 1)
  const producer = client.producer()
  await producer.send(name, [{ value: Buffer.from('a') }, { value: Buffer.from('b') }])
  await producer.disconnect()
  const missing = unique('partial-absent')
  const found = await admin.listOffsets([{ topic: name, partition: 0 }, { topic: name, partition: 7 }, { topic: missing, partition: 0 }], 'latest')
  assert.deepEqual(found[0], { topic: name, partition: 0, offset: 2, timestamp: null })
  for (const bad of found.slice(1)) {
    assert.equal(bad.offset, null)
    assert.ok(bad.error instanceof UnknownTopicError, String(bad.error))
  }
  assert.deepEqual(found.slice(1).map((o) => [o.topic, o.partition]), [[name, 7], [missing, 0]])
  await admin.deleteTopics([name])
})

test('describeConfigs of a topic and an unknown broker id: the topic has its configs, the broker its error', async () => {
  const name = await createTopic(client, 'partial-configs', 1)
  const [topic, broker] = await admin.describeConfigs([{ kind: 'topic', name }, { kind: 'broker', name: '4242' }])
  assert.equal(topic.error, undefined)
  assert.ok(topic.entries.some((e) => e.name === 'retention.ms'))
  assert.ok(broker.error instanceof KafkaError, String(broker.error))
  assert.deepEqual(broker.entries, [])
  await admin.deleteTopics([name])
})

test('listGroups with every broker up resolves with an array whose brokerErrors is empty', async () => {
  const groupId = unique('partial-group')
  const name = await createTopic(client, 'partial-groups', 1)
  await admin.alterGroupOffsets(groupId, [{ topic: name, partition: 0, offset: 0 }])
  const listed = await admin.listGroups()
  assert.ok(Array.isArray(listed))
  assert.deepEqual(listed.brokerErrors, [])
  assert.ok(listed.some((g) => g.groupId === groupId))
  assert.ok(!Object.keys(listed).includes('brokerErrors'), 'brokerErrors is not enumerable')
  await admin.deleteGroups([groupId])
  await admin.deleteTopics([name])
})

/** Java's String.hashCode, which Kafka uses to place a group. */
function javaHash(text) {
  let h = 0
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0
  return h
}

/** The __consumer_offsets partition whose leader coordinates the group. */
function coordinatorPartition(groupId, partitions) {
  const h = javaHash(groupId)
  return (h === -(2 ** 31) ? 0 : Math.abs(h)) % partitions
}

function cluster3(...args) {
  const dir = process.env.FERROKAFKA_CLUSTER_3
  if (!dir) throw new Error('FERROKAFKA_CLUSTER_3 is not set: run the tests through tests/kafka/with-clusters (see docs/harness.md)')
  const script = fileURLToPath(new URL('../../../tests/kafka/cluster', import.meta.url))
  execFileSync(script, args, { env: { ...process.env, FERROKAFKA_CLUSTER_DIR: dir }, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 })
}

test('listGroups with a broker stopped lists the live brokers\' groups and reports the stopped one', async (t) => {
  const brokers3 = process.env.FERROKAFKA_BROKERS_3
  if (!brokers3) throw new Error('FERROKAFKA_BROKERS_3 is not set: run the tests through tests/kafka/with-clusters (see docs/harness.md)')
  const victim = 3
  const admin3 = new Kafka({ clientId: 'ferrokafka-node-tests', brokers: brokers3.split(','), logLevel: 'nothing' }).admin()
  try {
    const name = unique('partial-three')
    await admin3.createTopics([{ name, partitions: 1, replicationFactor: 3 }])
    // A first commit makes the cluster create __consumer_offsets.
    const first = unique('partial-three-group')
    await admin3.alterGroupOffsets(first, [{ topic: name, partition: 0, offset: 0 }])
    // Pick groups that a live broker coordinates, and one that the broker
    // about to stop does (when it leads a __consumer_offsets partition).
    const [offsets] = await admin3.describeTopics(['__consumer_offsets'])
    const leaders = new Map(offsets.partitions.map((p) => [p.partition, p.leader]))
    assert.ok([...leaders.values()].some((l) => l !== null && l !== victim), JSON.stringify([...leaders]))
    const wantsVictim = [...leaders.values()].includes(victim)
    const elsewhere = []
    const onVictim = []
    while (elsewhere.length < 2 || (wantsVictim && onVictim.length === 0)) {
      const g = unique('partial-three-group')
      const leader = leaders.get(coordinatorPartition(g, offsets.partitions.length))
      if (leader === victim && onVictim.length === 0) onVictim.push(g)
      else if (leader !== null && leader !== undefined && leader !== victim && elsewhere.length < 2) elsewhere.push(g)
    }
    const groups = [...elsewhere, ...onVictim]
    for (const g of groups) await admin3.alterGroupOffsets(g, [{ topic: name, partition: 0, offset: 0 }])
    groups.push(first)
    const before = await admin3.listGroups()
    assert.deepEqual(before.brokerErrors, [])
    assert.ok(groups.every((g) => before.some((l) => l.groupId === g)))

    let listed
    let live
    cluster3('stop', String(victim))
    try {
      listed = await admin3.listGroups()
      live = (await admin3.describeCluster()).brokers.map((b) => b.nodeId)
    } finally {
      cluster3('start', String(victim))
    }
    assert.ok(listed.brokerErrors.every((b) => b.nodeId === victim), JSON.stringify(listed.brokerErrors))
    const reported = listed.brokerErrors.find((b) => b.nodeId === victim)
    t.diagnostic(`stopped broker reported: ${reported ? reported.error.type : 'no (already out of the metadata)'}`)
    if (reported) {
      assert.ok(reported.error instanceof KafkaError && reported.error.retriable, String(reported.error))
    } else {
      // The listing's metadata had already dropped the stopped broker.
      assert.ok(!live.includes(victim), JSON.stringify(live))
    }
    for (const g of elsewhere) assert.ok(listed.some((l) => l.groupId === g), `${g}, coordinated by a live broker, is listed`)

    await admin3.deleteGroups(groups)
    await admin3.deleteTopics([name])
  } finally {
    await admin3.disconnect()
  }
})
