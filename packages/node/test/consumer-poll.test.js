// How the consumer takes batches from the engine: records the engine
// already holds come from the synchronous tryPoll, the rest from poll.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { topic, string } from 'ferrokafka'
import { kafka, createTopic, unique, take } from './helpers.js'

const { NativeConsumer } = createRequire(import.meta.url)('../native/index.cjs')
const client = kafka()
const producer = client.producer({ lingerMs: 1 })
after(() => producer.disconnect())

test('records the engine holds are taken without waiting, in order with the waiting polls', async () => {
  const name = await createTopic(client, 'try-poll', 1)
  const t = topic(name, { value: string() })
  const count = 3000
  await producer.send(t, Array.from({ length: count }, (_, i) => ({ value: `v${i}` })))

  // Count the batches each native call hands over.
  const { poll, tryPoll } = NativeConsumer.prototype
  const batches = { poll: 0, tryPoll: 0 }
  NativeConsumer.prototype.poll = async function (wait) {
    const batch = await poll.call(this, wait)
    if (batch.offsets.length > 0) batches.poll++
    return batch
  }
  NativeConsumer.prototype.tryPoll = function () {
    const batch = tryPoll.call(this)
    if (batch) batches.tryPoll++
    return batch
  }
  const consumer = client.consumer({ groupId: unique('g'), autoOffsetReset: 'earliest', maxPollRecords: 100 })
  try {
    const got = await take(consumer, t, count)
    assert.deepEqual(got.map((m) => m.value), Array.from({ length: count }, (_, i) => `v${i}`))
    assert.deepEqual(got.map((m) => m.offset), Array.from({ length: count }, (_, i) => BigInt(i)))
  } finally {
    await consumer.disconnect()
    Object.assign(NativeConsumer.prototype, { poll, tryPoll })
  }
  // One fetch brings more than 100 records: the polls after the first
  // find them already in the engine.
  assert.ok(batches.poll >= 1, JSON.stringify(batches))
  assert.ok(batches.tryPoll >= 1, JSON.stringify(batches))
})
