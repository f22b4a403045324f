// The API versions and features each broker supports, through the admin client.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { kafka } from './helpers.js'

const client = kafka()
const admin = client.admin()
after(() => admin.disconnect())

test('describeBrokerVersions lists every broker with its APIs and finalized metadata.version', async () => {
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
})
