// Two consumers in separate processes share a topic through their group.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { topic, string } from 'ferrokafka'
import { kafka, brokers, createTopic, unique } from './helpers.js'

const member = fileURLToPath(new URL('./fixtures/group-member.js', import.meta.url))

function start(name, groupId, protocol) {
  const child = fork(member, [brokers().join(','), name, groupId, protocol], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const state = { child, assignment: [], messages: [] }
  child.on('message', (m) => {
    if (m.type === 'assignment') state.assignment = m.partitions
    else state.messages.push(m)
  })
  return state
}

async function until(condition, what) {
  const deadline = Date.now() + 120_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

for (const protocol of ['classic', 'consumer']) test(`two processes in one group (${protocol} protocol) split the partitions and together read every record`, async () => {
  const client = kafka()
  const name = await createTopic(client, 'group', 4)
  const groupId = unique('group')
  const members = [start(name, groupId, protocol), start(name, groupId, protocol)]
  try {
    await until(() => {
      const [a, b] = members.map((m) => m.assignment)
      return a.length > 0 && b.length > 0 && a.length + b.length === 4 && new Set([...a, ...b]).size === 4
    }, 'both members to own partitions')

    const producer = client.producer()
    const sent = []
    for (let p = 0; p < 4; p++) {
      const records = Array.from({ length: 10 }, (_, i) => ({ value: `p${p}-${i}`, partition: p }))
      sent.push(...records.map((r) => r.value))
      await producer.send(topic(name, { value: string() }), records)
    }
    await producer.disconnect()

    const seen = () => new Set(members.flatMap((m) => m.messages.map((x) => x.value)))
    await until(() => seen().size === sent.length, 'every record to be read')
    assert.deepEqual([...seen()].sort(), sent.sort())
    for (const m of members) {
      assert.ok(m.messages.length > 0, 'each member read records')
      for (const message of m.messages) assert.ok(m.assignment.includes(message.partition), `a member read partition ${message.partition} it does not own`)
    }
  } finally {
    for (const m of members) {
      if (m.child.connected) m.child.send('stop')
    }
    const exits = await Promise.all(members.map((m) => (m.child.exitCode !== null ? [m.child.exitCode] : once(m.child, 'exit'))))
    assert.deepEqual(exits.map(([code]) => code), [0, 0])
  }
})
