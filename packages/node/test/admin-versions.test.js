// The API versions and features each broker supports, through the admin client.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { kafka } from './helpers.js'

const runClass = new URL('../../../tests/kafka/run-class', import.meta.url).pathname

/** Kafka's own BrokerApiVersionsCommand: node id -> { apiKey: [min, max] }. */
function javaToolVersions() {
  const out = execFileSync(runClass, ['org.apache.kafka.tools.BrokerApiVersionsCommand', '--bootstrap-server', process.env.FERROKAFKA_BROKERS], { encoding: 'utf8', timeout: 180_000, stdio: ['ignore', 'pipe', 'ignore'] })
  const byNode = {}
  for (const block of out.split(/^(?=\S+ \(id: )/m).filter((b) => b.trim())) {
    const node = Number(/\(id: (\d+)/.exec(block)[1])
    byNode[node] = {}
    // "Produce(0): 0 to 13 [usable: 13]", or "OffsetDelete(47): 0 [usable: 0]" for one version.
    for (const [, key, lo, hi] of block.matchAll(/\w+\((\d+)\): (\d+)(?: to (\d+))?/g)) byNode[node][key] = [Number(lo), Number(hi ?? lo)]
  }
  return byNode
}

const client = kafka()
const admin = client.admin()
after(() => admin.disconnect())

test('describeBrokerVersions lists every broker with its APIs and finalized metadata.version, as Kafka\'s own tool sees them', async () => {
  const [brokers, cluster] = [await admin.describeBrokerVersions(), await admin.describeCluster()]
  assert.deepEqual(brokers.map((b) => b.nodeId), cluster.brokers.map((b) => b.nodeId).sort((a, b) => a - b))
  for (const b of brokers) {
    assert.equal(b.error, undefined, String(b.error))
    const produce = b.apis.find((a) => a.apiKey === 0)
    assert.equal(produce.name, 'Produce')
    assert.ok(produce.minVersion >= 0 && produce.maxVersion >= 9, JSON.stringify(produce))
    const fetch = b.apis.find((a) => a.apiKey === 1)
    assert.equal(fetch.name, 'Fetch')
    assert.ok(b.apis.every((a) => a.minVersion <= a.maxVersion), JSON.stringify(b.apis))
    const metadataVersion = b.finalizedFeatures.find((f) => f.name === 'metadata.version')
    assert.ok(metadataVersion && metadataVersion.max >= 1, JSON.stringify(b.finalizedFeatures))
    const supported = b.supportedFeatures.find((f) => f.name === 'metadata.version')
    assert.ok(supported && supported.min <= metadataVersion.max && metadataVersion.max <= supported.max, JSON.stringify(b.supportedFeatures))
    assert.ok(b.finalizedFeaturesEpoch >= 0)
  }
  const ours = Object.fromEntries(brokers.map((b) => [b.nodeId, Object.fromEntries(b.apis.map((a) => [a.apiKey, [a.minVersion, a.maxVersion]]))]))
  assert.deepEqual(ours, javaToolVersions())
})
