// data/runtime.json holds behaviour as version ranges: on each platform, consecutive releases of one
// line whose observations are identical form one range, which names its first and last release with the
// exact packages (and integrities) run at each end, and every release it covers. Each range says where
// each of its facts comes from (see provenanceOf).
import { readPlatforms } from './vendors.mjs'
import { byVersion, lines, platforms } from './lines.mjs'
import { members } from './table.mjs'

/** The part of an entry that is behaviour: everything but which release it is and what was run. */
export function observationOf(entry) {
  const { version, line, platform, packages, ...observation } = entry
  return observation
}

/** The behaviour a range records: the same fields as observationOf gives of each of its releases. */
export function behaviourOf(range) {
  const { line, platform, first, last, patches, provenance, ...behaviour } = range
  return behaviour
}

/** Where the description of a platform comes from, in a few words (`described`: data/platforms.json's platforms). */
export function sourceOf(platform, described = readPlatforms().platforms) {
  if (platform === 'h5') return 'the probe\'s XMLHttpRequest (a jsdom page)'
  if (platform === 'rn') return 'the probe\'s fetch (Node\'s Response)'
  const { source } = described[platform]
  if (source.typings) return `${source.typings} ${source.version}`
  if (source.assumed) return `assumed from ${source.assumed}: no vendor page read`
  return `the vendor's pages (${source.docs.length})`
}

/**
 * Where each fact of an observation comes from: 'taro' when Taro's code decides it whatever the
 * platform does; 'platform' when it is what the fake platform delivers or has, as its description
 * (data/platforms.json, or the web fakes) says:
 * - a member whose call reaches the platform (a task method, the XHR, fetch), or a task method (one
 *   that some vendor's task has) that is missing or throws where this platform's task lacks it and the
 *   same release on WeChat (`reference`, whose task has every method) has it;
 * - a listener's event that is the platform's own object (passed through);
 * - a result that is the platform's success result or fetch's Response.
 */
export function provenanceOf(entry, reference, described = readPlatforms().platforms) {
  if (!entry.published || !entry.members) return undefined
  const task = described[entry.platform]?.task
  // The methods some vendor's task has: one of them missing from this platform's task is the platform's doing.
  const taskMethods = new Set(Object.values(described).flatMap(platform => Object.keys(platform.task)))
  const byPlatform = (name, member) => {
    if (member.reaches?.some(call => /^(task|xhr)\.|^fetch\(/.test(call))) return true
    // Missing where this platform's task lacks the method, and present on the same release of WeChat,
    // whose task has every method: the platform's doing. Missing on WeChat too: Taro's.
    const onWeChat = reference?.members?.[name]
    if (onWeChat && (onWeChat.presence === 'absent' || onWeChat.result === 'throws')) return false
    return Boolean(task) && taskMethods.has(name) && !(name in task) && (member.presence === 'absent' || member.result === 'throws')
  }
  const event = pattern => {
    const heard = members.filter(name => pattern.test(name)).map(name => entry.members[name]?.listener).filter(listener => listener?.calls > 0)
    if (heard.length === 0) return undefined
    return heard.every(listener => listener.passedThrough) ? 'platform' : 'taro'
  }
  return {
    source: sourceOf(entry.platform, described),
    members: Object.fromEntries(members.map(name => [name, byPlatform(name, entry.members[name]) ? 'platform' : 'taro'])),
    progressEvent: event(/progress/i),
    headerEvent: event(/header/i),
    resolves: entry.resolves?.with === 'the platform\'s success result' || entry.resolves?.with === 'the fetch Response' ? 'platform' : 'taro',
  }
}

/** The ranges of a list of entries (any order): per line and platform, oldest first. */
export function rangesOf(entries) {
  const ranges = []
  const described = readPlatforms().platforms
  for (const line of lines) {
    for (const platform of platforms) {
      const cells = entries.filter(entry => entry.line === line && entry.platform === platform).sort((a, b) => byVersion(a.version, b.version))
      let range
      for (const entry of cells) {
        const observation = JSON.stringify(observationOf(entry))
        const end = { version: entry.version, ...(entry.packages ? { packages: entry.packages } : {}) }
        if (range && range.observation === observation) {
          range.last = end
          range.patches.push(entry.version)
        } else {
          const reference = entries.find(other => other.platform === 'weapp' && other.version === entry.version)
          range = { observation, line, platform, first: end, last: end, patches: [entry.version], ...observationOf(entry), provenance: provenanceOf(entry, reference, described) }
          ranges.push(range)
        }
      }
    }
  }
  return ranges.map(({ observation, ...range }) => range)
}

/** The packages the data recorded for a release on a platform: those of the range end it is; none elsewhere. */
export function recordedPackages(ranges, { version, platform }) {
  const range = ranges.find(found => found.platform === platform && found.patches.includes(version))
  return [range?.first, range?.last].find(end => end?.version === version)?.packages ?? []
}

/**
 * The cells a check runs: every range's first and last release on its platform (each line's first and
 * last release among them), as { version, platform } pairs.
 */
export const rangeEnds = ranges => [...new Map(ranges.flatMap(range => [range.first.version, range.last.version]
  .map(version => [`${version} ${range.platform}`, { version, platform: range.platform }]))).values()]

/**
 * The differences between the ranges and entries run again at their ends, one line each: an end whose
 * observation differs from its range, or whose packages or integrities differ from those recorded.
 */
export function differences(ranges, entries) {
  const problems = []
  for (const range of ranges) {
    for (const end of range.first.version === range.last.version ? ['first'] : ['first', 'last']) {
      const { version, packages } = range[end]
      const entry = entries.find(found => found.version === version && found.platform === range.platform)
      const where = `${version} ${range.platform} (${end} of ${range.first.version}–${range.last.version})`
      if (!entry) { problems.push(`${where}: not run`); continue }
      const [had, has] = [behaviourOf(range), observationOf(entry)]
      for (const field of new Set([...Object.keys(had), ...Object.keys(has)])) {
        if (JSON.stringify(had[field]) !== JSON.stringify(has[field])) problems.push(`${where} ${field}: data says ${JSON.stringify(had[field])}, the runtime ${JSON.stringify(has[field])}`)
      }
      if (JSON.stringify(packages) !== JSON.stringify(entry.packages)) problems.push(`${where} packages: data says ${JSON.stringify(packages)}, run ${JSON.stringify(entry.packages)}`)
    }
  }
  return problems
}

/** Every release a platform's ranges cover must be a published release, once: the gaps and overlaps. */
export function coverage(ranges, releases) {
  const problems = []
  for (const platform of platforms) {
    const covered = ranges.filter(range => range.platform === platform).flatMap(range => range.patches)
    for (const version of releases) if (!covered.includes(version)) problems.push(`${version} ${platform}: in no range`)
    for (const version of new Set(covered)) {
      if (!releases.includes(version)) problems.push(`${version} ${platform}: in a range, not a published release`)
      if (covered.indexOf(version) !== covered.lastIndexOf(version)) problems.push(`${version} ${platform}: in two ranges`)
    }
  }
  return problems
}
