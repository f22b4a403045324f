// Produce and consume throughput of ferrokafka beside other Node clients,
// against one broker in one run. Writes a markdown table.
//
//   FERROKAFKA_BROKERS=host:port [MODES=batch,single,consume] [CLIENTS=ferrokafka,...] node run.js [COUNT] [OUT.md]
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Kafka } from '../../packages/node/dist/esm/index.js'

const brokers = process.env.FERROKAFKA_BROKERS
if (!brokers) throw new Error('set FERROKAFKA_BROKERS to the broker to measure against')
const count = Number(process.argv[2] ?? 50_000)
const out = process.argv[3]
const clients = (process.env.CLIENTS ?? 'ferrokafka,kafkajs,platformatic,kafkats,confluent').split(',')
const sizes = [100, 1024]
const modes = (process.env.MODES ?? 'batch,single,consume').split(',')
const worker = fileURLToPath(new URL('./worker.js', import.meta.url))
const kafka = new Kafka({ clientId: 'bench', brokers: brokers.split(','), logLevel: 'nothing' })

async function available(client) {
  try {
    await import(`./clients/${client}.js`)
    return null
  } catch (error) {
    return error.message.split('\n')[0]
  }
}

async function freshTopic(label) {
  const name = `bench-${label}-${Date.now()}`
  const admin = kafka.admin()
  await admin.createTopics([{ name, partitions: 6, replicationFactor: 1 }])
  await admin.disconnect()
  return name
}

async function fill(topic, size) {
  const producer = kafka.producer()
  const value = Buffer.alloc(size, 121)
  for (let sent = 0; sent < count; sent += 1000) {
    await producer.send(topic, Array.from({ length: Math.min(1000, count - sent) }, () => ({ value })))
  }
  await producer.disconnect()
}

const rows = []
const skipped = []
for (const client of clients) {
  const reason = await available(client)
  if (reason) {
    skipped.push(`${client}: ${reason}`)
    continue
  }
  for (const size of sizes) {
    for (const mode of modes) {
      const topic = await freshTopic(`${client}-${mode}-${size}`)
      if (mode === 'consume') await fill(topic, size)
      const load = loadavg()[0].toFixed(2)
      let r
      try {
        const output = execFileSync(process.execPath, [worker, client, mode, topic, String(count), String(size), brokers], { encoding: 'utf8', timeout: 600_000 })
        r = JSON.parse(output.trim().split('\n').pop())
      } catch (error) {
        rows.push(`| ${client} | ${mode} | ${size} | failed: ${String(error.message).split('\n')[0]} | | | | ${load} |`)
        continue
      }
      const rate = Math.round(r.records / r.seconds)
      const cpuPerM = ((r.cpu / r.records) * 1e6).toFixed(1)
      rows.push(`| ${client} | ${mode} | ${size} | ${rate.toLocaleString('en-US')} | ${cpuPerM} | ${Math.round(r.maxRssMb)} | ${r.seconds.toFixed(2)} | ${load} |`)
      console.error(rows.at(-1))
    }
  }
}

const table = [
  `${count.toLocaleString('en-US')} records per row, keyless, one fresh 6-partition topic per row, acks=all.`,
  '',
  '| client | mode | value bytes | records/s | CPU s per million records | peak RSS MB | seconds | load avg (1 min) |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  ...skipped.map((s) => `Not measured: ${s}`),
].join('\n')
console.log(table)
if (out) writeFileSync(out, table + '\n')
