// ACL types of the admin client and their checks.
import type { KafkaError } from './errors.js'
import { fail, onlyKnown, str } from './validate.js'

/** What an ACL is about. */
export type AclResourceType = 'topic' | 'group' | 'cluster' | 'transactional-id' | 'delegation-token' | 'user'
/** How `resourceName` matches: exactly, or as a prefix. */
export type AclPatternType = 'literal' | 'prefixed'
/** What the ACL allows or denies. */
export type AclOperation =
  | 'all' | 'read' | 'write' | 'create' | 'delete' | 'alter' | 'describe' | 'cluster-action'
  | 'describe-configs' | 'alter-configs' | 'idempotent-write' | 'create-tokens' | 'describe-tokens' | 'two-phase-commit'

/** An ACL. */
export interface Acl {
  resourceType: AclResourceType
  resourceName: string
  /** Default `literal`. */
  patternType?: AclPatternType
  /** e.g. `User:alice`. */
  principal: string
  /** Default `*` (any host). */
  host?: string
  operation: AclOperation
  permission: 'allow' | 'deny'
}

/**
 * A pattern of ACLs for describeAcls / deleteAcls: fields left out match
 * anything; `'any'` does the same for the enumerations, and `patternType`
 * `'match'` also finds prefixed ACLs that cover `resourceName`.
 */
export interface AclFilter {
  resourceType: AclResourceType | 'any'
  resourceName?: string
  patternType?: AclPatternType | 'any' | 'match'
  principal?: string
  host?: string
  operation?: AclOperation | 'any'
  permission?: 'allow' | 'deny' | 'any'
}

/** What one deleteAcls filter removed, or the error it alone got. */
export interface AclDeletion {
  deleted: Acl[]
  error?: KafkaError
}

const KEYS = ['resourceType', 'resourceName', 'patternType', 'principal', 'host', 'operation', 'permission'] as const

/** Checks an ACL (`exact`) or a filter; the binding checks the names. */
export function checkAcl(value: unknown, exact: boolean) {
  const o = onlyKnown(exact ? 'ACL' : 'ACL filter', value, KEYS)
  const resourceType = str(o, 'resourceType') ?? fail('resourceType', o.resourceType, "'topic', 'group', 'cluster', ...")
  const out = {
    resourceType,
    resourceName: str(o, 'resourceName'),
    patternType: str(o, 'patternType'),
    principal: str(o, 'principal'),
    host: str(o, 'host'),
    operation: str(o, 'operation') ?? (exact ? fail('operation', o.operation, "'read', 'write', 'all', ...") : 'any'),
    permission: str(o, 'permission') ?? (exact ? fail('permission', o.permission, "'allow' or 'deny'") : 'any'),
  }
  return out
}

/** An ACL from the engine. */
export function toAcl(a: { resourceType: string; resourceName?: string | null; patternType?: string | null; principal?: string | null; host?: string | null; operation: string; permission: string }): Acl {
  return {
    resourceType: a.resourceType as AclResourceType,
    resourceName: a.resourceName ?? '',
    patternType: (a.patternType ?? 'literal') as AclPatternType,
    principal: a.principal ?? '',
    host: a.host ?? '*',
    operation: a.operation as AclOperation,
    permission: a.permission as 'allow' | 'deny',
  }
}
