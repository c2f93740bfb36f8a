// types/runtime-data.d.ts, generated from data/runtime.json: the observation of every (line, platform)
// as a type, which types/runtime.d.ts reads. `npm run probe` writes it; `npm test` checks that the
// committed file is what the data gives, so the declarations cannot drift from the runtime.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from '../scripts/lib/consumer.mjs'
import { lines, platforms } from './lines.mjs'
import { members } from './table.mjs'
import { readPatches } from './versions.mjs'

export const versionsDeclarationsFile = join(root, 'types/versions.d.ts')

export const declarationsFile = join(root, 'types/runtime-data.d.ts')

/** A JavaScript type as the probe records it, as the type the declarations give that field. */
export const declaredTypeOf = { number: 'number', string: 'string', boolean: 'boolean', 'object of strings': 'Record<string, string>' }

const objectType = fields => `{ ${Object.entries(fields).map(([key, type]) => {
  if (!declaredTypeOf[type]) throw new Error(`no declared type for a field of JavaScript type ${type}`)
  return `${key}: ${declaredTypeOf[type]}`
}).join('; ')} }`

/** The event type a cell's listeners of one kind receive ('never' where no such listener works). */
function eventType(entry, kind) {
  const received = members.filter(name => (kind === 'progress') === /progress/i.test(name))
    .map(name => entry.members[name]?.listener).filter(listener => listener?.calls > 0)
  const shapes = new Set(received.map(listener => objectType(listener.receives)))
  if (shapes.size > 1) throw new Error(`${entry.line} ${entry.platform}: ${kind} listeners receive different events: ${[...shapes].join(' and ')}`)
  return [...shapes][0] ?? 'never'
}

function resolvedType(entry) {
  const { resolves } = entry
  if (resolves.settled !== 'resolved') throw new Error(`${entry.line} ${entry.platform}: the promise ${resolves.settled}`)
  if (resolves.with === 'the fetch Response') return 'FetchResponse'
  if (resolves.fields) return objectType(resolves.fields)
  throw new Error(`${entry.line} ${entry.platform}: no declared type for a promise that resolves with ${resolves.with}`)
}

/**
 * One member, as the facts the types need, every key written for every member so that a union of cells
 * is read with plain indexed access: whether it works (exists and does not throw), what a call returns
 * ('promise': the same promise; 'void': undefined; 'none' where it does not work), whether it runs a
 * callback it is given (abort), and whether a call with no argument removes every listener (off*).
 * Returns the facts as an object type and the name of the interface that holds them.
 */
function memberFacts(name, member) {
  if (!member || member.presence === 'absent' || member.result === 'throws') return { name: 'Fails', type: "{ works: false; returns: 'none'; callback: false; all: false }" }
  if (member.result !== 'promise' && member.result !== 'undefined') throw new Error(`${name} returns ${member.result}`)
  if (member.removesListenerOf && !Object.values(member.removesListenerOf).every(Boolean)) {
    throw new Error(`${name} does not remove the listener of ${JSON.stringify(member.removesListenerOf)}: the types assume it does`)
  }
  const returns = member.result === 'promise' ? 'promise' : 'void'
  const callback = member.runsCallback === true
  const all = Boolean(member.noArgument) && member.noArgument.removesEvery === true && member.noArgument.result !== 'throws'
  return {
    name: `Returns_${returns}${callback ? '_runs_callback' : ''}${all ? '_removes_all' : ''}`,
    type: `{ works: true; returns: '${returns}'; callback: ${callback}; all: ${all} }`,
  }
}

/**
 * One cell, as the body of an interface (indented lines). `refs` gives the references to what the file
 * writes once (see renderDeclarations): `fact(facts)` a member's facts, `members(rows)` the cell's set of
 * members, `shape(kind, type)` an event or result object type.
 */
function cellType(entry, refs) {
  // Every member is listed, with the same keys, so that the types read a union of cells with plain
  // indexed access (no mapped type, no distribution over platforms).
  const membersLine = `  members: ${refs.members(members.map(name => `  ${name}: ${refs.fact(memberFacts(name, entry.members?.[name]))}`))}`
  const none = [membersLine, '  progressEvent: never', '  headerEvent: never', '  resolves: never']
  if (!entry.published) return [`  // not published: ${entry.missing}`, ...none]
  if (entry.uploadFileThrows) return [`  // uploadFile throws ${entry.uploadFileThrows}`, ...none]
  return [
    membersLine,
    `  progressEvent: ${refs.shape('progress event', eventType(entry, 'progress'))}`,
    `  headerEvent: ${refs.shape('header event', eventType(entry, 'header'))}`,
    `  resolves: ${refs.shape('result', resolvedType(entry))}`,
  ]
}

