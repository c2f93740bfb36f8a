// Made-up data, to hold the runtime types (runtime.d.ts) to every combination of facts the probe could
// record, not only today's. Today every `on*` method returns undefined and `progress` and `onProgressUpdate`
// have the same facts wherever both work: a runtime type that read the wrong member's facts, or ignored
// what a member returns, would still equal today's data. The counterfactual data is data/runtime.json with
// the members of the newest line's ranges rewritten, platform by platform, so that (see `coverageOf`):
//  - each member works on some platforms and fails (is absent) on one;
//  - where it works, it returns the promise on some platforms and undefined on others;
//  - abort runs its callback on some and not on others; each off* removes every listener when given no
//    argument on some and not on others;
//  - any two members differ on some platform where both work;
//  - it is checked on every pair of platforms too, so that each member meets a pair on which it works on
//    both and returns, runs its callback or removes every listener on one of them only.
// types/runtime-data.d.ts is rendered from it by the same generator, beside copies of the packed
// runtime.d.ts and module.d.ts, and the cells check holds the types to it.
import { lines, platforms } from '../../probe/lines.mjs'
import { eventOf, members } from '../../probe/table.mjs'

/** The line whose ranges are rewritten: the newest, on which every platform has a runtime. */
export const counterfactualLine = lines.at(-1)

/** Per member (in `members` order), the platforms (bits, in `platforms` order) on which it returns the promise. */
const returnsPromiseOn = [0b00001111, 0b00110011, 0b01010101, 0b10010110, 0b11000011, 0b10101010, 0b01101001, 0b00111100]
/** The platforms on which abort runs its callback, and on which off*() with no argument removes every listener. */
const callbackOn = 0b01100110
const removesAllOn = { offProgressUpdate: 0b00011101, offHeadersReceived: 0b11100010 }

const on = (bits, index) => ((bits >> index) & 1) === 1
const defaultEvents = { progress: { progress: 'number', totalBytesExpectedToSend: 'number', totalBytesSent: 'number' }, header: { header: 'object of strings' } }

/** The facts of member `index` on platform `at`, keeping the listener's event of the range's own (or a plain one). */
function memberOn(range, index, at) {
  const name = members[index]
  if (index === at) return { presence: 'absent' }
  const heard = members.filter(other => eventOf(other) === eventOf(name)).map(other => range.members?.[other]).find(member => member?.listener?.calls > 0)
  return {
    presence: 'method',
    result: on(returnsPromiseOn[index], at) ? 'promise' : 'undefined',
    ...(name === 'abort' ? { runsCallback: on(callbackOn, at) } : {}),
    ...(name.startsWith('off') ? { noArgument: { result: 'undefined', removesEvery: on(removesAllOn[name], at) } } : {}),
    ...(/^(on|progress|headers)/.test(name) ? { listener: { calls: 1, receives: heard?.listener.receives ?? defaultEvents[eventOf(name)] } } : {}),
  }
}

/**
 * The platform sets the made-up data is checked on besides each platform: every pair. A member that
 * works on both platforms of a pair and returns the promise on one of them only must not chain; no fixed
 * list of sets is sure to hold such a pair for every member.
 */
export const counterfactualSets = platforms.flatMap((first, index) => platforms.slice(index + 1).map(second => [first, second]))

/** data/runtime.json's ranges with the newest line's members made up as described above. */
export function counterfactualRanges(ranges) {
  return ranges.map(range => {
    if (range.line !== counterfactualLine || !range.published || range.uploadFileThrows) return range
    const at = platforms.indexOf(range.platform)
    return { ...range, members: Object.fromEntries(members.map((name, index) => [name, memberOn(range, index, at)])) }
  })
}

/** What the made-up line fails to cover of the list above: an empty list when it covers all of it. */
export function coverageOf(ranges) {
  const cells = ranges.filter(range => range.line === counterfactualLine && range.published && !range.uploadFileThrows)
  const problems = []
  if (cells.length !== platforms.length) problems.push(`${counterfactualLine}: ${cells.length} platforms with a runtime, not ${platforms.length}`)
  const works = (cell, name) => cell.members[name].presence !== 'absent'
  const facts = (cell, name) => JSON.stringify({ ...cell.members[name], listener: undefined })
  for (const name of members) {
    const working = cells.filter(cell => works(cell, name))
    if (working.length === cells.length) problems.push(`${name} works everywhere`)
    for (const result of ['promise', 'undefined']) if (!working.some(cell => cell.members[name].result === result)) problems.push(`${name} never returns ${result}`)
    const varies = name === 'abort' ? ['runs its callback', member => member.runsCallback] : name.startsWith('off') ? ['removes every listener with no argument', member => member.noArgument.removesEvery] : undefined
    if (varies && new Set(working.map(cell => varies[1](cell.members[name]))).size < 2) problems.push(`${name} ${varies[0]} on every platform or on none`)
    for (const other of members.filter(other => other > name)) {
      if (!cells.some(cell => works(cell, name) && works(cell, other) && facts(cell, name) !== facts(cell, other))) problems.push(`${name} and ${other} have the same facts wherever both work`)
    }
  }
  return problems
}
