// types/runtime-data.d.ts, generated from data/runtime.json: the observation of every version range
// on every platform as a type, which types/runtime.d.ts reads. `npm run probe` writes it; `npm test`
// checks that the committed file is what the data gives, so the declarations cannot drift from the runtime.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from '../scripts/lib/consumer.mjs'
import { byVersion, lines, platforms } from './lines.mjs'
import { availability, eventOf, members } from './table.mjs'

export const declarationsFile = join(root, 'types/runtime-data.d.ts')

/** A JavaScript type as the probe records it, as the type the declarations give that field. */
export const declaredTypeOf = { number: 'number', string: 'string', boolean: 'boolean', 'object of strings': 'Record<string, string>' }

const objectType = fields => `{ ${Object.entries(fields).map(([key, type]) => {
  if (!declaredTypeOf[type]) throw new Error(`no declared type for a field of JavaScript type ${type}`)
  return `${key}: ${declaredTypeOf[type]}`
}).join('; ')} }`

/** The event type a cell's listeners of one kind receive ('never' where no such listener works). */
function eventType(entry, kind) {
  const received = members.filter(name => eventOf(name) === kind)
    .map(name => entry.members[name]?.listener).filter(listener => listener?.calls > 0)
  const shapes = new Set(received.map(listener => objectType(listener.receives)))
  if (shapes.size > 1) throw new Error(`${entry.line} ${entry.platform}: ${kind} listeners receive different events: ${[...shapes].join(' and ')}`)
  return [...shapes][0] ?? 'never'
}

function resolvedType(entry) {
  const { resolves } = entry
  // A promise that rejects on a completed upload (H5 3.3.18: a ReferenceError of its own) gives nothing to await.
  if (resolves.settled === 'rejected') return 'never'
  if (resolves.settled !== 'resolved') throw new Error(`${entry.first?.version ?? entry.line} ${entry.platform}: the promise ${resolves.settled}`)
  if (resolves.with === 'the fetch Response') return 'FetchResponse'
  if (resolves.fields) return objectType(resolves.fields)
  throw new Error(`${entry.line} ${entry.platform}: no declared type for a promise that resolves with ${resolves.with}`)
}

/**
 * What restricts a member, as the types read it: 'fails' (missing, or throws), 'void' (a call returns
 * undefined, not the promise), 'nocallback' (abort: it does not run a callback given to it), 'keeps'
 * (off*: a call with no argument does not remove every listener). A union of cells has each restriction
 * one of its cells has, which is what a union of platforms, or a line's releases, must be typed with. A
 * member that fails has no other: it is typed as uncallable, whatever else it would do.
 */
const restrictions = ['fails', 'void', 'nocallback', 'keeps']

function restrictionsOf(name, member) {
  if (!member || member.presence === 'absent' || member.result === 'throws') return ['fails']
  if (member.result !== 'promise' && member.result !== 'undefined') throw new Error(`${name} returns ${member.result}`)
  if (member.removesListenerOf && !Object.values(member.removesListenerOf).every(Boolean)) {
    throw new Error(`${name} does not remove the listener of ${JSON.stringify(member.removesListenerOf)}: the types assume it does`)
  }
  const all = Boolean(member.noArgument) && member.noArgument.removesEvery === true && member.noArgument.result !== 'throws'
  return [
    ...(member.result === 'undefined' ? ['void'] : []),
    ...(name === 'abort' && member.runsCallback !== true ? ['nocallback'] : []),
    ...(name.startsWith('off') && !all ? ['keeps'] : []),
  ]
}

/**
 * One cell, as the body of an interface (indented lines). `refs` gives the references to what the file
 * writes once (see renderDeclarations): `members(rows)` the cell's members' restrictions, `shape(kind,
 * type)` an event or result object type.
 */
