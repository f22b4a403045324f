// A transactional pipeline killed with SIGKILL and restarted again and
// again still writes exactly one output record per input record.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { topic, string } from 'ferrokafka'
import { kafka, brokers, createTopic, unique } from './helpers.js'

const pipeline = fileURLToPath(new URL('./fixtures/txn-pipeline.js', import.meta.url))
const RECORDS = 200_000
const PARTITIONS = 6
const KILLS = 5

function start(args) {
  const child = fork(pipeline, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const state = { child, committed: 0 }
  child.on('message', (m) => {
    state.committed += m.committed
  })
  return state
}

async function until(condition, what) {
  const deadline = Date.now() + 180_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

test('a pipeline killed with SIGKILL 5 times writes every record exactly once', { timeout: 600_000 }, async () => {
  const client = kafka()
  const input = topic(await createTopic(client, 'crash-in', PARTITIONS), { value: string() })
  const output = topic(await createTopic(client, 'crash-out', PARTITIONS), { value: string() })
  const seed = client.producer({ lingerMs: 5 })
  for (let i = 0; i < RECORDS; i += 10_000) {
    await seed.send(input, Array.from({ length: 10_000 }, (_, j) => ({ value: `record-${i + j}`, partition: (i + j) % PARTITIONS })))
  }
  await seed.disconnect()

  const args = [brokers().join(','), input.name, output.name, unique('crash')]
  let current
  const killedAfter = []
  try {
    for (let kill = 0; kill < KILLS; kill++) {
      current = start(args)
      await until(() => current.committed > 0, 'the pipeline to commit a transaction')
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 1500))
      current.child.kill('SIGKILL')
      await once(current.child, 'exit')
      killedAfter.push(current.committed)
    }
    // Each kill must have hit a running pipeline, not one that was done.
    assert.ok(killedAfter.reduce((a, b) => a + b, 0) < RECORDS, `the killed instances committed ${killedAfter}`)
    current = start(args)
    const consumer = client.consumer({ groupId: unique('crash-check'), autoOffsetReset: 'earliest', isolationLevel: 'read_committed' })
    const seen = new Map()
    let count = 0
    try {
      for await (const m of consumer.stream(output)) {
        count++
        seen.set(m.value, (seen.get(m.value) ?? 0) + 1)
        assert.equal(Number(m.value.slice(7)) % PARTITIONS, m.partition, m.value)
        if (count === RECORDS) break
      }
    } finally {
      await consumer.disconnect()
    }
    const duplicates = [...seen].filter(([, n]) => n > 1).map(([v]) => v)
    assert.deepEqual(duplicates.slice(0, 10), [])
    assert.equal(seen.size, RECORDS)
    console.log(`records committed by each killed instance: ${killedAfter.join(', ')}`)
    for (let i = 0; i < RECORDS; i += 9_973) assert.ok(seen.has(`RECORD-${i}`), `RECORD-${i}`)
  } finally {
    if (current && current.child.exitCode === null) {
      current.child.kill('SIGKILL')
      await once(current.child, 'exit')
    }
  }
})
