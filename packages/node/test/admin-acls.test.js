// ACLs and createTopics options through the admin client. The 1-node test
// cluster runs an authorizer (docs/harness.md); the plaintext listener's
// principal is a super user.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { ConfigError, KafkaError } from 'ferrokafka'
import { kafka, unique, eventually } from './helpers.js'

const admin = kafka().admin()
after(() => admin.disconnect())

test('createAcls, describeAcls and deleteAcls round-trip a prefixed ACL', async () => {
  const prefix = unique('acl')
  const principal = `User:${unique('someone')}`
  const acl = { resourceType: 'topic', resourceName: prefix, patternType: 'prefixed', principal, host: '*', operation: 'read', permission: 'allow' }
  const [created] = await admin.createAcls([acl])
  assert.equal(created.error, undefined)
  const described = await eventually(() => admin.describeAcls({ resourceType: 'topic', principal }), (acls) => acls.length > 0, 'the new ACL showing')
  assert.deepEqual(described, [acl])
  assert.deepEqual(await admin.describeAcls({ resourceType: 'group', principal }), [])
  const [deletion] = await admin.deleteAcls([{ resourceType: 'topic', resourceName: prefix, patternType: 'prefixed', principal }])
  assert.equal(deletion.error, undefined)
  assert.deepEqual(deletion.deleted, [acl])
  await eventually(() => admin.describeAcls({ resourceType: 'any', principal }), (acls) => acls.length === 0, 'the deleted ACL going')
})

test('ACL names are checked', async () => {
  const base = { resourceType: 'topic', resourceName: 't', principal: 'User:x', operation: 'read', permission: 'allow' }
  await assert.rejects(admin.createAcls([{ ...base, operation: 'peek' }]), (e) => e instanceof ConfigError && e.option === 'operation')
  await assert.rejects(admin.createAcls([{ ...base, resourceType: 'table' }]), (e) => e instanceof ConfigError && e.option === 'resourceType')
  await assert.rejects(admin.createAcls([{ ...base, permission: undefined }]), (e) => e instanceof ConfigError && e.option === 'permission')
})

test('createTopics returns each topic; validateOnly creates nothing; an explicit assignment sets the replicas', async () => {
  const [{ nodeId }] = (await admin.describeCluster()).brokers
  const checked = unique('validate')
  const [result] = await admin.createTopics([{ name: checked, partitions: 2, replicationFactor: 1 }], { validateOnly: true })
  assert.deepEqual([result.name, result.partitions, result.replicationFactor], [checked, 2, 1])
  assert.ok(!(await admin.listTopics()).includes(checked))

  const placed = unique('assigned')
  const [created] = await admin.createTopics([{ name: placed, assignment: [[nodeId], [nodeId], [nodeId]] }])
  assert.deepEqual([created.name, created.partitions, created.replicationFactor], [placed, 3, 1])
  const [described] = await admin.describeTopics([placed])
  assert.equal(created.topicId, described.topicId)
  assert.deepEqual(described.partitions.map((p) => p.replicas), [[nodeId], [nodeId], [nodeId]])
  await assert.rejects(admin.createTopics([{ name: unique('nowhere'), assignment: [[nodeId + 1000]] }]), KafkaError)
  await assert.rejects(admin.createTopics([{ name: 'x', partitions: 1, assignment: [[nodeId]] }]), (e) => e instanceof ConfigError && e.option === 'assignment')
  await admin.deleteTopics([placed])
})