/** Texts written once each, under the name the first one was given: `ref(text, name)` returns that name. */
function writtenOnce() {
  const names = new Map() // text → its name
  return { ref: (text, name) => names.get(text) ?? (names.set(text, name), name), entries: () => [...names] }
}

/**
 * The file's text: each distinct observation once, named after the first cell it was seen in; likewise
 * each distinct set of members and each member's facts; each distinct event or result object once, as a
 * property of \`Shapes\` named after its first cell, so that platforms that deliver the same object share
 * one type (a union of them prints it once).
 */
export function renderDeclarations(cells) {
  const entry = (line, platform) => cells.find(cell => cell.line === line && cell.platform === platform)
  const [facts, memberSets, shapes, named] = [writtenOnce(), writtenOnce(), writtenOnce(), writtenOnce()]
  const nameOf = (line, platform) => {
    const cell = `${line.replace('.', '_')}_${platform}`
    const body = cellType(entry(line, platform), {
      fact: ({ name, type }) => facts.ref(type, name),
      members: rows => memberSets.ref(rows.join('\n'), `Members_${cell}`),
      shape: (kind, type) => (type.startsWith('{') ? `Shapes['${shapes.ref(type, `${kind}, ${line} ${platform}`)}']` : type),
    }).join('\n')
    return named.ref(body, `Observed_${cell}`)
  }
  const table = lines.map(line => [`  '${line}': {`, ...platforms.map(platform => `    ${platform}: ${nameOf(line, platform)}`), '  }'].join('\n'))
  return `// Generated by \`npm run probe\` from data/runtime.json; do not edit. \`npm test\` checks it is up to date.
// Every (Taro line, platform) the probe executed: for each member, whether it works (exists, does not
// throw), what a call returns ('promise': the same promise; 'void': undefined), whether it runs a callback
// given to it, whether no argument removes every listener; the listeners' fields; what the promise
// resolves with. Each distinct observation, set of facts and object is written once, named after a cell.
import type { FetchResponse } from './fetch-response'

/** 探针执行过的最新版本线 / The newest line the probe executed: the default without \`Register\`. */
export type NewestLine = '${lines.at(-1)}'

/** Each set of facts a member has somewhere, once (\`Fails\`: missing, or throws). */
${facts.entries().map(([type, name]) => `interface ${name} ${type}`).join('\n')}

/** Each set of members' facts a cell has, once, named after the first cell it was seen in. */
${memberSets.entries().map(([rows, name]) => `interface ${name} {\n${rows}\n}`).join('\n\n')}

/** Each event and result object the cells deliver, once. */
interface Shapes {
${shapes.entries().map(([type, key]) => `  '${key}': ${type}`).join('\n')}
}

${named.entries().map(([body, name]) => `interface ${name} {\n${body}\n}`).join('\n\n')}

/** 每个版本线、每个平台上 \`uploadFile\` 返回值的实测行为 / What \`uploadFile\` returned, by line and platform. */
export interface RuntimeData {
${table.join('\n')}
}

// Only NewestLine and RuntimeData are this file's exports; the Observed_* interfaces stay private.
export {}
`
}

/**
 * types/versions.d.ts, from data/versions.json: the published releases of every probed line, which only
 * the root entry reads (to accept \`Register.taro\` as an exact version), so /module does not load them.
 */
export function renderVersionDeclarations(patches = readPatches()) {
  return `// Generated by \`npm run probe\` from data/versions.json; do not edit. \`npm test\` checks it is up to date.
// The published releases of @tarojs/taro in every line the probe executed: the root entry accepts
// \`Register.taro\` as one of these exact versions.

/**
 * 每个版本线已发布的补丁版本号（不含预发布），来自 npm（data/versions.json）。
 *
 * The patch numbers of every probed line's published @tarojs/taro releases, no pre-releases
 * (data/versions.json, from the registry): \`'4.1': 0 | 1\` means 4.1.0 and 4.1.1.
 */
export interface PublishedPatches {
${lines.map(line => `  '${line}': ${patches[line].join(' | ')}`).join('\n')}
}
`
}

export function writeDeclarations(cells) {
  writeFileSync(declarationsFile, renderDeclarations(cells))
  writeFileSync(versionsDeclarationsFile, renderVersionDeclarations())
}
export const declarationsUpToDate = cells => readFileSync(declarationsFile, 'utf8') === renderDeclarations(cells)
  && readFileSync(versionsDeclarationsFile, 'utf8') === renderVersionDeclarations()