function cellType(entry, refs) {
  // Each restriction is a union of the members it holds for ('never' for none), so that the types read a
  // union of cells with plain indexed access (no mapped type, no distribution over platforms).
  const has = new Map(members.map(name => [name, restrictionsOf(name, entry.members?.[name])]))
  const holds = restriction => members.filter(name => has.get(name).includes(restriction))
  const union = names => (names.length === 0 ? 'never' : names.map(name => `'${name}'`).join(' | '))
  const membersLine = `  members: ${refs.members(restrictions.map(restriction => `  ${restriction}: ${union(holds(restriction))}`))}`
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

/** Items joined by '; ' after a head, on lines of at most 150 characters (the continuations indented). */
function wrapped(head, items, tail) {
  const out = [head]
  for (const [index, item] of items.entries()) {
    const text = `${item}${index < items.length - 1 ? ';' : ''}`
    if (out.at(-1).length + text.length > 150 && out.at(-1).trim()) out.push(`    ${text}`)
    else out[out.length - 1] += `${/[{ ]$/.test(out.at(-1)) ? '' : ' '}${text}`
  }
  out[out.length - 1] += tail
  return out.join('\n')
}

/** Whether the types make a range's cell `never`: Taro was not published there, or its `uploadFile` throws. */
export const typedNever = range => !range.published || Boolean(range.uploadFileThrows)

/** A range of releases as the types name it: '3.4.0–3.4.5', or '3.4.0' for one release. */
export const rangeName = (first, last) => (first === last ? first : `${first}–${last}`)

/**
 * The segments of each line: its releases cut wherever some platform's range begins, so that within a
 * segment every platform behaves the same on every release. { line, first, last, releases } each.
 */
export function segmentsOf(ranges) {
  return lines.flatMap(line => {
    const inLine = ranges.filter(range => range.line === line)
    const releases = [...new Set(inLine.flatMap(range => range.patches))].sort(byVersion)
    const starts = new Set(inLine.map(range => range.first.version))
    const segments = []
    for (const version of releases) {
      if (starts.has(version) || segments.length === 0) segments.push({ line, releases: [] })
      segments.at(-1).releases.push(version)
    }
    return segments.map(segment => ({ ...segment, first: segment.releases[0], last: segment.releases.at(-1) }))
  })
}

/**
 * The file's text: each distinct observation once, named after the first range it was seen in; likewise
 * each distinct set of the members' restrictions; each distinct event or result object once, as a
 * property of \`Shapes\` named after its first range, so that platforms that deliver the same object share
 * one type (a union of them prints it once); and each distinct set of the eight platforms' observations
 * once (\`Platforms_*\`, named after the first segment it was seen in: many segments share one, and each
 * property a program parses costs it memory). A platform on which Taro was not published in a segment,
 * or whose \`uploadFile\` throws there, is \`never\`: a line's meet leaves out the releases it has none on.
 */
export function renderDeclarations(ranges) {
  const [memberSets, shapes, named, platformSets] = [writtenOnce(), writtenOnce(), writtenOnce(), writtenOnce()]
  const nameOf = range => {
    const where = `${range.first.version.replace(/\./g, '_')}_${range.platform}`
    const body = cellType(range, {
      members: rows => memberSets.ref(rows.join('\n'), `Members_${where}`),
      shape: (kind, type) => (type.startsWith('{') ? `Shapes['${shapes.ref(type, `${kind}, ${range.first.version} ${range.platform}`)}']` : type),
    }).join('\n')
    return named.ref(body, `Observed_${where}`)
  }
  const segments = segmentsOf(ranges)
  const table = segments.map(segment => {
    const cells = platforms.map(platform => {
      const range = ranges.find(found => found.platform === platform && found.patches.includes(segment.first))
      if (!range) throw new Error(`${segment.first} ${platform}: in no range`)
      return `${platform}: ${typedNever(range) ? 'never' : nameOf(range)}`
    })
    return `  '${rangeName(segment.first, segment.last)}': ${platformSets.ref(cells.join('; '), `Platforms_${segment.first.replace(/\./g, '_')}`)}`
  })
  const releases = lines.flatMap(line => {
    const inLine = segments.filter(segment => segment.line === line)
    return [
      `  '${line}': ${inLine.map(segment => `'${rangeName(segment.first, segment.last)}'`).join(' | ')}`,
      ...inLine.map(segment => wrapped('  ', segment.releases.map(version => `'${version}': '${rangeName(segment.first, segment.last)}'`), '')),
    ]
  })
  return `// Generated by \`npm run probe\` from data/runtime.json; do not edit. \`npm test\` checks it is up to date.
// Every range of Taro releases the probe executed, on every platform: what restricts each member (it
// fails: missing, or throws; a call returns undefined, not the promise; abort does not run a callback
// given to it; off* with no argument does not remove every listener); the listeners' fields; what the
// promise resolves with. Each distinct observation, set of restrictions, object and set of platforms is
// written once, named after the first range it was seen in.
import type { FetchResponse } from './fetch-response'

/** 探针执行过的最新版本线 / The newest line the probe executed: the default without \`Register\`. */
export type NewestLine = '${lines.at(-1)}'

/** 探针执行过的版本线 / Every line the probe executed. */
export type Line = ${lines.map(line => `'${line}'`).join(' | ')}

/** 探针观察的成员 / The members of the task the probe observes. */
export type Member = ${members.map(name => `'${name}'`).join(' | ')}

/** Each set of the members' restrictions a range has, once, named after the first range it was seen in. */
${memberSets.entries().map(([rows, name]) => `interface ${name} {\n${rows}\n}`).join('\n\n')}

/** Each event and result object the ranges deliver, once. */
interface Shapes {
${shapes.entries().map(([type, key]) => `  '${key}': ${type}`).join('\n')}
}

${named.entries().map(([body, name]) => `interface ${name} {\n${body}\n}`).join('\n\n')}

/** Each set of platforms' observations a segment has, once, named after the first segment it was seen in. */
${platformSets.entries().map(([cells, name]) => wrapped(`interface ${name} { `, cells.split('; '), ' }')).join('\n')}

/**
 * 每个版本范围、每个平台上 \`uploadFile\` 返回值的实测行为 / What \`uploadFile\` returned, by range of releases
 * and platform (\`never\`: not published there, or \`uploadFile\` itself throws).
 */
export interface RuntimeData {
${table.join('\n')}
}

/**
 * 每个版本线及其每个已发布版本所在的范围 / Each line's ranges, and the range of each published release
 * (data/versions.json: every release of @tarojs/taro, no pre-releases).
 */
export interface Releases {
${releases.join('\n')}
}

// Only NewestLine, Line, Member, RuntimeData and Releases are this file's exports; the Observed_* interfaces stay private.
export {}
`
}

export function writeDeclarations(ranges) {
  writeFileSync(declarationsFile, renderDeclarations(ranges))
  writeFileSync(runtimeDeclarationsFile, renderRuntimeDocs(ranges))
}
export const declarationsUpToDate = ranges => readFileSync(declarationsFile, 'utf8') === renderDeclarations(ranges)

export const runtimeDeclarationsFile = join(root, 'types/runtime.d.ts')

/**
 * Where a member's "运行时 / Runtime:" line stands in a declaration file's text: { start, end, indent, said },
 * `said` being the line with its continuation lines (up to the next tag or blank line) joined by spaces;
 * undefined where the member's docs have no such line. The writer below and the docs test read it alike.
 */
export function runtimeLine(text, name) {
  // The member may carry modifiers (`readonly progress?:`): its docs are found all the same.
  const docs = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*(?:readonly\\s+)?${name}\\??:`).exec(text)
  const line = docs && /\n(\s*)\* (运行时 \/ Runtime:[^\n]*(?:\n\s*\* (?!@)[^\n]+)*)/.exec(docs[1])
  if (!line) return undefined
  const start = docs.index + '/**'.length + line.index
  return { start, end: start + line[0].length, indent: line[1], said: line[2].replace(/\n\s*\* /g, ' ') }
}

/**
 * types/runtime.d.ts with each member's "运行时 / Runtime:" line rewritten from the data (availability
 * in table.mjs), wrapped after a ' · ' where it grows long; `npm test` checks each line says this.
 */
export function renderRuntimeDocs(ranges, text = readFileSync(runtimeDeclarationsFile, 'utf8')) {
  let out = text
  for (const name of members) {
    const at = runtimeLine(out, name)
    if (!at) throw new Error(`types/runtime.d.ts: ${name} has no "运行时 / Runtime:" line`)
    const lines = []
    for (const part of `运行时 / Runtime: ${availability(name, ranges)}`.split(' · ')) {
      if (lines.length > 0 && `${lines.at(-1)} · ${part}`.length > 100) lines[lines.length - 1] += ' ·', lines.push(part)
      else if (lines.length > 0) lines[lines.length - 1] += ` · ${part}`
      else lines.push(part)
    }
    out = `${out.slice(0, at.start)}${lines.map(line => `\n${at.indent}* ${line}`).join('')}${out.slice(at.end)}`
  }
  return out
}
