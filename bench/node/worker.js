// Runs one measurement in its own process, so that CPU time and peak RSS
// belong to one client and one scenario. Prints one JSON line.
//
//   node worker.js CLIENT MODE TOPIC COUNT SIZE BROKERS
//
// MODE: `batch`  — send() calls of 100 records, 20 calls in flight;
//       `single` — send() calls of one record, 1,000 calls in flight;
//       `consume` — read COUNT records of TOPIC as a new group member.
const [client, mode, topic, countArg, sizeArg, brokers] = process.argv.slice(2)
const count = Number(countArg)
const size = Number(sizeArg)
const impl = await import(`./clients/${client}.js`)
const conn = await impl.connect(brokers.split(','))

async function produce(perSend, inFlight) {
  const producer = await conn.producer()
  const value = Buffer.alloc(size, 120)
  const sends = Math.ceil(count / perSend)
  // One warm-up send: connections and metadata are not part of the figure.
  await producer.send(topic, [{ value }])
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  let next = 0
  const lane = async () => {
    while (next < sends) {
      next++
      await producer.send(topic, Array.from({ length: perSend }, () => ({ value })))
    }
  }
  await Promise.all(Array.from({ length: inFlight }, lane))
  const t1 = performance.now()
  const cpu = process.cpuUsage(cpu0)
  await producer.close()
  return { records: sends * perSend, seconds: (t1 - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 }
}

async function consume() {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const { end } = await conn.consume(topic, `bench-${process.pid}-${Date.now()}`, count)
  const cpu = process.cpuUsage(cpu0)
  // From the call until the last record: joining the group is included.
  return { records: count, seconds: (end - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 }
}

const result = mode === 'batch' ? await produce(100, 20) : mode === 'single' ? await produce(1, 1000) : await consume()
result.maxRssMb = process.resourceUsage().maxRSS / 1024
console.log(JSON.stringify(result))
process.exit(0)
